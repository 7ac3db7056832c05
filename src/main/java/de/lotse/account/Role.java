package de.lotse.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do in Lotse. Roles form a hierarchy: an administrator may also plan, a planner may also view.
 * {@link #PROVIDER} stands apart: it is meant for the staff of a service provider, who will edit only their own
 * organisation's entries.
 */
public enum Role {

    /** Runs the installation: manages user accounts, imports official data and reads the audit trail. */
    ADMIN,

    /** Social planner of the county: maintains territories, indicators, goals, measures and reports. */
    PLANNER,

    /** Staff of a service provider (Träger): maintains the entries of their own organisation in the directory. */
    PROVIDER,

    /** Reads the internal area (unpublished reports, drafts) without changing anything. */
    VIEWER;

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** Parses the comma-separated form used in the database, e.g. {@code "ADMIN,PLANNER"}. */
    static Set<Role> parseAll(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** The comma-separated form used in the database, in declaration order. */
    static String formatAll(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
