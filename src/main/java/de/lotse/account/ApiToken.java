package de.lotse.account;

import java.time.Instant;

/**
 * A personal API token as its owner sees it in the list: never the secret, only its first characters.
 *
 * @param lastUsedAt when it last authenticated a request, or {@code null} if never
 * @param revokedAt when its owner revoked it, or {@code null} while it is active
 */
record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    boolean active() {
        return revokedAt == null;
    }
}
