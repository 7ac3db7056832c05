package de.lotse.directory.coverage;

import de.lotse.directory.DuplicateVerdict;
import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Possible duplicate structures and the planners' decisions (planners only, by the URL rules). */
@RestController
@Tag(name = "Directory duplicates", description = "Possible duplicate structures and decisions on them (planners)")
class DuplicateApiController {

    private final DuplicateStructures duplicates;
    private final CoverageAnalysis analysis;

    DuplicateApiController(DuplicateStructures duplicates, CoverageAnalysis analysis) {
        this.duplicates = duplicates;
        this.analysis = analysis;
    }

    @GetMapping(value = "/api/v1/directory/duplicates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Possible duplicate structures (planners)",
            description = "Groups of published, active services of the county (connected pairs of the same category"
                    + " with a score at or above the threshold) with the reasons per pair; open groups and groups"
                    + " covered by a decision, and every recorded decision.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The groups and decisions")
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such county",
            content = @Content(mediaType = "application/problem+json"))
    DuplicateJson.Overview list(
            @RequestParam(required = false) @Parameter(description = "County key, default the home county")
                    String county) {
        Territory c = county(county);
        List<DuplicateStructures.Found> found = duplicates.find(c);
        return new DuplicateJson.Overview(
                c.key(),
                DuplicateJson.Scoring.current(),
                found.stream()
                        .filter(DuplicateStructures.Found::open)
                        .map(DuplicateJson.Group::of)
                        .toList(),
                found.stream()
                        .filter(f -> !f.open())
                        .map(DuplicateJson.Group::of)
                        .toList(),
                duplicates.decisions().stream().map(DuplicateJson.Decision::of).toList());
    }

    @PostMapping(
            value = "/api/v1/directory/duplicates/decisions",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Decide on a group (planners)",
            description = "Records CONFIRMED_DUPLICATE, COMPLEMENTARY or DISMISSED for exactly the services of an open"
                    + " group, with an optional note; the group is not asked again (unless it gains a member).",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "The group was decided already",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Unknown decision or not a current group",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DuplicateJson.Decision> decide(@RequestBody DuplicateJson.DecisionRequest request) {
        Territory c = county(request.county());
        DuplicateVerdict verdict;
        try {
            verdict = DuplicateVerdict.valueOf(
                    request.decision() == null ? "" : request.decision().strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable(
                    "decision must be CONFIRMED_DUPLICATE, COMPLEMENTARY or DISMISSED.",
                    Map.of("errors", List.of(Map.of("field", "decision", "message", "unknown decision"))));
        }
        if (request.serviceIds() == null || request.serviceIds().size() < 2) {
            throw ApiProblem.unprocessable(
                    "A group has at least two services.",
                    Map.of("errors", List.of(Map.of("field", "serviceIds", "message", "at least two"))));
        }
        long id;
        try {
            id = duplicates.decide(c, request.serviceIds(), verdict, request.note());
        } catch (DuplicateStructures.DecisionRejectedException e) {
            throw e.conflict()
                    ? ApiProblem.conflict(e.getMessage())
                    : ApiProblem.unprocessable(e.getMessage(), Map.of());
        }
        DuplicateJson.Decision body = duplicates.decisions().stream()
                .filter(d -> d.id() == id)
                .map(DuplicateJson.Decision::of)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/directory/duplicates"))
                .body(body);
    }

    private Territory county(String key) {
        return analysis.county(key).orElseThrow(() -> ApiProblem.notFound("There is no county " + key + "."));
    }
}
