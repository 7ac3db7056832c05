package de.lotse.planning;

import java.time.Instant;
import java.util.List;

/**
 * Thrown when comments are saved on the basis of an older version of the round: somebody else changed comments in the
 * meantime. Names the comments that changed since, with who changed them and when, so that the caller can show them
 * and let the user decide; nothing is saved.
 */
public class EvaluationRoundStaleException extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;
    private final List<Change> changes;

    EvaluationRoundStaleException(long roundId, long expectedVersion, long actualVersion, List<Change> changes) {
        super("Evaluation round " + roundId + " was changed since version " + expectedVersion + " (now version "
                + actualVersion + "). Reload it and apply your changes again.");
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

    /** The comments changed after the expected version. */
    public List<Change> changes() {
        return changes;
    }

    /**
     * A comment that somebody else changed.
     *
     * @param kind {@code measure} or {@code target}
     * @param id the measure or target
     * @param label its title as frozen
     * @param comment the comment as it is now; null when it was removed
     * @param changedBy who changed it
     * @param changedAt when
     */
    public record Change(String kind, long id, String label, String comment, String changedBy, Instant changedAt) {

        /** The field name of the comment, e.g. {@code measures[12].comment}. */
        public String field() {
            return kind + "s[" + id + "].comment";
        }
    }
}
