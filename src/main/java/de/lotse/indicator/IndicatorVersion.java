package de.lotse.indicator;

import java.time.Instant;
import java.util.List;

/**
 * One version of an indicator's definition: values imported or computed while it was current carry its number.
 *
 * @param number the version number, from 1
 * @param validFrom when it came into force
 * @param validTo when the next version replaced it, {@code null} for the current version
 * @param createdBy who created it
 * @param definition its content (a version is updated in place by changes of wording or presentation)
 * @param changedFromPrevious the fields that differ from the previous version, in the order of
 *     {@link IndicatorDefinition#changesFrom}; empty for version 1
 */
public record IndicatorVersion(
        int number,
        Instant validFrom,
        Instant validTo,
        String createdBy,
        IndicatorDefinition definition,
        List<String> changedFromPrevious) {

    public IndicatorVersion {
        changedFromPrevious = List.copyOf(changedFromPrevious);
    }

    /** Whether this is the version in force. */
    public boolean current() {
        return validTo == null;
    }
}
