package de.lotse.directory;

import java.time.Instant;

/** One entry of the field-level change log (HSDS metadata) of a service or place. */
public record FieldHistory(
        Instant at, String action, String field, String previousValue, String replacementValue, String by) {}
