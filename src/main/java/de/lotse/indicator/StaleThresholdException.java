package de.lotse.indicator;

/** A change of a threshold based on an outdated version: someone else changed it in the meantime. */
public class StaleThresholdException extends RuntimeException {

    private final long currentVersion;

    public StaleThresholdException(long id, long expectedVersion, long currentVersion) {
        super("Threshold " + id + " was changed in the meantime: the change is based on version " + expectedVersion
                + ", the current version is " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
