package de.lotse.directory.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable UUIDs for what Lotse stores without one: organisations (numbered in the organisation module), addresses,
 * accessibility entries, languages, organisation phones and the terms of the two taxonomies the profile adds. Each is
 * the name-based UUID (version 3, RFC 4122) of a fixed name, e.g. {@code lotse:organisation:<key>}, so the same
 * record has the same id in every export and on every installation.
 */
final class HsdsIds {

    private HsdsIds() {}

    static UUID of(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of an organisation of the organisation module, from its stable key. */
    static UUID organisation(String key) {
        return of("lotse:organisation:" + key);
    }

    static UUID organisationPhone(String key) {
        return of("lotse:organisation-phone:" + key);
    }

    static UUID organisationIdentifier(String key) {
        return of("lotse:organisation-identifier:" + key);
    }

    static UUID address(UUID locationId) {
        return of("lotse:address:" + locationId);
    }

    static UUID accessibility(UUID locationId, String feature) {
        return of("lotse:accessibility:" + locationId + ":" + feature);
    }

    static UUID serviceLanguage(UUID serviceId, String code) {
        return of("lotse:language:" + serviceId + ":" + code);
    }

    static UUID locationLanguage(UUID locationId, String code) {
        return of("lotse:location-language:" + locationId + ":" + code);
    }

    /** The id of a taxonomy the profile adds (life stages, profile flags). */
    static UUID taxonomy(String key) {
        return of("lotse:taxonomy:" + key);
    }

    /** The id of a term of a taxonomy the profile adds. */
    static UUID term(String taxonomyKey, String code) {
        return of("lotse:term:" + taxonomyKey + ":" + code);
    }

    /** The id of a profile attribute (a flag or value attached to a record). */
    static UUID attribute(UUID linkId, String linkType) {
        return of("lotse:attribute:" + linkId + ":" + linkType);
    }
}
