package de.lotse.directory.web;

import de.lotse.directory.DirectoryLocations;
import de.lotse.directory.DirectoryServiceQueries;
import de.lotse.directory.InvalidServiceException;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.StaleServiceException;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.UnknownDirectoryEntryException;
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
import java.util.UUID;
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
 * The places of the counselling directory as JSON: read for everybody, create and change for planners. The
 * municipality is assigned from the coordinates unless {@code territoryId} chooses one.
 */
@RestController
@RequestMapping(value = "/api/v1/directory/locations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory")
class DirectoryLocationApiController {

    private final DirectoryLocations locations;
    private final DirectoryServiceQueries queries;
    private final DirectoryViews views;
    private final DirectoryAccess access;

    DirectoryLocationApiController(
            DirectoryLocations locations,
            DirectoryServiceQueries queries,
            DirectoryViews views,
            DirectoryAccess access) {
        this.locations = locations;
        this.queries = queries;
        this.views = views;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "List places", description = "By name, optionally containing a text; paged. 200 [] if none.")
    @ApiResponse(
            responseCode = "200",
            description = "The places",
            headers = @Header(name = "X-Total-Count", description = "How many places match"))
    ResponseEntity<List<DirectoryJson.LocationResponse>> list(
            @Parameter(description = "Text in name, address, postal code or city") @RequestParam(required = false)
                    String text,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "50") int size) {
        var result = queries.locations(text, ApiPaging.offset(page, size), size);
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(result.total()))
                .body(result.rows().stream().map(views::location).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One place", description = "With its municipality; the ETag is its version.")
    @ApiResponse(
            responseCode = "200",
            description = "The place",
            headers = @Header(name = "ETag", description = "The version"))
    @ApiResponse(
            responseCode = "404",
            description = "No such place",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DirectoryJson.LocationResponse> get(@PathVariable UUID id) {
        StoredLocation l = existing(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(l.version())).body(views.location(l));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a place (planners)",
            description = "Name and facilityType are required; coordinates must lie in Germany; a chosen territoryId"
                    + " must be a municipality (else it is assigned from the coordinates).",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "Location", description = "The place's URL"))
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DirectoryJson.LocationResponse> create(@RequestBody LocationDraft draft) {
        access.requirePlannerForApi();
        try {
            StoredLocation created = locations.create(draft, access.username());
            return ResponseEntity.created(URI.create("/api/v1/directory/locations/" + created.id()))
                    .eTag(IfMatch.etag(created.version()))
                    .body(views.location(created));
        } catch (InvalidServiceException e) {
            throw DirectoryApiProblems.invalid("place", e.problems());
        }
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a place (planners)",
            description = "Replaces the place; needs If-Match (428 without, 409 when stale).",
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
            description = "No such place",
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
    ResponseEntity<DirectoryJson.LocationResponse> update(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag the change is based on")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody LocationDraft draft) {
        access.requirePlannerForApi();
        StoredLocation current = existing(id);
        long expected = IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/directory/locations/" + id);
        try {
            StoredLocation updated = locations.update(id, expected, draft, access.username());
            return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(views.location(updated));
        } catch (StaleServiceException e) {
            throw DirectoryApiProblems.stale("Place " + id, e);
        } catch (InvalidServiceException e) {
            throw DirectoryApiProblems.invalid("place", e.problems());
        } catch (UnknownDirectoryEntryException e) {
            throw ApiProblem.notFound("There is no place " + id + ".");
        }
    }

    private StoredLocation existing(UUID id) {
        return locations.find(id).orElseThrow(() -> ApiProblem.notFound("There is no place " + id + "."));
    }
}
