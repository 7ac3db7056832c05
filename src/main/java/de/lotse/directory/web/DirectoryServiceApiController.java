package de.lotse.directory.web;

import de.lotse.directory.DirectoryServiceQueries;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.InvalidServiceException;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.ServiceListFilter;
import de.lotse.directory.ServiceListRow;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.StaleServiceException;
import de.lotse.directory.StoredService;
import de.lotse.directory.UnknownDirectoryEntryException;
import de.lotse.organisation.Organisations;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.IfMatch;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
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
 * The services of the counselling directory as JSON: read for everybody; create, change and verify for planners.
 * Providers propose changes through {@code /api/v1/directory/change-requests} instead (403 here). The ETag of a
 * service is its version; PUT needs it in {@code If-Match}.
 */
@RestController
@RequestMapping(value = "/api/v1/directory/services", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory", description = "Counselling directory: services, places, vocabularies")
class DirectoryServiceApiController {

    private final DirectoryServices services;
    private final DirectoryServiceQueries queries;
    private final DirectoryViews views;
    private final DirectoryAccess access;
    private final Organisations organisations;
    private final Territories territories;

    DirectoryServiceApiController(
            DirectoryServices services,
            DirectoryServiceQueries queries,
            DirectoryViews views,
            DirectoryAccess access,
            Organisations organisations,
            Territories territories) {
        this.services = services;
        this.queries = queries;
        this.views = views;
        this.access = access;
        this.organisations = organisations;
        this.territories = territories;
    }

    @GetMapping
    @Operation(
            summary = "List services",
            description = "Paged (header X-Total-Count names all matches), filtered by organisation key, counselling"
                    + " category code, municipality (AGS), HSDS status and a text. No match answers 200 [].")
    @ApiResponse(
            responseCode = "200",
            description = "The services",
            headers = @Header(name = "X-Total-Count", description = "How many services match"))
    @ApiResponse(
            responseCode = "400",
            description = "Unknown organisation, municipality or status",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<List<DirectoryJson.ServiceListItem>> list(
            @Parameter(description = "Organisation key") @RequestParam(required = false) String organisation,
            @Parameter(description = "Category code of lotse-beratung", example = "erziehungsberatung")
                    @RequestParam(required = false)
                    String category,
            @Parameter(description = "Municipality AGS", example = "03157006") @RequestParam(required = false)
                    String municipality,
            @Parameter(description = "active, inactive, defunct or temporarily closed") @RequestParam(required = false)
                    String status,
            @Parameter(description = "Text in name, description or organisation") @RequestParam(required = false)
                    String text,
            @Parameter(description = "name, organisation, verified or updated") @RequestParam(required = false)
                    String sort,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "50") int size) {
        ServiceListFilter filter = new ServiceListFilter(
                organisation == null || organisation.isBlank()
                        ? null
                        : organisations
                                .find(organisation.strip())
                                .orElseThrow(() -> ApiProblem.badRequest("No organisation '" + organisation + "'."))
                                .id(),
                category,
                municipality == null || municipality.isBlank()
                        ? null
                        : territories
                                .find(municipality.strip())
                                .map(Territory::id)
                                .orElseThrow(() -> ApiProblem.badRequest("No territory '" + municipality + "'.")),
                status(status),
                text,
                sort);
        DirectoryServiceQueries.Page<ServiceListRow> result =
                queries.services(filter, ApiPaging.offset(page, size), size);
        var municipalities = views.municipalitiesOf(result.rows());
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(result.total()))
                .body(result.rows().stream()
                        .map(r -> views.listItem(r, municipalities))
                        .toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service", description = "The whole service; the ETag is its version.")
    @ApiResponse(
            responseCode = "200",
            description = "The service",
            headers = @Header(name = "ETag", description = "The version, e.g. \"3\""))
    @ApiResponse(
            responseCode = "404",
            description = "No such service",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DirectoryJson.ServiceResponse> get(@PathVariable UUID id) {
        StoredService s = existing(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(s.version())).body(views.service(s, access.isPlanner()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a service (planners)",
            description = "The whole service in the draft shape, with places as locationId or newLocation. Field"
                    + " problems are listed in `errors` of a 422 problem ({field, messageKey, message}). Providers"
                    + " use " + DirectoryAccess.PROPOSALS + ".",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", description = "The service's URL"),
                @Header(name = "ETag", description = "The version, \"1\"")
            })
    @ApiResponse(responseCode = "400", description = "Not JSON of the expected shape")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner (providers: use the proposals route)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DirectoryJson.ServiceResponse> create(@RequestBody ServiceDraft draft) {
        access.requirePlannerForApi();
        try {
            StoredService created = services.create(draft, access.username());
            return ResponseEntity.created(URI.create("/api/v1/directory/services/" + created.id()))
                    .eTag(IfMatch.etag(created.version()))
                    .body(views.service(created, true));
        } catch (InvalidServiceException e) {
            throw DirectoryApiProblems.invalid("service", e.problems());
        }
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a service (planners)",
            description = "Replaces the whole content. A site at the same place keeps its id. `If-Match` must carry"
                    + " the ETag the change is based on: 428 without, 409 with an old one (naming the changed fields"
                    + " and who changed them).",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @ApiResponse(responseCode = "400", description = "Not JSON of the expected shape, or If-Match malformed")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such service",
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
    ResponseEntity<DirectoryJson.ServiceResponse> update(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag the change is based on")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody ServiceDraft draft) {
        access.requirePlannerForApi();
        StoredService current = existing(id);
        long expected = IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/directory/services/" + id);
        try {
            StoredService updated = services.update(id, expected, draft, access.username());
            return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(views.service(updated, true));
        } catch (StaleServiceException e) {
            throw DirectoryApiProblems.stale("Service " + id, e);
        } catch (InvalidServiceException e) {
            throw DirectoryApiProblems.invalid("service", e.problems());
        } catch (UnknownDirectoryEntryException e) {
            throw ApiProblem.notFound("There is no service " + id + ".");
        }
    }

    @PostMapping("/{id}/verify")
    @Operation(
            summary = "Confirm a service is still right (planners)",
            description = "Sets \"zuletzt geprüft am\" to today. The version stays.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Verified")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such service",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DirectoryJson.ServiceResponse> verify(@PathVariable UUID id) {
        access.requirePlannerForApi();
        existing(id);
        StoredService verified = services.verify(id, access.username());
        return ResponseEntity.ok().eTag(IfMatch.etag(verified.version())).body(views.service(verified, true));
    }

    private StoredService existing(UUID id) {
        return services.find(id).orElseThrow(() -> ApiProblem.notFound("There is no service " + id + "."));
    }

    static ServiceStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ServiceStatus.ofHsds(status.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Unknown status '" + status + "'; use one of "
                    + java.util.Arrays.stream(ServiceStatus.values())
                            .map(ServiceStatus::hsds)
                            .toList() + ".");
        }
    }
}
