package de.lotse.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated activity or milestone of a measure: a meeting, a conference in a municipality (territory id), a decision
 * of a body (body id), a milestone.
 */
public record Activity(
        ActivityKind kind, LocalDate onDate, String title, String description, Long territoryId, Long bodyId) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onDate, "onDate");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An activity needs a title");
        }
        title = title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
