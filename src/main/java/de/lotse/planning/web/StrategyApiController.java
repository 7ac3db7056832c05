package de.lotse.planning.web;

import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.MeasureFilter;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import de.lotse.planning.StrategyDraft;
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
import org.springframework.web.bind.annotation.RestController;

/** Strategy documents: list, read with fields of action, objectives and measure ids; create and change (planners). */
@RestController
@RequestMapping("/api/v1/strategies")
@Tag(name = "Strategies", description = "Strategy documents with fields of action, objectives and sections")
class StrategyApiController {

    private final Strategies strategies;
    private final Measures measures;

    StrategyApiController(Strategies strategies, Measures measures) {
        this.strategies = strategies;
        this.measures = measures;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List strategies", description = "Newest adoption first, then by title.")
    @ApiResponse(responseCode = "200", description = "The strategies")
    List<StrategyJson.Summary> list() {
        return strategies.list().stream().map(StrategyJson.Summary::of).toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One strategy",
            description = "With its sections, its fields of action (each with its"
                    + " objectives and the ids of the measures that serve them) and the ids of all its measures.")
    @ApiResponse(
            responseCode = "200",
            description = "The strategy",
            headers = @Header(name = "ETag", description = "The version"))
    @ApiResponse(
            responseCode = "404",
            description = "No such strategy",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StrategyJson.Detail> one(@PathVariable long id) {
        Strategy s = find(id);
        return ResponseEntity.ok()
                .eTag(PlanningApiProblems.etag(s.version()))
                .body(StrategyJson.Detail.of(s, measures.list(MeasureFilter.ofStrategy(id))));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a strategy (planners)",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", description = "The strategy's URL"),
                @Header(name = "ETag", description = "The version")
            })
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields (also a taken key), listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StrategyJson.Detail> create(@RequestBody StrategyJson.Request request) {
        Strategy created = strategies.create(draft(request, null));
        return ResponseEntity.created(URI.create("/api/v1/strategies/" + created.id()))
                .eTag(PlanningApiProblems.etag(created.version()))
                .body(StrategyJson.Detail.of(created, List.of()));
    }

    @PutMapping(
            value = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a strategy (planners)",
            description = "Replaces the document's content and sections"
                    + " (the key stays; fields of action are not changed here). If-Match must carry the ETag of the version"
                    + " the change is based on: 428 without it, 409 with the changed fields when it is stale.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such strategy",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "Changed since the version in If-Match",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StrategyJson.Detail> update(
            @PathVariable long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", example = "\"2\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody StrategyJson.Request request) {
        Strategy current = find(id);
        long expected = IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/strategies/" + id);
        Strategy updated = strategies.update(id, expected, draft(request, current.key()));
        return ResponseEntity.ok()
                .eTag(PlanningApiProblems.etag(updated.version()))
                .body(StrategyJson.Detail.of(updated, measures.list(MeasureFilter.ofStrategy(id))));
    }

    private Strategy find(long id) {
        return strategies.find(id).orElseThrow(() -> ApiProblem.notFound("There is no strategy " + id + "."));
    }

    private static StrategyDraft draft(StrategyJson.Request request, String key) {
        List<PlanningProblem> problems = new ArrayList<>();
        StrategyDraft draft = request.toDraft(key, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPlanningException(problems);
        }
        return draft;
    }
}
