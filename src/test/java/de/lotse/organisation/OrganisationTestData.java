package de.lotse.organisation;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builders for organisations, bodies and users in tests; keys and usernames are unique per call (shared DB). */
public final class OrganisationTestData {

    public static final String PASSWORD = "secret-pw-123";

    private OrganisationTestData() {}

    public static String uniqueKey(String prefix) {
        return prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 4);
    }

    /** A provider with a unique key and the given name. */
    public static OrganisationDraft provider(String name) {
        return new OrganisationDraft(
                uniqueKey("traeger"),
                name,
                null,
                OrganisationKind.PROVIDER,
                ProviderType.NON_PROFIT,
                null,
                null,
                "Testträger",
                "https://example.org",
                "info@example.org",
                "05171 000",
                true,
                "Testdaten");
    }

    /** A county unit below {@code parentId}. */
    public static OrganisationDraft unit(String name, Long parentId) {
        return new OrganisationDraft(
                uniqueKey("fachdienst"),
                name,
                null,
                OrganisationKind.COUNTY_UNIT,
                ProviderType.PUBLIC,
                parentId,
                null,
                null,
                null,
                null,
                null,
                false,
                null);
    }

    public static BodyDraft body(String name, BodyKind kind) {
        return BodyDraft.of(uniqueKey("gremium"), name, kind);
    }

    /** Inserts a user with the password {@link #PASSWORD} and returns its username. */
    public static String user(JdbcClient jdbc, String role) {
        String username = "u" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, roles)
                        VALUES (?, ?, '{noop}secret-pw-123', ?)""").params(username, "Test " + username, role).update();
        return username;
    }
}
