package de.lotse.directory.review;

import de.lotse.account.Actors;
import de.lotse.account.Role;
import de.lotse.organisation.Organisations;
import java.util.List;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who acts in the current request and what they may do with proposals: planners (administrators are planners, too)
 * everything; members of an organisation their organisation's proposals and services; everybody else nothing.
 */
@Component
class ReviewAccess {

    private final RoleHierarchy roles;
    private final Organisations organisations;

    ReviewAccess(RoleHierarchy roles, Organisations organisations) {
        this.roles = roles;
        this.organisations = organisations;
    }

    String username() {
        return Actors.currentUsername();
    }

    boolean isPlanner() {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return false;
        }
        String planner = Role.PLANNER.authority().getAuthority();
        return roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .anyMatch(a -> planner.equals(a.getAuthority()));
    }

    /** The organisations the current user acts for; empty when not signed in. */
    List<Long> organisationIds() {
        Authentication authentication = signedIn();
        return authentication == null ? List.of() : organisations.organisationIdsOf(authentication.getName());
    }

    /** Whether the current user may read and edit this organisation's proposals: a planner or a member. */
    boolean mayActFor(long organisationId) {
        return isPlanner() || organisationIds().contains(organisationId);
    }

    void requireActFor(long organisationId) {
        if (!mayActFor(organisationId)) {
            throw ProposalException.forbidden(
                    "Only planners and members of the organisation may read or change its proposals and entries.");
        }
    }

    void requirePlanner() {
        if (!isPlanner()) {
            throw ProposalException.forbidden("Only planners publish or return proposals.");
        }
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication;
    }
}
