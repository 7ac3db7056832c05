package de.lotse.directory.web;

import de.lotse.account.Actors;
import de.lotse.account.Role;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Who may use the planners' directory editor and write API: planners (and administrators). Providers change their
 * entries through proposals ({@code /api/v1/directory/change-requests}), which a planner reviews.
 */
@Component
class DirectoryAccess {

    static final String PROPOSALS = "/api/v1/directory/change-requests";

    private final RoleHierarchy roles;

    DirectoryAccess(RoleHierarchy roles) {
        this.roles = roles;
    }

    String username() {
        return Actors.currentUsername();
    }

    boolean isPlanner() {
        return has(Role.PLANNER);
    }

    /** Planners and viewers read the internal pages; providers have their own pages. */
    boolean isInternalReader() {
        return has(Role.PLANNER) || has(Role.VIEWER);
    }

    /** 403 problem for an API write by someone who is not a planner, naming the proposals route. */
    void requirePlannerForApi() {
        if (isPlanner()) {
            return;
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                has(Role.PROVIDER)
                        ? "Providers change the directory through proposals that a planner reviews: use " + PROPOSALS
                                + "."
                        : "Only planners change the directory directly; providers use " + PROPOSALS + ".");
        body.setTitle("Forbidden");
        Map.of("proposals", PROPOSALS).forEach(body::setProperty);
        throw new ErrorResponseException(HttpStatus.FORBIDDEN, body, null);
    }

    void requirePlannerPage() {
        if (!isPlanner()) {
            throw new AccessDeniedException("planners only");
        }
    }

    void requireInternalReaderPage() {
        if (!isInternalReader()) {
            throw new AccessDeniedException("planners and viewers only");
        }
    }

    private boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        String authority = role.authority().getAuthority();
        return roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
