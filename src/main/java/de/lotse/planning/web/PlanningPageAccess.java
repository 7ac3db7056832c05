package de.lotse.planning.web;

import de.lotse.organisation.Organisations;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who may do what from the public planning pages (the links shown; the target pages check again). */
@Component
class PlanningPageAccess {

    private final Organisations organisations;

    PlanningPageAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    /** Whether the current user is a planner (or an administrator, who is a planner too). */
    boolean planner() {
        Authentication auth = current();
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_PLANNER") || a.equals("ROLE_ADMIN"));
    }

    /** Whether the current user may post a status report: a planner or a member of the lead organisation. */
    boolean mayReport(Long leadOrganisationId) {
        if (planner()) {
            return true;
        }
        Authentication auth = current();
        return auth != null && leadOrganisationId != null && organisations.isMember(auth.getName(), leadOrganisationId);
    }

    private static Authentication current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
