package de.lotse.organisation.web;

import de.lotse.organisation.InvalidOrganisationException;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.Organisations;
import de.lotse.organisation.StaleOrganisationException;
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
import java.util.Map;
import java.util.stream.Collectors;
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
 * The register of organisations as JSON: read for everybody, write for planners. Updates are conditional: the ETag
 * of an organisation is its version, a PUT must send it in {@code If-Match} (428 without), and a stale version is
 * refused with 409. Who acts for an organisation is in {@link OrganisationMemberApiController}.
 */
@RestController
@RequestMapping(value = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations", description = "Organisations (county units, providers, associations …) and bodies")
class OrganisationApiController {

    private final Organisations organisations;
    private final Territories territories;
    private final RequestDrafts drafts;

    OrganisationApiController(Organisations organisations, Territories territories, RequestDrafts drafts) {
        this.organisations = organisations;
        this.territories = territories;
        this.drafts = drafts;
    }

    @GetMapping
    @Operation(
            summary = "List organisations",
            description = "All organisations by name, optionally of one kind and/or containing a text in key, name,"
                    + " short name or description. An empty register answers 200 [].")
    @ApiResponse(responseCode = "200", description = "The organisations")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown kind",
            content = @Content(mediaType = "application/problem+json"))
    List<OrganisationJson.OrganisationResponse> list(
            @Parameter(
                            description =
                                    "COUNTY_UNIT, MUNICIPALITY, PUBLIC_AGENCY, PROVIDER, ASSOCIATION, CLUB, SCHOOL,"
                                            + " COMPANY or OTHER")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "Text to search for, case-insensitive") @RequestParam(required = false) String q) {
        OrganisationKind only = Choices.parse(OrganisationKind.class, kind);
        if (kind != null && !kind.isBlank() && only == null) {
            throw ApiProblem.badRequest("Unknown kind '" + kind + "'.");
        }
        OrganisationFilter filter = new OrganisationFilter(only, null, q);
        List<Organisation> all = organisations.list();
        Map<Long, String> keys = all.stream().collect(Collectors.toMap(Organisation::id, Organisation::key));
        Map<Long, Territory> places = territories.findAllById(all.stream()
                .map(Organisation::territoryId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return all.stream()
                .filter(filter::matches)
                .map(o -> OrganisationJson.OrganisationResponse.of(
                        o,
                        o.parentId() == null ? null : keys.get(o.parentId()),
                        o.territoryId() == null || !places.containsKey(o.territoryId())
                                ? null
                                : places.get(o.territoryId()).key(),
                        null,
                        null))
                .toList();
    }

    @GetMapping("/{key}")
    @Operation(
            summary = "One organisation",
            description = "With the bodies it is a member of (and its role there) and the keys of its sub-units."
                    + " The ETag is the version; send it in If-Match to update.")
    @ApiResponse(
            responseCode = "200",
            description = "The organisation",
            headers = @Header(name = "ETag", description = "The version, e.g. \"3\""))
    @ApiResponse(
            responseCode = "404",
            description = "No organisation with this key",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<OrganisationJson.OrganisationResponse> get(
            @PathVariable @Parameter(example = "kreisvolkshochschule-peine") String key) {
        Organisation o = existing(key);
        return ResponseEntity.ok().eTag(ApiProblems.etag(o.version())).body(detail(o));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create an organisation (planners)",
            description = "Key, name and kind are required. References go by key: parentKey (an organisation),"
                    + " territoryKey (e.g. 03157). Field problems are listed in `errors` of a 422 problem.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", description = "The organisation's URL"),
                @Header(name = "ETag", description = "The version, \"1\"")
            })
    @ApiResponse(responseCode = "400", description = "Not JSON of the expected shape")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not a planner")
    @ApiResponse(
            responseCode = "409",
            description = "The key is taken",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<OrganisationJson.OrganisationResponse> create(
            @RequestBody OrganisationJson.OrganisationRequest request) {
        OrganisationDraft draft = drafts.organisation(request);
        Organisation created;
        try {
            created = organisations.create(draft);
        } catch (InvalidOrganisationException e) {
            throw ApiProblems.invalid("organisation", e.problems());
        }
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.key()))
                .eTag(ApiProblems.etag(created.version()))
                .body(detail(created));
    }

    @PutMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change an organisation (planners)",
            description = "Replaces the content (the key stays). `If-Match` must carry the ETag (version) the change"
                    + " is based on; without it the answer is 428, with an old version 409 naming the expected and"
                    + " current version, who changed it and which fields of the request differ from the stored"
                    + " entry.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @ApiResponse(responseCode = "400", description = "Not JSON of the expected shape, or If-Match malformed")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not a planner")
    @ApiResponse(
            responseCode = "404",
            description = "No organisation with this key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "Changed since the version in If-Match",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<OrganisationJson.OrganisationResponse> update(
            @PathVariable @Parameter(example = "kreisvolkshochschule-peine") String key,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag the change is based on")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody OrganisationJson.OrganisationRequest request) {
        Organisation current = existing(key);
        long expected = IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/organisations/" + key);
        OrganisationDraft draft = drafts.organisation(request);
        try {
            Organisation updated = organisations.update(key, expected, draft);
            return ResponseEntity.ok().eTag(ApiProblems.etag(updated.version())).body(detail(updated));
        } catch (StaleOrganisationException e) {
            Organisation now = existing(key);
            throw ApiProblems.stale(
                    "Organisation '" + key + "'",
                    e.expectedVersion(),
                    now.version(),
                    now.updatedBy(),
                    now.updatedAt(),
                    draft.changedFields(now));
        } catch (InvalidOrganisationException e) {
            throw ApiProblems.invalid("organisation", e.problems());
        }
    }

    private OrganisationJson.OrganisationResponse detail(Organisation o) {
        String parentKey = o.parentId() == null
                ? null
                : organisations.findById(o.parentId()).map(Organisation::key).orElse(null);
        String territoryKey = o.territoryId() == null
                ? null
                : territories.findById(o.territoryId()).map(Territory::key).orElse(null);
        List<OrganisationJson.BodyRole> memberOf = organisations.bodyMemberships(o.id()).stream()
                .map(m -> new OrganisationJson.BodyRole(m.body().key(), m.body().name(), m.role()))
                .toList();
        List<String> subUnits =
                organisations.subUnits(o.id()).stream().map(Organisation::key).toList();
        return OrganisationJson.OrganisationResponse.of(o, parentKey, territoryKey, memberOf, subUnits);
    }

    private Organisation existing(String key) {
        return organisations
                .find(key)
                .orElseThrow(() -> ApiProblem.notFound("There is no organisation '" + key + "'."));
    }
}
