package de.lotse.planning;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A target value (Zielgröße): an indicator of the monitoring catalogue in a territory should reach a value by a date.
 * It belongs either to a measure or to an objective of a strategy, never to both.
 *
 * @param id internal id
 * @param measureId the measure it belongs to, or {@code null}
 * @param objectiveId the objective it belongs to, or {@code null}
 * @param title what the target says in words, e.g. "10 % mehr Kinder aus Familien mit Migrationshintergrund erhalten
 *     BuT-Leistungen"
 * @param indicatorKey the indicator measured
 * @param territoryId the territory the indicator is read for
 * @param targetGroup the target group as the document names it, or {@code null}
 * @param baselineValue the value at the start, or {@code null} while unknown
 * @param baselinePeriod the period of the baseline, or {@code null} while unknown
 * @param kind how {@code targetValue} is meant
 * @param targetValue the stated value, percentage or change
 * @param targetDate the date by which the target should be reached
 * @param description further explanation, or {@code null}
 * @param sourceNote where the target comes from (document, decision), or {@code null}
 * @param version optimistic-locking version, from 1
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 */
public record Target(
        long id,
        Long measureId,
        Long objectiveId,
        String title,
        IndicatorKey indicatorKey,
        long territoryId,
        String targetGroup,
        BigDecimal baselineValue,
        Period baselinePeriod,
        TargetKind kind,
        BigDecimal targetValue,
        LocalDate targetDate,
        String description,
        String sourceNote,
        long version,
        Instant updatedAt,
        String updatedBy) {

    public Target {
        if ((measureId == null) == (objectiveId == null)) {
            throw new IllegalArgumentException("A target belongs to a measure or to an objective");
        }
        if (title == null
                || title.isBlank()
                || indicatorKey == null
                || kind == null
                || targetValue == null
                || targetDate == null) {
            throw new IllegalArgumentException("A target needs a title, an indicator, a kind, a value and a date");
        }
    }

    /** Whether it belongs to a measure (else to an objective). */
    public boolean ofMeasure() {
        return measureId != null;
    }
}
