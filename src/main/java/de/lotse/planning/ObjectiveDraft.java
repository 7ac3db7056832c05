package de.lotse.planning;

import java.util.List;

/**
 * An objective as a field-of-action form sends it: {@code id} of an existing objective of the field, or
 * {@code null} for a new one.
 */
public record ObjectiveDraft(Long id, String code, String title, String description, List<Long> aspectIds) {

    public ObjectiveDraft {
        code = code == null || code.isBlank() ? null : code.strip();
        title = title == null || title.isBlank() ? null : title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        aspectIds = aspectIds == null ? List.of() : List.copyOf(aspectIds);
    }

    public static ObjectiveDraft of(String title) {
        return new ObjectiveDraft(null, null, title, null, List.of());
    }
}
