package de.lotse.planning;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The automatic evaluation of a target value at a date, with every number that led to the verdict. Only values whose
 * period ends on or before {@code asOf} count, and only values the public may see (a suppressed value counts as
 * missing), so an evaluation at a past date shows what could be known then and never discloses a confidential value.
 *
 * @param targetId the target
 * @param measureId the measure it belongs to, or {@code null}
 * @param objectiveId the objective it belongs to, or {@code null}
 * @param title the target's title
 * @param indicatorKey the indicator
 * @param indicatorName the indicator's name
 * @param unit the indicator's unit, e.g. "%"
 * @param decimals the decimal places the indicator is shown with
 * @param territoryId the territory
 * @param territoryKey the territory's key
 * @param territoryName the territory's name
 * @param targetGroup the target group, or {@code null}
 * @param kind how the stated target value is meant
 * @param statedValue the stated target value (value, percentage or change)
 * @param baselineValue the baseline value: the stated one, else the indicator's value for the baseline period, else
 *     {@code null}
 * @param baselinePeriod the baseline period, or {@code null}
 * @param baselineFromIndicator whether the baseline value was read from the indicator (none was stated)
 * @param targetValue the value to reach (a relative target resolved against the baseline); {@code null} when a
 *     relative target has no baseline
 * @param targetDate the date by which it should be reached
 * @param direction whether values have to rise or fall to the target; {@code null} when the target is unresolved
 * @param latestValue the latest value up to {@code asOf}, or {@code null}
 * @param latestPeriod its period, or {@code null}
 * @param values the values considered, oldest first: those since the baseline period (all without one), plus the
 *     stated baseline as a point of its own when the indicator has no value for the baseline period
 * @param trend the linear trend over {@code values} and its forecast at the target date; {@code null} with fewer than
 *     two values
 * @param verdict the verdict
 * @param reason why
 * @param asOf the date evaluated at
 */
public record TargetEvaluation(
        long targetId,
        Long measureId,
        Long objectiveId,
        String title,
        IndicatorKey indicatorKey,
        LocalizedText indicatorName,
        String unit,
        int decimals,
        long territoryId,
        String territoryKey,
        String territoryName,
        String targetGroup,
        TargetKind kind,
        BigDecimal statedValue,
        BigDecimal baselineValue,
        Period baselinePeriod,
        boolean baselineFromIndicator,
        BigDecimal targetValue,
        LocalDate targetDate,
        TargetDirection direction,
        BigDecimal latestValue,
        Period latestPeriod,
        List<Point> values,
        TrendForecast trend,
        Verdict verdict,
        VerdictReason reason,
        LocalDate asOf) {

    public TargetEvaluation {
        values = List.copyOf(values);
        if (reason.verdict() != verdict) {
            throw new IllegalArgumentException(reason + " does not lead to " + verdict);
        }
    }

    /**
     * One value considered.
     *
     * @param period its period
     * @param value the value
     * @param baseline whether it is the stated baseline rather than a value of the indicator
     */
    public record Point(Period period, BigDecimal value, boolean baseline) {}

    /** Whether the target date lies after the evaluation date. */
    public boolean beforeTargetDate() {
        return !asOf.isAfter(targetDate);
    }
}
