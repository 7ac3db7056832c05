package de.lotse.organisation.web;

import de.lotse.organisation.InvalidOrganisationException;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who acts for an organisation (administrators only, also for reading: usernames are not public). Those users may
 * post status reports and performance values for the measures the organisation leads.
 */
@RestController
@RequestMapping(value = "/api/v1/organisations/{key}/members", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations")
class OrganisationMemberApiController {

    private final Organisations organisations;

    OrganisationMemberApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(
            summary = "Users who act for an organisation (administrators)",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The usernames, sorted")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(
            responseCode = "404",
            description = "No organisation with this key",
            content = @Content(mediaType = "application/problem+json"))
    List<OrganisationJson.UserResponse> members(
            @PathVariable @Parameter(example = "kreisvolkshochschule-peine") String key) {
        return users(existing(key));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Let a user act for an organisation (administrators)",
            description = "Nothing changes when the user already does. An unknown username is a 422 problem.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The users who act for the organisation now")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(
            responseCode = "404",
            description = "No organisation with this key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "No such user",
            content = @Content(mediaType = "application/problem+json"))
    List<OrganisationJson.UserResponse> add(
            @PathVariable @Parameter(example = "kreisvolkshochschule-peine") String key,
            @RequestBody OrganisationJson.UserRequest request) {
        Organisation organisation = existing(key);
        try {
            organisations.addMember(
                    organisation.id(),
                    request.username() == null ? null : request.username().strip());
        } catch (InvalidOrganisationException e) {
            throw ApiProblems.invalid("member", e.problems());
        }
        return users(organisation);
    }

    @DeleteMapping("/{username}")
    @Operation(
            summary = "End a user's acting for an organisation (administrators)",
            description = "Answers 204 also when the user did not act for it.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(
            responseCode = "404",
            description = "No organisation with this key",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Void> remove(
            @PathVariable @Parameter(example = "kreisvolkshochschule-peine") String key,
            @PathVariable String username) {
        organisations.removeMember(existing(key).id(), username);
        return ResponseEntity.noContent().build();
    }

    private List<OrganisationJson.UserResponse> users(Organisation organisation) {
        return organisations.members(organisation.id()).stream()
                .map(OrganisationJson.UserResponse::new)
                .toList();
    }

    private Organisation existing(String key) {
        return organisations
                .find(key)
                .orElseThrow(() -> ApiProblem.notFound("There is no organisation '" + key + "'."));
    }
}
