package de.lotse.organisation.web;

import de.lotse.organisation.Body;
import de.lotse.organisation.BodyDraft;
import de.lotse.organisation.BodyKind;
import de.lotse.organisation.BodyMember;
import de.lotse.organisation.InvalidOrganisationException;
import de.lotse.organisation.Organisation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Bodies (Gremien) as JSON: read for everybody, write for planners, with the same rules as organisations (ETag =
 * version, If-Match required for PUT, 409 when stale). A body's member organisations are part of it: a POST or PUT
 * with {@code members} sets them in the same transaction.
 */
@RestController
@RequestMapping(value = "/api/v1/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations")
class BodyApiController {

    private final Organisations organisations;
    private final Territories territories;
    private final RequestDrafts drafts;

    BodyApiController(Organisations organisations, Territories territories, RequestDrafts drafts) {
        this.organisations = organisations;
        this.territories = territories;
        this.drafts = drafts;
    }

    @GetMapping
    @Operation(summary = "List bodies", description = "All bodies by name, optionally of one kind; 200 [] if none.")
    @ApiResponse(responseCode = "200", description = "The bodies (without members)")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown kind",
            content = @Content(mediaType = "application/problem+json"))
    List<OrganisationJson.BodyResponse> list(
            @Parameter(description = "COUNCIL, COMMITTEE, STEERING_GROUP, WORKING_GROUP, NETWORK, CONFERENCE or OTHER")
                    @RequestParam(required = false)
                    String kind) {
        BodyKind only = Choices.parse(BodyKind.class, kind);
        if (kind != null && !kind.isBlank() && only == null) {
            throw ApiProblem.badRequest("Unknown kind '" + kind + "'.");
        }
        return organisations.bodies().stream()
                .filter(b -> only == null || b.kind() == only)
                .map(b -> response(b, null))
                .toList();
    }

    @GetMapping("/{key}")
    @Operation(summary = "One body with its member organisations", description = "The ETag is the version.")
    @ApiResponse(
            responseCode = "200",
            description = "The body",
            headers = @Header(name = "ETag", description = "The version, e.g. \"2\""))
    @ApiResponse(
            responseCode = "404",
            description = "No body with this key",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<OrganisationJson.BodyResponse> get(
            @PathVariable @Parameter(example = "jugendhilfeausschuss") String key) {
        Body body = existing(key);
        return ResponseEntity.ok().eTag(ApiProblems.etag(body.version())).body(detail(body));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a body (planners)",
            description = "Key, name and kind are required; members optional (organisation keys, each at most once).",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")})
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not a planner")
    @ApiResponse(
            responseCode = "409",
            description = "The key is taken",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields (also unknown or repeated member organisations), listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<OrganisationJson.BodyResponse> create(@RequestBody OrganisationJson.BodyRequest request) {
        BodyDraft draft = drafts.body(request);
        List<BodyMember> members = drafts.membersOrNull(request);
        Body created;
        try {
            created = organisations.createBody(draft, members == null ? List.of() : members);
        } catch (InvalidOrganisationException e) {
            throw ApiProblems.invalid("body", e.problems());
        }
        return ResponseEntity.created(URI.create("/api/v1/bodies/" + created.key()))
                .eTag(ApiProblems.etag(created.version()))
                .body(detail(created));
    }

    @PutMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a body (planners)",
            description = "Replaces the content (the key stays) and, when `members` is given, the member"
                    + " organisations. `If-Match` is required (428 without); an old version answers 409.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not a planner")
    @ApiResponse(
            responseCode = "404",
            description = "No body with this key",
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
    ResponseEntity<OrganisationJson.BodyResponse> update(
            @PathVariable @Parameter(example = "jugendhilfeausschuss") String key,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag the change is based on")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody OrganisationJson.BodyRequest request) {
        Body current = existing(key);
        long expected = IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/bodies/" + key);
        BodyDraft draft = drafts.body(request);
        List<BodyMember> members = drafts.membersOrNull(request);
        try {
            Body updated = members == null
                    ? organisations.updateBody(key, expected, draft)
                    : organisations.updateBody(key, expected, draft, members);
            return ResponseEntity.ok().eTag(ApiProblems.etag(updated.version())).body(detail(updated));
        } catch (StaleOrganisationException e) {
            Body now = existing(key);
            List<String> differing = new ArrayList<>(draft.changedFields(now));
            if (members != null && !BodyMember.sameMembers(organisations.bodyMembers(now.id()), members)) {
                differing.add("members");
            }
            throw ApiProblems.stale(
                    "Body '" + key + "'",
                    e.expectedVersion(),
                    now.version(),
                    now.updatedBy(),
                    now.updatedAt(),
                    differing);
        } catch (InvalidOrganisationException e) {
            throw ApiProblems.invalid("body", e.problems());
        }
    }

    private OrganisationJson.BodyResponse detail(Body body) {
        List<BodyMember> members = organisations.bodyMembers(body.id());
        Map<Long, Organisation> byId = organisations.findAllById(
                members.stream().map(BodyMember::organisationId).toList());
        return response(
                body,
                members.stream()
                        .map(m -> {
                            Organisation o = byId.get(m.organisationId());
                            return new OrganisationJson.MemberResponse(o.key(), o.id(), o.name(), m.role());
                        })
                        .toList());
    }

    private OrganisationJson.BodyResponse response(Body b, List<OrganisationJson.MemberResponse> members) {
        String territoryKey = b.territoryId() == null
                ? null
                : territories.findById(b.territoryId()).map(Territory::key).orElse(null);
        String convenorKey = b.convenorId() == null
                ? null
                : organisations.findById(b.convenorId()).map(Organisation::key).orElse(null);
        return OrganisationJson.BodyResponse.of(b, territoryKey, convenorKey, members);
    }

    private Body existing(String key) {
        return organisations.findBody(key).orElseThrow(() -> ApiProblem.notFound("There is no body '" + key + "'."));
    }
}
