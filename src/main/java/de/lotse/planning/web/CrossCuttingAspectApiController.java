package de.lotse.planning.web;

import de.lotse.planning.CrossCuttingAspect;
import de.lotse.planning.CrossCuttingAspects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configurable list of cross-cutting aspects. */
@RestController
@RequestMapping("/api/v1/cross-cutting-aspects")
@Tag(name = "Strategies")
class CrossCuttingAspectApiController {

    private final CrossCuttingAspects aspects;

    CrossCuttingAspectApiController(CrossCuttingAspects aspects) {
        this.aspects = aspects;
    }

    /** An aspect to add. */
    record AspectRequest(String key, String nameDe, String nameEn) {}

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the cross-cutting aspects", description = "In their configured order.")
    @ApiResponse(responseCode = "200", description = "The aspects")
    List<CrossCuttingAspect> list() {
        return aspects.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add a cross-cutting aspect (planners)",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid or taken key, missing name",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<CrossCuttingAspect> create(@RequestBody AspectRequest request) {
        CrossCuttingAspect created = aspects.create(request.key(), request.nameDe(), request.nameEn());
        return ResponseEntity.created(URI.create("/api/v1/cross-cutting-aspects"))
                .body(created);
    }
}
