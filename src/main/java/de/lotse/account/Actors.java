package de.lotse.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now, as the audit trail and other modules name them. */
public final class Actors {

    /** The actor of work that no person started: start-up tasks, scheduled jobs, bundled data loads. */
    public static final String SYSTEM = "system";

    /** The actor of a request by a visitor who is not signed in (e.g. a public participation form). */
    public static final String ANONYMOUS = "anonymous";

    private Actors() {}

    /**
     * The username of the signed-in user of the current request, {@value #ANONYMOUS} for a visitor who is not signed
     * in, or {@value #SYSTEM} outside any request.
     */
    public static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
