package de.lotse.directory;

import java.time.Instant;
import java.util.List;

/**
 * A change of a service or place was based on an older version: somebody else changed it in the meantime. Names the
 * fields changed since the expected version, by whom and when (from the HSDS metadata), so the editor can show them
 * and let the user decide.
 */
public class StaleServiceException extends RuntimeException {

    /** One field changed after the expected version. */
    public record Change(String field, String changedBy, Instant changedAt) {}

    private final long expectedVersion;
    private final long actualVersion;
    private final transient List<Change> changes;

    StaleServiceException(String what, long expectedVersion, long actualVersion, List<Change> changes) {
        super(what + " was changed since version " + expectedVersion + " (now version " + actualVersion + ")"
                + (changes.isEmpty()
                        ? ""
                        : ": "
                                + String.join(
                                        ", ",
                                        changes.stream()
                                                .map(c -> c.field() + " by " + c.changedBy())
                                                .toList())));
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

    /** The fields changed since the expected version, each with the last person who changed it. */
    public List<Change> changes() {
        return changes;
    }

    /** The distinct people who changed the entry since the expected version. */
    public List<String> changedBy() {
        return changes.stream().map(Change::changedBy).distinct().toList();
    }
}
