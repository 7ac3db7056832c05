package de.lotse.directory.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staleness of directory entries: the planners' list, and a provider's "Angaben sind noch aktuell". */
@RestController
@Tag(name = "Directory review")
class DirectoryEntryApiController {

    private static final String PROBLEM = "application/problem+json";

    private final DirectoryProposals proposals;

    DirectoryEntryApiController(DirectoryProposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping(value = "/api/v1/directory/stale", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Entries nobody confirmed for 12 months (planners)",
            description = "Services (not defunct) whose \"zuletzt geprüft am\" lies before today minus 12 months, or"
                    + " that were never confirmed; the longest unconfirmed first.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The stale entries; [] when none")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content(mediaType = PROBLEM))
    List<ProposalJson.Entry> stale() {
        return proposals.stale().stream().map(ProposalJson.Entry::of).toList();
    }

    @PostMapping(value = "/api/v1/directory/services/{id}/still-current", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Confirm that a published entry is still right",
            description = "Sets \"zuletzt geprüft am\" to today without changing the entry. Planners and members of the"
                    + " service's organisation.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Confirmed; the entry")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "403",
            description = "Neither a planner nor a member of the organisation",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such service", content = @Content(mediaType = PROBLEM))
    ProposalJson.Entry confirm(@PathVariable UUID id) {
        return ProposalJson.Entry.of(proposals.confirmCurrent(id));
    }
}
