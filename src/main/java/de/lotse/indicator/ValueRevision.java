package de.lotse.indicator;

import java.time.Instant;

/**
 * A former content of a value cell, kept when a corrected value replaced it.
 *
 * @param value the replaced value with its own provenance, author and time
 * @param supersededBy who wrote the value that replaced it
 * @param supersededAt when it was replaced
 */
public record ValueRevision(StoredValue value, String supersededBy, Instant supersededAt) {}
