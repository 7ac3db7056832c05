package de.lotse.organisation;

/**
 * Thrown when a change is based on an older version than the stored one: somebody else changed the organisation or
 * body in the meantime. The caller reloads, shows what changed and lets the user decide.
 */
public class StaleOrganisationException extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;

    StaleOrganisationException(String what, long expectedVersion, long actualVersion) {
        super(what + " was changed since version " + expectedVersion + " (now version " + actualVersion
                + "). Reload it and apply your changes again.");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
