package de.lotse.organisation.web;

import java.time.Instant;

/**
 * A save refused because the entry was changed since the form was loaded: the version the form was based on, the
 * stored version, who changed it last and when.
 */
public record Conflict(long basedOn, long current, String changedBy, Instant changedAt) {}
