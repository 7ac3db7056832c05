package de.lotse.directory.review;

import de.lotse.directory.ReviewState;
import de.lotse.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Providers' proposals (change requests) as JSON. Every endpoint needs a signed-in user; planners see and decide
 * everything, members of an organisation see and edit their organisation's proposals, everybody else gets 403. The
 * ETag of a proposal is its version: PUT needs it in {@code If-Match}; the POST steps accept it to refuse a stale one.
 */
@RestController
@RequestMapping(value = "/api/v1/directory/change-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory review", description = "Providers' proposals for the counselling directory and their review")
class ProposalApiController {

    private static final String PROBLEM = "application/problem+json";

    private final DirectoryProposals proposals;

    ProposalApiController(DirectoryProposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    @Operation(
            summary = "List proposals",
            description = "Planners: every proposal; everybody else: the proposals of the organisations they act for.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The proposals, newest change first; [] when none")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    List<ProposalJson.Summary> list(
            @Parameter(description = "Only proposals in this state") @RequestParam(required = false)
                    ReviewState state) {
        return proposals.visible().stream()
                .filter(p -> state == null || p.state() == state)
                .map(ProposalJson.Summary::of)
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Propose a new service or a change",
            description = "With `serviceId`: a change to that published service (one open proposal per service);"
                    + " `draft` null starts from the published content. Without: a new service of"
                    + " `draft.organisationId`. The proposal starts as DRAFT.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "201", description = "Created; ETag is its version")
    @ApiResponse(
            responseCode = "403",
            description = "Neither a planner nor a member of the organisation",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such service", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "The service already has an open proposal",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Invalid content", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ProposalJson.Detail> create(@RequestBody ProposalJson.CreateRequest request) {
        Proposal created = request.serviceId() == null
                ? proposals.proposeNew(request.draft())
                : proposals.proposeChange(request.serviceId(), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/directory/change-requests/" + created.id()))
                .eTag(IfMatch.etag(created.version()))
                .body(ProposalJson.Detail.of(created));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A proposal with its whole content",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The proposal; ETag is its version")
    @ApiResponse(
            responseCode = "403",
            description = "Neither a planner nor a member of the organisation",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ProposalJson.Detail> get(@PathVariable UUID id) {
        Proposal proposal = proposals.find(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(proposal.version())).body(ProposalJson.Detail.of(proposal));
    }

    @GetMapping("/{id}/changes")
    @Operation(
            summary = "What a proposal changes, field by field",
            description = "Compared with the published service now; `serviceChangedSince` says whether the service"
                    + " changed since the proposal was based on it.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The differences")
    @ApiResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = PROBLEM))
    ProposalJson.Changes changes(@PathVariable UUID id) {
        return ProposalJson.Changes.of(proposals.review(id));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a proposal's content",
            description = "Only while DRAFT or RETURNED. Needs If-Match with the ETag.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Saved; ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Stale version, or the proposal is submitted or published",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Invalid content", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ProposalJson.Detail> update(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the proposal, e.g. \"2\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody ProposalJson.UpdateRequest request) {
        Proposal current = proposals.find(id);
        long expected =
                IfMatch.expectedVersion(ifMatch, current.version(), "GET /api/v1/directory/change-requests/" + id);
        Proposal updated = proposals.update(id, expected, request.draft());
        return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(ProposalJson.Detail.of(updated));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Withdraw a proposal",
            description = "Deletes a DRAFT or RETURNED proposal.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Submitted or published", content = @Content(mediaType = PROBLEM))
    ResponseEntity<Void> withdraw(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional ETag; refused with 409 when stale")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        proposals.withdraw(id, optionalVersion(id, ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    @Operation(
            summary = "Submit a proposal for review",
            description = "DRAFT or RETURNED → SUBMITTED. Needs a name, a description and a counselling category.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Submitted")
    @ApiResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Already submitted or published, or stale",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Incomplete", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ProposalJson.Detail> submit(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional ETag; refused with 409 when stale")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return detail(proposals.submit(id, optionalVersion(id, ifMatch)));
    }

    @PostMapping("/{id}/publish")
    @Operation(
            summary = "Publish a submitted proposal (planners)",
            description = "SUBMITTED → PUBLISHED: the service is created or changed in the directory and counts as"
                    + " verified today. When the service changed since the proposal's base version the answer is 409"
                    + " with `changedFields`; send `confirmServiceChanged: true` to publish anyway.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Published")
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Not submitted, stale, or the service changed since (confirm)",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "The directory refuses the content",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ProposalJson.Detail> publish(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional ETag; refused with 409 when stale")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody(required = false) ProposalJson.PublishRequest request) {
        boolean confirm = request != null && Boolean.TRUE.equals(request.confirmServiceChanged());
        return detail(proposals.publish(id, optionalVersion(id, ifMatch), confirm));
    }

    @PostMapping(value = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Return a submitted proposal to the provider (planners)",
            description = "SUBMITTED → RETURNED with a note saying what to change.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Returned")
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Not submitted, or stale", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "The note is missing", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ProposalJson.Detail> returnToProvider(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional ETag; refused with 409 when stale")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody ProposalJson.ReturnRequest request) {
        return detail(proposals.returnToProvider(id, optionalVersion(id, ifMatch), request.note()));
    }

    private Long optionalVersion(UUID id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        return IfMatch.expectedVersion(
                ifMatch, proposals.find(id).version(), "GET /api/v1/directory/change-requests/" + id);
    }

    private static ResponseEntity<ProposalJson.Detail> detail(Proposal proposal) {
        return ResponseEntity.ok().eTag(IfMatch.etag(proposal.version())).body(ProposalJson.Detail.of(proposal));
    }
}
