package de.lotse.planning.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Usernames are not public (who acts for an organisation is for administrators and planners): the author of a status
 * report or a performance value is shown to planners, administrators and the author, to everyone else as {@code null}.
 */
final class VisibleUsernames {

    private VisibleUsernames() {}

    /** The username if the current caller may see it, else {@code null}. */
    static String visible(String username) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (username == null
                || auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        boolean planner = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_PLANNER") || a.equals("ROLE_ADMIN"));
        return planner || username.equals(auth.getName()) ? username : null;
    }
}
