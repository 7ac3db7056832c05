package de.lotse.account;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Users for tests: every test creates its own, so tests share no state in the (cached) database. */
final class AccountTestData {

    /** The password of the account {@code admin}, from src/test/resources/application.properties. */
    static final String ADMIN_PASSWORD = "test-only-admin-pw-7f3a9c";

    /** The password of every user created by {@link #aUser}. */
    static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AccountTestData() {}

    /** A username no other test uses, e.g. {@code viewer-17-3f2a}. */
    static String aUsername(String purpose) {
        return purpose + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xffff);
    }

    /** The start tag of the form control with this id, e.g. {@code <input … id="username" …>}. */
    static String control(String html, String id) {
        Matcher matcher = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No form control with id " + id + " in " + html);
        }
        return matcher.group();
    }

    /** Creates an enabled user with the given role and {@link #PASSWORD}; returns the username. */
    static String aUser(UserAccounts accounts, Role role) {
        String username = aUsername(role.name().toLowerCase(Locale.ROOT));
        accounts.create(username, "Test " + username, role, PASSWORD);
        return username;
    }
}
