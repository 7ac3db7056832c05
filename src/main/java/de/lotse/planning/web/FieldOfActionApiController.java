package de.lotse.planning.web;

import de.lotse.planning.FieldDraft;
import de.lotse.planning.FieldOfAction;
import de.lotse.planning.ObjectiveDraft;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
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
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fields of action of a strategy with their objectives: add, change (If-Match) and reorder (planners). */
@RestController
@RequestMapping("/api/v1/strategies/{strategyId}/fields-of-action")
@Tag(name = "Strategies")
class FieldOfActionApiController {

    private final Strategies strategies;

    FieldOfActionApiController(Strategies strategies) {
        this.strategies = strategies;
    }

    /** An objective to add (no id) or to change (id of an objective of the field). */
    record ObjectiveRequest(Long id, String code, String title, String description, List<Long> aspectIds) {}

    /** A field of action with its objectives; objectives not named stay as they are. */
    record FieldRequest(
            String code,
            String title,
            String situation,
            String description,
            List<Long> aspectIds,
            List<ObjectiveRequest> objectives) {

        FieldDraft toDraft() {
            return new FieldDraft(
                    code,
                    title,
                    situation,
                    description,
                    aspectIds,
                    objectives == null
                            ? List.of()
                            : objectives.stream()
                                    .map(o -> new ObjectiveDraft(
                                            o.id(), o.code(), o.title(), o.description(), o.aspectIds()))
                                    .toList());
        }
    }

    /** The new order of the fields of action: every field id exactly once. */
    record OrderRequest(List<Long> fieldIds) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add a field of action with its objectives (planners)",
            description = "Appended at the end of the strategy.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {@Header(name = "ETag", description = "The field's version")})
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such strategy",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StrategyJson.FieldJson> add(@PathVariable long strategyId, @RequestBody FieldRequest request) {
        strategy(strategyId);
        FieldOfAction created = strategies.addField(strategyId, request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/strategies/" + strategyId))
                .eTag(PlanningApiProblems.etag(created.version()))
                .body(json(created));
    }

    @PutMapping(
            value = "/{fieldId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a field of action and its objectives (planners)",
            description = "If-Match must"
                    + " carry the field's `version` from GET /api/v1/strategies/{id}: 428 without it, 409 with the changed"
                    + " fields when it is stale. Objectives with an id are changed, those without are added.",
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
            description = "No such strategy or field",
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
    ResponseEntity<StrategyJson.FieldJson> update(
            @PathVariable long strategyId,
            @PathVariable long fieldId,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", example = "\"1\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody FieldRequest request) {
        Strategy s = strategy(strategyId);
        FieldOfAction field = s.fields().stream()
                .filter(f -> f.id() == fieldId)
                .findFirst()
                .orElseThrow(() ->
                        ApiProblem.notFound("Strategy " + strategyId + " has no field of action " + fieldId + "."));
        long expected =
                IfMatch.expectedVersion(ifMatch, field.version(), "the field in GET /api/v1/strategies/" + strategyId);
        FieldOfAction updated = strategies.updateField(fieldId, expected, request.toDraft());
        return ResponseEntity.ok()
                .eTag(PlanningApiProblems.etag(updated.version()))
                .body(json(updated));
    }

    @PutMapping(
            value = "/order",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Reorder the fields of action (planners)",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The fields in their new order")
    @ApiResponse(
            responseCode = "422",
            description = "Not every field named exactly once",
            content = @Content(mediaType = "application/problem+json"))
    List<StrategyJson.FieldJson> reorder(@PathVariable long strategyId, @RequestBody OrderRequest request) {
        strategy(strategyId);
        return strategies
                .reorderFields(strategyId, request.fieldIds() == null ? List.of() : request.fieldIds())
                .fields()
                .stream()
                .map(FieldOfActionApiController::json)
                .toList();
    }

    private Strategy strategy(long id) {
        return strategies.find(id).orElseThrow(() -> ApiProblem.notFound("There is no strategy " + id + "."));
    }

    private static StrategyJson.FieldJson json(FieldOfAction f) {
        return new StrategyJson.FieldJson(
                f.id(),
                f.code(),
                f.title(),
                f.situation(),
                f.description(),
                f.aspectIds(),
                f.version(),
                f.objectives().stream()
                        .map(o -> new StrategyJson.ObjectiveJson(
                                o.id(), o.code(), o.title(), o.description(), o.aspectIds(), List.of()))
                        .toList(),
                List.of());
    }
}
