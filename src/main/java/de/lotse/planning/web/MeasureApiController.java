package de.lotse.planning.web;

import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureDraft;
import de.lotse.planning.MeasureFilter;
import de.lotse.planning.MeasureStatus;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningProblem;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measures of the strategies: list with filters, read one with all details (with an ETag), create and change
 * (planners; PUT with If-Match — 428 without, 409 when stale, with the fields changed since).
 */
@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "Measures", description = "Measures and projects of the strategies, their status log, budget and links")
class MeasureApiController {

    private final Measures measures;
    private final MeasureDetails details;

    MeasureApiController(Measures measures, MeasureDetails details) {
        this.measures = measures;
        this.details = details;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List measures",
            description = "All measures matching the filters, by strategy and document"
                    + " order; an empty list when none matches.")
    @ApiResponse(responseCode = "200", description = "The measures")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed filter",
            content = @Content(mediaType = "application/problem+json"))
    List<MeasureJson.Summary> list(
            @RequestParam(required = false) @Parameter(description = "Strategy id") Long strategy,
            @RequestParam(required = false) @Parameter(description = "Status, e.g. IN_PROGRESS") MeasureStatus status,
            @RequestParam(required = false) @Parameter(description = "Field of action id") Long field,
            @RequestParam(required = false) @Parameter(description = "true: only overdue; false: only not overdue")
                    Boolean overdue) {
        return measures.list(new MeasureFilter(strategy, status, field, overdue)).stream()
                .map(m -> MeasureJson.Summary.of(m, measures.today()))
                .toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One measure with all details",
            description =
                    "Lead, partners, fields, objectives,"
                            + " territories, target groups, life stages, aspects, budget, cost items, funding, trial sites, links,"
                            + " activities and the status log. The ETag is the version; send it in If-Match to change the measure.")
    @ApiResponse(
            responseCode = "200",
            description = "The measure",
            headers = @Header(name = "ETag", description = "The version, e.g. \"3\""))
    @ApiResponse(
            responseCode = "404",
            description = "No such measure",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<MeasureJson.Detail> one(@PathVariable long id) {
        Measure m = find(id);
        return ResponseEntity.ok().eTag(PlanningApiProblems.etag(m.version())).body(details.of(m, measures.today()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a measure (planners)",
            description = "Creates the measure at the end of its"
                    + " strategy's catalogue in status PLANNED; the status changes only by status reports.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", description = "The measure's URL"),
                @Header(name = "ETag", description = "The version")
            })
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<MeasureJson.Detail> create(@RequestBody MeasureJson.Request request) {
        if (request.strategyId() == null) {
            throw new InvalidPlanningException(
                    List.of(new PlanningProblem("strategyId", "strategy.error.required", "required")));
        }
        Measure created = measures.create(draft(request, request.strategyId()));
        return ResponseEntity.created(URI.create("/api/v1/measures/" + created.id()))
                .eTag(PlanningApiProblems.etag(created.version()))
                .body(details.of(created, measures.today()));
    }

    @PutMapping(
            value = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a measure (planners)",
            description = "Replaces the content of the measure (not its"
                    + " strategy and status). Conditional: If-Match must carry the ETag of the version the change is based on."
                    + " When somebody changed the measure since, the answer is 409 with `currentVersion`, `changedFields` and"
                    + " `changes` (version, changedAt, changedBy, fields).",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved (or unchanged)",
            headers = @Header(name = "ETag", description = "The new version"))
    @ApiResponse(
            responseCode = "400",
            description = "Malformed body or If-Match",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such measure",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "Changed since the version in If-Match",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<MeasureJson.Detail> update(
            @PathVariable long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "If-Match",
                            description = "ETag of the version the change is" + " based on",
                            example = "\"3\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody MeasureJson.Request request) {
        Measure current = find(id);
        long expected = IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/measures/" + id);
        Measure updated = measures.update(id, expected, draft(request, current.strategyId()));
        return ResponseEntity.ok()
                .eTag(PlanningApiProblems.etag(updated.version()))
                .body(details.of(updated, measures.today()));
    }

    private Measure find(long id) {
        return measures.find(id).orElseThrow(() -> ApiProblem.notFound("There is no measure " + id + "."));
    }

    private static MeasureDraft draft(MeasureJson.Request request, long strategyId) {
        List<PlanningProblem> problems = new ArrayList<>();
        MeasureDraft draft = request.toDraft(strategyId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPlanningException(problems);
        }
        return draft;
    }
}
