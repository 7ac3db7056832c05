package de.lotse.directory.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The fixed HSDS ids of the bundled services, places and services-at-places: name-based UUIDs (RFC 4122 version 5,
 * URL namespace) of {@code urn:lotse:directory:bundled:<kind>:<key>}, so every installation exports the same ids and
 * links such as the .ics of a consultation hour stay valid across installations.
 */
final class BundledDirectoryIds {

    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private BundledDirectoryIds() {}

    static UUID service(String key) {
        return nameBased("urn:lotse:directory:bundled:service:" + key);
    }

    static UUID location(String key) {
        return nameBased("urn:lotse:directory:bundled:location:" + key);
    }

    static UUID site(String serviceKey, String locationKey) {
        return nameBased("urn:lotse:directory:bundled:site:" + serviceKey + ":" + locationKey);
    }

    /** The version 5 UUID of {@code name} in the URL namespace. */
    static UUID nameBased(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
        sha1.update(bytes(URL_NAMESPACE));
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
            lsb = (lsb << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static byte[] bytes(UUID uuid) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return bytes;
    }
}
