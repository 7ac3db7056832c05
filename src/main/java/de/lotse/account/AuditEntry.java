package de.lotse.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change to record in the audit trail.
 *
 * @param action what happened, as a constant in upper snake case, e.g. {@code USER_CREATED}, {@code TERRITORY_IMPORTED}
 * @param entityType the kind of thing that changed, in lower case, e.g. {@code user}, {@code territory}
 * @param entityKey the identifier of the changed thing within its type, e.g. a username or an ARS
 * @param summary one German sentence for the people who read the audit trail
 * @param details further facts as a JSON object (never secrets such as passwords or tokens); may be empty
 */
public record AuditEntry(String action, String entityType, String entityKey, String summary, Map<String, ?> details) {

    public AuditEntry {
        requireText("action", action, 64);
        requireText("entityType", entityType, 64);
        requireText("entityKey", entityKey, 200);
        requireText("summary", summary, Integer.MAX_VALUE);
        // a copy that keeps the order and allows null values, unlike Map.copyOf
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** An entry without further details. */
    public AuditEntry(String action, String entityType, String entityKey, String summary) {
        this(action, entityType, entityKey, summary, Map.of());
    }

    private static void requireText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs a non-blank " + name);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    "The " + name + " of an audit entry has at most " + maxLength + " characters: " + value);
        }
    }
}
