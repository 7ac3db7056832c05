package de.lotse.indicator;

import java.time.Instant;

/**
 * An indicator of the catalogue in its current version.
 *
 * @param id internal id
 * @param version number of the current version of the definition, from 1; values name the version they were computed
 *     or imported with
 * @param versionValidFrom when the current version came into force
 * @param versionCreatedBy who created the current version
 * @param revision counter of all changes, cosmetic ones included: an update must name the revision it is based on
 * @param updatedAt when the indicator was last changed
 * @param updatedBy who changed it last
 * @param definition the content of the current version
 */
public record Indicator(
        long id,
        int version,
        Instant versionValidFrom,
        String versionCreatedBy,
        long revision,
        Instant updatedAt,
        String updatedBy,
        IndicatorDefinition definition) {

    /** The stable key. */
    public IndicatorKey key() {
        return definition.key();
    }
}
