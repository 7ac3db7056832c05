package de.lotse.planning.web;

import de.lotse.planning.InvalidTargetException;
import de.lotse.planning.StaleTargetException;
import de.lotse.planning.Target;
import de.lotse.planning.TargetEvaluation;
import de.lotse.planning.TargetEvaluations;
import de.lotse.planning.Targets;
import de.lotse.planning.UnknownTargetException;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Target values (Zielgrößen) with their automatic evaluation. Reading is public; creating and changing needs a planner.
 * Changes are conditional: the ETag of a target is its version, a PUT must send it in {@code If-Match} (428 without,
 * 409 when somebody changed the target since, naming the changed fields).
 */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "Target values of measures and objectives with their automatic evaluation")
class TargetApiController {

    private static final String PROBLEM = "application/problem+json";

    private final Targets targets;
    private final TargetEvaluations evaluations;

    TargetApiController(Targets targets, TargetEvaluations evaluations) {
        this.targets = targets;
        this.evaluations = evaluations;
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A target with its evaluation",
            description = "The evaluation judges the target against the public values of its indicator in its territory"
                    + " whose period ends by `asOf` (default: today): verdict, reason, latest value, baseline, the"
                    + " value to reach, the linear trend and its forecast at the target date, and the values used.")
    @ApiResponse(
            responseCode = "200",
            description = "The target",
            headers = @Header(name = "ETag", description = "The version"))
    @ApiResponse(responseCode = "404", description = "No such target", content = @Content(mediaType = PROBLEM))
    ResponseEntity<TargetJson.TargetResponse> get(
            @PathVariable long id,
            @Parameter(description = "Evaluate at this date (ISO), default today", example = "2016-03-31")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf) {
        Target target = targets.find(id).orElseThrow(() -> ApiProblem.notFound("There is no target " + id + "."));
        TargetEvaluation evaluation = evaluations.evaluate(id, asOf == null ? LocalDate.now() : asOf);
        return ResponseEntity.ok()
                .eTag(TargetProblems.etag(target.version()))
                .body(TargetJson.TargetResponse.of(target, evaluation));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Targets with their evaluations",
            description = "The targets of a measure, of an objective or of a strategy (of its objectives and measures);"
                    + " all targets without a filter. An empty list when there are none.")
    @ApiResponse(responseCode = "200", description = "The targets")
    @ApiResponse(responseCode = "400", description = "More than one filter", content = @Content(mediaType = PROBLEM))
    List<TargetJson.TargetResponse> list(
            @Parameter(description = "Id of a measure") @RequestParam(required = false) Long measure,
            @Parameter(description = "Id of an objective") @RequestParam(required = false) Long objective,
            @Parameter(description = "Id of a strategy") @RequestParam(required = false) Long strategy,
            @Parameter(description = "Evaluate at this date (ISO), default today", example = "2016-03-31")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf) {
        long filters =
                Stream.of(measure, objective, strategy).filter(Objects::nonNull).count();
        if (filters > 1) {
            throw ApiProblem.badRequest("Filter by one of measure, objective and strategy, not by several.");
        }
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        List<TargetEvaluation> found;
        if (measure != null) {
            found = evaluations.forMeasure(measure, date);
        } else if (objective != null) {
            found = evaluations.forObjective(objective, date);
        } else if (strategy != null) {
            found = evaluations.forStrategy(strategy, date);
        } else {
            found = evaluations.all(date);
        }
        Map<Long, Target> byId = targets
                .findAll(found.stream().map(TargetEvaluation::targetId).toList())
                .stream()
                .collect(Collectors.toMap(Target::id, Function.identity()));
        return found.stream()
                .map(e -> TargetJson.TargetResponse.of(byId.get(e.targetId()), e))
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a target (planners)",
            description = "A target belongs to exactly one measure or one objective. The indicator must be in the"
                    + " catalogue and the territory in the register. Invalid fields are listed in `errors` of a 422"
                    + " problem.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", description = "The target's URL"),
                @Header(name = "ETag", description = "The version, \"1\"; send it in If-Match to change the target")
            })
    @ApiResponse(
            responseCode = "400",
            description = "Not JSON of the expected shape",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<TargetJson.TargetResponse> create(@RequestBody TargetJson.TargetRequest request) {
        Target created;
        try {
            created = targets.create(request.toDraft());
        } catch (InvalidTargetException e) {
            throw TargetProblems.invalid("The target", e.problems());
        }
        return ResponseEntity.created(URI.create("/api/v1/targets/" + created.id()))
                .eTag(TargetProblems.etag(created.version()))
                .body(TargetJson.TargetResponse.of(created, evaluations.evaluate(created.id(), LocalDate.now())));
    }

    @PutMapping(
            value = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a target (planners)",
            description = "Replaces the target's content. `If-Match` must carry the ETag (version) the change is based"
                    + " on. The measure or objective cannot change (leave them out or send the current one). A request"
                    + " that changes nothing changes nothing.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved (or unchanged)",
            headers = @Header(name = "ETag", description = "The new version"))
    @ApiResponse(
            responseCode = "400",
            description = "Not JSON of the expected shape, or If-Match malformed",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such target", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Changed after the version in If-Match; `currentVersion`, `changedFields` and `changes`"
                    + " (version, changedAt, changedBy, fields) say what changed since",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing (or *)",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<TargetJson.TargetResponse> update(
            @PathVariable long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "If-Match",
                            description = "The ETag of the version the change is based on",
                            example = "\"3\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody TargetJson.TargetRequest request) {
        Target current = targets.find(id).orElseThrow(() -> ApiProblem.notFound("There is no target " + id + "."));
        long expected = IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/targets/" + id);
        Target updated;
        try {
            updated = targets.update(id, expected, request.toDraft());
        } catch (StaleTargetException e) {
            throw TargetProblems.stale(e);
        } catch (InvalidTargetException e) {
            throw TargetProblems.invalid("The target", e.problems());
        } catch (UnknownTargetException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
        return ResponseEntity.ok()
                .eTag(TargetProblems.etag(updated.version()))
                .body(TargetJson.TargetResponse.of(updated, evaluations.evaluate(id, LocalDate.now())));
    }
}
