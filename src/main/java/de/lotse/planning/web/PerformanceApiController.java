package de.lotse.planning.web;

import de.lotse.planning.PerformanceException;
import de.lotse.planning.PerformanceMeasure;
import de.lotse.planning.PerformanceMeasures;
import de.lotse.planning.PerformanceOverview;
import de.lotse.planning.PerformanceValue;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Performance measures of a measure (Results-Based Accountability) and their periodic values. Reading is public;
 * planners define performance measures; planners and the users of the measure's lead organisation enter values.
 */
@RestController
@RequestMapping("/api/v1/measures/{id}")
@Tag(name = "Performance measures", description = "How much did we do, how well, is anyone better off: per measure")
class PerformanceApiController {

    private static final String PROBLEM = "application/problem+json";

    private final PerformanceMeasures performance;

    PerformanceApiController(PerformanceMeasures performance) {
        this.performance = performance;
    }

    @GetMapping(value = "/performance-measures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The performance measures of a measure with their values",
            description = "In the order of the questions (HOW_MUCH, HOW_WELL, BETTER_OFF) and their positions; values"
                    + " oldest period first. An empty list when none are defined.")
    @ApiResponse(responseCode = "200", description = "The performance measures")
    @ApiResponse(responseCode = "404", description = "No such measure", content = @Content(mediaType = PROBLEM))
    List<TargetJson.PerformanceMeasureResponse> list(@PathVariable long id) {
        PerformanceOverview overview =
                performance.forMeasure(id).orElseThrow(() -> ApiProblem.notFound("There is no measure " + id + "."));
        return TargetJson.PerformanceMeasureResponse.of(overview);
    }

    @PostMapping(
            value = "/performance-measures",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Define a performance measure of a measure (planners)",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "201", description = "Defined")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such measure", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<TargetJson.PerformanceMeasureResponse> define(
            @PathVariable long id, @RequestBody TargetJson.PerformanceMeasureRequest request) {
        PerformanceMeasure defined;
        try {
            defined = performance.define(id, request.toDraft());
        } catch (PerformanceException e) {
            throw problem(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/measures/" + id + "/performance-measures"))
                .body(TargetJson.PerformanceMeasureResponse.of(defined, List.of()));
    }

    @DeleteMapping("/performance-measures/{performanceMeasureId}")
    @Operation(
            summary = "Remove a performance measure with its values (planners)",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "404",
            description = "No such measure or performance measure of it",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long performanceMeasureId) {
        try {
            performance.remove(id, performanceMeasureId);
        } catch (PerformanceException e) {
            throw problem(e);
        }
        return ResponseEntity.noContent().build();
    }

    @PutMapping(
            value = "/performance-values",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Enter the value of a performance measure for a period (planners and the lead organisation)",
            description = "Inserts the value, or replaces the value entered before for the same period. Only planners"
                    + " and the users of the measure's lead organisation may; everybody else gets 403.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "403",
            description = "Neither a planner nor a member of the lead organisation",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "404",
            description = "No such measure or performance measure of it",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = PROBLEM))
    TargetJson.PerformanceValueResponse enter(
            @PathVariable long id, @RequestBody TargetJson.PerformanceValueRequest request) {
        PerformanceValue saved;
        try {
            saved = performance.enter(id, request.toEntry());
        } catch (PerformanceException e) {
            throw problem(e);
        }
        return TargetJson.PerformanceValueResponse.of(saved);
    }

    private static ErrorResponseException problem(PerformanceException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ApiProblem.notFound(e.getMessage());
            case FORBIDDEN -> TargetProblems.forbidden(e.getMessage());
            case INVALID -> TargetProblems.invalid("The input", e.problems());
        };
    }
}
