package de.lotse.indicator;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an update is based on an older revision of an indicator than the stored one: somebody else changed it in
 * the meantime. The message and {@link #changes()} name who changed which fields since the revision the caller read,
 * so the caller can reload and decide.
 */
public class StaleIndicatorException extends RuntimeException {

    private final long expectedRevision;
    private final long actualRevision;
    private final transient List<Change> changes;

    StaleIndicatorException(IndicatorKey key, long expectedRevision, long actualRevision, List<Change> changes) {
        super("Indicator '" + key + "' was changed since revision " + expectedRevision + " (now revision "
                + actualRevision + "): "
                + changes.stream().map(Change::describe).collect(Collectors.joining("; "))
                + ". Reload it and apply your changes again.");
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
        this.changes = List.copyOf(changes);
    }

    public long expectedRevision() {
        return expectedRevision;
    }

    public long actualRevision() {
        return actualRevision;
    }

    /** The changes made after the expected revision, oldest first. */
    public List<Change> changes() {
        return changes;
    }

    /** One change of an indicator: the revision it produced, when, by whom, and the fields it changed. */
    public record Change(long revision, Instant changedAt, String changedBy, List<String> fields) {

        String describe() {
            return "revision " + revision + " by " + changedBy + " at " + changedAt + " changed "
                    + String.join(", ", fields);
        }
    }
}
