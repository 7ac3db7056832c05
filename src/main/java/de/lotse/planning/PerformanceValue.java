package de.lotse.planning;

import de.lotse.indicator.Period;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value of a performance measure for a period, as the lead (or a planner) entered it.
 *
 * @param performanceMeasureId the performance measure
 * @param period the period, e.g. 2015 or 2015-Q3
 * @param value the value
 * @param note a remark of the person who entered it, or {@code null}
 * @param enteredAt when it was entered (last)
 * @param enteredBy who entered it (last)
 */
public record PerformanceValue(
        long performanceMeasureId, Period period, BigDecimal value, String note, Instant enteredAt, String enteredBy) {}
