package de.lotse.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a measure's status log: who reported when, about which day, which status and progress, and what
 * they wrote. Reports are never changed, only added.
 */
public record StatusReport(
        long id,
        long measureId,
        Instant reportedAt,
        LocalDate asOf,
        String author,
        MeasureStatus status,
        int progress,
        String text) {}
