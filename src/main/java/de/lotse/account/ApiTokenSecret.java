package de.lotse.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret value of a personal API token, e.g. {@code lotse_3q2-…} ({@value #PREFIX} followed by 32 random bytes in
 * URL-safe Base64). Lotse shows it once and stores only its SHA-256 hash and its first characters (to recognise it in
 * the list). {@link #toString()} never reveals it.
 */
record ApiTokenSecret(String value) {

    static final String PREFIX = "lotse_";
    static final int RANDOM_BYTES = 32;

    /** How many leading characters are stored and shown, e.g. {@code lotse_3q2-Ab}. */
    static final int VISIBLE_LENGTH = 12;

    ApiTokenSecret {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("An API token must not be empty");
        }
    }

    static ApiTokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiTokenSecret(
                PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The SHA-256 hash of the token as 64 lower-case hex digits: what the database stores and looks up. */
    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** The leading characters that identify the token in lists without revealing it. */
    String visiblePrefix() {
        return value.substring(0, Math.min(VISIBLE_LENGTH, value.length()));
    }

    @Override
    public String toString() {
        return "ApiTokenSecret[" + visiblePrefix() + "…]";
    }
}
