package de.lotse.account;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in to Lotse.
 *
 * @param username the sign-in name: lower-case letters, digits, dot, underscore and hyphen, 2 to 64 characters
 * @param displayName the name shown to other people, e.g. "Anna Schmidt (Sozialplanung)"
 * @param passwordHash the password as an encoded hash with its algorithm prefix, e.g. {@code {bcrypt}…}
 * @param roles what the user may do; never empty
 * @param enabled {@code false} once an administrator has disabled the account: it can no longer sign in
 */
record AppUser(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        Instant createdAt) {

    /** The same rule as the CHECK constraint of {@code app_user.username}. */
    static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,63}$";

    static final int DISPLAY_NAME_MAX = 200;

    AppUser {
        roles = Set.copyOf(roles);
    }
}
