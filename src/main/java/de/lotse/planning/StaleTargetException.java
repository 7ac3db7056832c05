package de.lotse.planning;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Thrown when a change of a target is based on an older version than the stored one: somebody else changed it in the
 * meantime. {@link #changes()} says who changed which fields since the expected version, so that the caller can show
 * it and let the user decide.
 */
public class StaleTargetException extends RuntimeException {

    private final long targetId;
    private final long expectedVersion;
    private final long actualVersion;
    private final transient List<TargetChange> changes;

    StaleTargetException(long targetId, long expectedVersion, long actualVersion, List<TargetChange> changes) {
        super("Target " + targetId + " was changed since version " + expectedVersion + " (now version " + actualVersion
                + "); changed since: " + String.join(", ", fields(changes)) + ".");
        this.targetId = targetId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
        this.changes = List.copyOf(changes);
    }

    /**
     * One change of a target.
     *
     * @param version the version it produced
     * @param changedAt when
     * @param changedBy who
     * @param fields the changed fields' names (as in {@link TargetDraft})
     */
    public record TargetChange(long version, Instant changedAt, String changedBy, List<String> fields) {}

    public long targetId() {
        return targetId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }

    /** The changes after the expected version, oldest first. */
    public List<TargetChange> changes() {
        return changes;
    }

    /** The fields changed after the expected version, each once. */
    public List<String> changedFields() {
        return fields(changes);
    }

    private static List<String> fields(List<TargetChange> changes) {
        Set<String> fields = new LinkedHashSet<>();
        changes.forEach(c -> fields.addAll(c.fields()));
        return List.copyOf(fields);
    }
}
