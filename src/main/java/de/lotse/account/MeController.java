package de.lotse.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in caller of the API: lets scripts check their credentials before they change anything. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Account", description = "The signed-in user")
class MeController {

    private final UserAccounts accounts;

    MeController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(
            summary = "Who am I?",
            description = "The username, display name and roles of the caller, who authenticates with HTTP Basic or"
                    + " a personal API token (Authorization: Bearer lotse_…).",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The caller")
    @ApiResponse(
            responseCode = "401",
            description = "Missing, wrong or revoked credentials",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    Me me(Authentication authentication) {
        String username = authentication.getName();
        String displayName = accounts.find(username).map(AppUser::displayName).orElse(username);
        List<String> roles = authentication.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .filter(authority -> authority.startsWith("ROLE_")) // not Spring's FACTOR_* markers
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .toList();
        return new Me(username, displayName, roles);
    }

    /**
     * The caller of an API request.
     *
     * @param username the sign-in name
     * @param displayName the name shown to other people
     * @param roles the caller's roles as assigned (ADMIN, PLANNER, PROVIDER, VIEWER), without implied ones
     */
    record Me(String username, String displayName, List<String> roles) {}
}
