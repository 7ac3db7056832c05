package de.lotse.directory.hsds;

import de.lotse.organisation.Organisation;
import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HSDS 3.0 endpoints besides services: organizations, locations (list: a profile extension), service_at_locations,
 * taxonomies and taxonomy terms. Public and read-only.
 */
@RestController
@RequestMapping(value = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HSDS")
@ApiResponse(
        responseCode = "400",
        description = "A malformed parameter or id",
        content = @Content(mediaType = "application/problem+json"))
class HsdsDirectoryApiController {

    private final HsdsCatalogue catalogue;
    private final HsdsParams params;
    private final HsdsServiceFilters filters;
    private final HsdsOrganisations organisations;

    HsdsDirectoryApiController(
            HsdsCatalogue catalogue, HsdsParams params, HsdsServiceFilters filters, HsdsOrganisations organisations) {
        this.catalogue = catalogue;
        this.params = params;
        this.filters = filters;
        this.organisations = organisations;
    }

    @GetMapping("/organizations")
    @Operation(
            summary = "Organizations (paged)",
            description = "Organisations that offer a service or run a place in the directory, by name.")
    @ApiResponse(responseCode = "200", description = "HSDS page of organizations")
    HsdsModel.Page<HsdsModel.Organization> organizations(
            @Parameter(description = "Text in name, short name, description or key") @RequestParam(required = false)
                    String search,
            @Parameter(description = "With their services (one-to-one fields) and places")
                    @RequestParam(required = false)
                    String full,
            @Parameter(description = "With their services fully nested")
                    @RequestParam(name = "full_service", required = false)
                    String fullService,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        return catalogue.organizations(
                search,
                HsdsParams.flag("full", full),
                HsdsParams.flag("full_service", fullService),
                HsdsParams.page(page),
                HsdsParams.perPage(perPage));
    }

    @GetMapping("/organizations/{id}")
    @Operation(
            summary = "One organization",
            description = "With its services and the places it runs; id = UUID of lotse:organisation:<key>.")
    @ApiResponse(responseCode = "200", description = "The organization")
    @ApiResponse(
            responseCode = "404",
            description = "No organization with this id",
            content = @Content(mediaType = "application/problem+json"))
    HsdsModel.Organization organization(
            @PathVariable String id,
            @Parameter(description = "Services fully nested") @RequestParam(name = "full_service", required = false)
                    String fullService) {
        UUID uuid = HsdsParams.uuid("id", id);
        return found(catalogue.organization(uuid, HsdsParams.flag("full_service", fullService)), "organization", uuid);
    }

    @GetMapping("/locations")
    @Operation(
            summary = "Locations (paged; profile extension)",
            description = "HSDS 3.0 defines no list of locations; the profile lotse-de adds it. Places by name.")
    @ApiResponse(responseCode = "200", description = "HSDS page of locations")
    HsdsModel.Page<HsdsModel.Location> locations(
            @Parameter(description = "Text in name, description or city") @RequestParam(required = false) String search,
            @Parameter(description = "AGS or territory key") @RequestParam(required = false) String municipality,
            @Parameter(description = "Places run by this organization")
                    @RequestParam(name = "organization_id", required = false)
                    String organizationId,
            @Parameter(description = "Fully nested places") @RequestParam(required = false) String full,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int pageNumber = HsdsParams.page(page);
        int size = HsdsParams.perPage(perPage);
        UUID organization = HsdsParams.uuid("organization_id", organizationId);
        Optional<Organisation> owner = organization == null ? Optional.empty() : organisations.byUuid(organization);
        List<Long> territoryIds = null;
        if (municipality != null && !municipality.isBlank()) {
            Territory territory = params.territory("municipality", municipality);
            territoryIds = params.municipalities(territory);
        }
        return catalogue.locations(
                search,
                territoryIds,
                owner.map(Organisation::id).orElse(null),
                organization != null && owner.isEmpty(),
                HsdsParams.flag("full", full),
                pageNumber,
                size);
    }

    @GetMapping("/locations/{id}")
    @Operation(summary = "One fully nested location", description = "Addresses, accessibility, phones, languages …")
    @ApiResponse(responseCode = "200", description = "The location")
    @ApiResponse(
            responseCode = "404",
            description = "No location with this id",
            content = @Content(mediaType = "application/problem+json"))
    HsdsModel.Location location(@PathVariable String id) {
        UUID uuid = HsdsParams.uuid("id", id);
        return found(catalogue.location(uuid), "location", uuid);
    }

    @GetMapping("/service_at_locations")
    @Operation(
            summary = "Services at locations (paged)",
            description = "The same filters as /services; full=true nests place, service and schedules.")
    @ApiResponse(responseCode = "200", description = "HSDS page of service_at_locations")
    HsdsModel.Page<HsdsModel.ServiceAtLocation> serviceAtLocations(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(required = false) String full,
            @Parameter(description = "AGS or territory key") @RequestParam(required = false) String municipality) {
        HsdsServiceFilters.Resolved resolved = filters.resolve(
                search, page, perPage, taxonomyTermId, taxonomyId, organizationId, modifiedAfter, municipality);
        return catalogue.serviceAtLocations(resolved.query(), resolved.impossible(), HsdsParams.flag("full", full));
    }

    @GetMapping("/service_at_locations/{id}")
    @Operation(summary = "One fully nested service_at_location", description = "With its place and its service.")
    @ApiResponse(responseCode = "200", description = "The service at location")
    @ApiResponse(
            responseCode = "404",
            description = "No service_at_location with this id",
            content = @Content(mediaType = "application/problem+json"))
    HsdsModel.ServiceAtLocation serviceAtLocation(@PathVariable String id) {
        UUID uuid = HsdsParams.uuid("id", id);
        return found(catalogue.serviceAtLocation(uuid), "service_at_location", uuid);
    }

    @GetMapping("/taxonomies")
    @Operation(
            summary = "Taxonomies (paged)",
            description = "Counselling categories, target groups, fields of action, life stages, profile flags.")
    @ApiResponse(responseCode = "200", description = "HSDS page of taxonomies")
    HsdsModel.Page<HsdsModel.Taxonomy> taxonomies(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        return catalogue.taxonomies(search, HsdsParams.page(page), HsdsParams.perPage(perPage));
    }

    @GetMapping("/taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    @ApiResponse(responseCode = "200", description = "The taxonomy")
    @ApiResponse(
            responseCode = "404",
            description = "No taxonomy with this id",
            content = @Content(mediaType = "application/problem+json"))
    HsdsModel.Taxonomy taxonomy(@PathVariable String id) {
        UUID uuid = HsdsParams.uuid("id", id);
        return found(catalogue.taxonomy(uuid), "taxonomy", uuid);
    }

    @GetMapping("/taxonomy_terms")
    @Operation(summary = "Taxonomy terms (paged)", description = "Filter by taxonomy, parent, top level only, text.")
    @ApiResponse(responseCode = "200", description = "HSDS page of taxonomy terms")
    HsdsModel.Page<HsdsModel.TaxonomyTerm> terms(
            @RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "parent_id", required = false) String parentId,
            @RequestParam(name = "top_only", required = false) String topOnly,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        return catalogue.terms(
                search,
                HsdsParams.uuid("taxonomy_id", taxonomyId),
                HsdsParams.uuid("parent_id", parentId),
                HsdsParams.flag("top_only", topOnly),
                HsdsParams.page(page),
                HsdsParams.perPage(perPage));
    }

    @GetMapping("/taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term")
    @ApiResponse(responseCode = "200", description = "The term")
    @ApiResponse(
            responseCode = "404",
            description = "No term with this id",
            content = @Content(mediaType = "application/problem+json"))
    HsdsModel.TaxonomyTerm term(@PathVariable String id) {
        UUID uuid = HsdsParams.uuid("id", id);
        return found(catalogue.term(uuid), "taxonomy term", uuid);
    }

    private static <T> T found(Optional<T> value, String what, UUID id) {
        return value.orElseThrow(() -> ApiProblem.notFound("No " + what + " with id " + id + "."));
    }
}
