package de.lotse.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rules every password in Lotse follows: at least 12 characters, at most 72 bytes (the limit of bcrypt), and not
 * the username itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /**
     * Checks a password.
     *
     * @return the message code of the broken rule, or empty if the password is acceptable
     */
    static Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("account.password.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("account.password.sameAsUsername");
        }
        return Optional.empty();
    }
}
