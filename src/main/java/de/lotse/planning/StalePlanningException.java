package de.lotse.planning;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Thrown when a change is based on an older version than the stored one: somebody else changed the strategy, field
 * of action or measure in the meantime. {@link #changes()} says who changed which fields since the expected version,
 * so that the user can look at them and decide.
 */
public class StalePlanningException extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;
    private final transient List<Change> changes;

    StalePlanningException(String what, long expectedVersion, long actualVersion, List<Change> changes) {
        super(what + " was changed since version " + expectedVersion + " (now version " + actualVersion + ")"
                + (changes.isEmpty() ? "" : "; changed: " + String.join(", ", fields(changes)))
                + ". Reload it and apply your changes again.");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
        this.changes = List.copyOf(changes);
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }

    /** The changes after the expected version, oldest first. */
    public List<Change> changes() {
        return changes;
    }

    /** All fields changed since the expected version, in the order they were first changed. */
    public List<String> changedFields() {
        return List.copyOf(fields(changes));
    }

    private static Set<String> fields(List<Change> changes) {
        Set<String> fields = new LinkedHashSet<>();
        changes.forEach(c -> fields.addAll(c.fields()));
        return fields;
    }

    /** One recorded change: the version it produced, when, by whom, and the fields (API names) it changed. */
    public record Change(long version, Instant changedAt, String changedBy, List<String> fields) {}
}
