package de.lotse.directory.hsds;

import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Open Referral HSDS 3.0 API of the directory (public, read-only): API information, the German profile and the
 * services. Lists use the HSDS page envelope; query parameters are cumulative (AND).
 */
@RestController
@RequestMapping(value = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 API of the counselling directory (German profile lotse-de)")
class HsdsServiceApiController {

    static final String VERSION = "3.0";

    private final HsdsServiceReader services;
    private final HsdsServiceFilters filters;

    HsdsServiceApiController(HsdsServiceReader services, HsdsServiceFilters filters) {
        this.services = services;
        this.filters = filters;
    }

    @GetMapping("/")
    @Operation(
            summary = "API information",
            description = "HSDS version, the URI of the profile (lotse-de) and the URL of the OpenAPI description.")
    @ApiResponse(responseCode = "200", description = "version, profile, openapi_url")
    HsdsModel.ApiInfo info() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return new HsdsModel.ApiInfo(VERSION, base + "/api/hsds/profile", base + "/api/v1/openapi");
    }

    @GetMapping("/profile")
    @Operation(
            summary = "The German profile lotse-de",
            description = "JSON Merge Patch (RFC 7386) style description of the profile against the HSDS 3.0 schemas:"
                    + " added properties, taxonomies, identifiers, extra endpoints.")
    @ApiResponse(responseCode = "200", description = "The profile")
    ResponseEntity<String> profile() throws IOException {
        try (InputStream in = new ClassPathResource("hsds/profile.json").getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @GetMapping("/services")
    @Operation(
            summary = "Services (paged)",
            description = "Services with their one-to-one fields (full=true: fully nested; minimal=true: id, name,"
                    + " status and last_modified only), by name. Filters are cumulative.")
    @ApiResponse(responseCode = "200", description = "HSDS page of services (200 with empty contents if none)")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed parameter (page, per_page > 100, UUID, date-time, municipality)",
            content = @Content(mediaType = "application/problem+json"))
    HsdsModel.Page<HsdsModel.Service> list(
            @Parameter(description = "Text in name, description or the names of its terms")
                    @RequestParam(required = false)
                    String search,
            @Parameter(description = "Page number, from 1 (default 1)") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)")
                    @RequestParam(name = "per_page", required = false)
                    String perPage,
            @Parameter(description = "Services with this taxonomy term (also a life stage term)")
                    @RequestParam(name = "taxonomy_term_id", required = false)
                    String taxonomyTermId,
            @Parameter(description = "Services with any term of this taxonomy")
                    @RequestParam(name = "taxonomy_id", required = false)
                    String taxonomyId,
            @Parameter(description = "Services of this organization")
                    @RequestParam(name = "organization_id", required = false)
                    String organizationId,
            @Parameter(description = "Changed on or after this ISO 8601 date or date-time")
                    @RequestParam(name = "modified_after", required = false)
                    String modifiedAfter,
            @Parameter(description = "Only id, name, status and last_modified") @RequestParam(required = false)
                    String minimal,
            @Parameter(description = "Fully nested services") @RequestParam(required = false) String full,
            @Parameter(
                            description = "Profile extension: AGS or territory key (e.g. 03157 or 03157006): services"
                                    + " offered at a place in it or serving it")
                    @RequestParam(required = false)
                    String municipality) {
        HsdsServiceFilters.Resolved resolved = filters.resolve(
                search, page, perPage, taxonomyTermId, taxonomyId, organizationId, modifiedAfter, municipality);
        return services.page(
                resolved.query(),
                resolved.impossible(),
                HsdsParams.flag("full", full),
                HsdsParams.flag("minimal", minimal));
    }

    @GetMapping("/services/{id}")
    @Operation(
            summary = "One fully nested service",
            description = "Organization, service_at_locations with their places (addresses, accessibility, phones,"
                    + " languages, schedules), schedules, phones, contacts, languages, service areas, cost options,"
                    + " attributes (categories, target groups, fields of action, life stages, profile flags),"
                    + " metadata.")
    @ApiResponse(responseCode = "200", description = "The service")
    @ApiResponse(
            responseCode = "400",
            description = "The id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No service with this id",
            content = @Content(mediaType = "application/problem+json"))
    HsdsModel.Service one(@PathVariable String id) {
        UUID uuid = HsdsParams.uuid("id", id);
        return services.full(List.of(uuid)).stream()
                .findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No service with id " + uuid + "."));
    }
}
