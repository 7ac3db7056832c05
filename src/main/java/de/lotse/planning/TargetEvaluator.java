package de.lotse.planning;

import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates one target against the values of its indicator: resolves a relative target against the baseline, decides
 * the direction, fits the linear trend and gives the verdict. Pure: reads nothing, so that every rule is unit-tested.
 */
final class TargetEvaluator {

    /**
     * What the evaluator needs to know about the indicator and the territory.
     *
     * @param name the indicator's name
     * @param unit its unit
     * @param decimals its decimal places
     * @param polarity whether higher is better, worse or neither
     * @param territoryKey the territory's key
     * @param territoryName the territory's name
     */
    record Context(
            LocalizedText name,
            String unit,
            int decimals,
            Polarity polarity,
            String territoryKey,
            String territoryName) {}

    /** A value of the indicator in the territory as the public sees it (never a suppressed one). */
    record Value(Period period, BigDecimal value) {}

    private TargetEvaluator() {}

    /**
     * The evaluation of the target at {@code asOf}.
     *
     * @param target the target
     * @param context the indicator and the territory
     * @param series the public values of the indicator in the territory, in any order (missing and suppressed values
     *     left out)
     * @param asOf the date evaluated at: only values whose period ends on or before it count
     */
    static TargetEvaluation evaluate(Target target, Context context, List<Value> series, LocalDate asOf) {
        List<Value> known = series.stream()
                .filter(v -> v.value() != null && !v.period().end().isAfter(asOf))
                .sorted(Comparator.comparing(Value::period))
                .toList();
        Period baselinePeriod = target.baselinePeriod();
        BigDecimal baseline = target.baselineValue();
        boolean baselineFromIndicator = false;
        if (baseline == null && baselinePeriod != null) {
            baseline = known.stream()
                    .filter(v -> v.period().equals(baselinePeriod))
                    .map(Value::value)
                    .findFirst()
                    .orElse(null);
            baselineFromIndicator = baseline != null;
        }
        List<Value> since = baselinePeriod == null
                ? known
                : known.stream()
                        .filter(v -> !v.period().end().isBefore(baselinePeriod.end()))
                        .toList();
        List<TargetEvaluation.Point> points = points(since, target, asOf);
        Value latest = since.isEmpty() ? null : since.getLast();
        BigDecimal resolved = target.kind().resolve(target.targetValue(), baseline);
        TargetDirection direction = resolved == null
                ? null
                : TargetDirection.of(
                        resolved,
                        baseline,
                        context.polarity(),
                        points.isEmpty() ? null : points.getFirst().value());
        TrendForecast trend = TrendForecast.fit(
                        points.stream().map(p -> p.period().end()).toList(),
                        points.stream().map(TargetEvaluation.Point::value).toList(),
                        target.targetDate())
                .orElse(null);
        VerdictReason reason = reason(target, resolved, direction, latest, trend, asOf);
        return new TargetEvaluation(
                target.id(),
                target.measureId(),
                target.objectiveId(),
                target.title(),
                target.indicatorKey(),
                context.name(),
                context.unit(),
                context.decimals(),
                target.territoryId(),
                context.territoryKey(),
                context.territoryName(),
                target.targetGroup(),
                target.kind(),
                target.targetValue(),
                baseline,
                baselinePeriod,
                baselineFromIndicator,
                resolved,
                target.targetDate(),
                direction,
                latest == null ? null : latest.value(),
                latest == null ? null : latest.period(),
                points,
                trend,
                reason.verdict(),
                reason,
                asOf);
    }

    /**
     * The points of the trend: the values since the baseline period, and the stated baseline as a point of its own
     * when the indicator has no value for the baseline period (and the period has ended by {@code asOf}).
     */
    private static List<TargetEvaluation.Point> points(List<Value> since, Target target, LocalDate asOf) {
        List<TargetEvaluation.Point> points = new ArrayList<>(since.size() + 1);
        Period baselinePeriod = target.baselinePeriod();
        boolean statedBaselinePoint = target.baselineValue() != null
                && baselinePeriod != null
                && !baselinePeriod.end().isAfter(asOf)
                && since.stream().noneMatch(v -> v.period().equals(baselinePeriod));
        if (statedBaselinePoint) {
            points.add(new TargetEvaluation.Point(baselinePeriod, target.baselineValue(), true));
        }
        since.forEach(v -> points.add(new TargetEvaluation.Point(v.period(), v.value(), false)));
        return points;
    }

    private static VerdictReason reason(
            Target target,
            BigDecimal resolved,
            TargetDirection direction,
            Value latest,
            TrendForecast trend,
            LocalDate asOf) {
        if (latest == null) {
            return VerdictReason.NO_VALUES;
        }
        if (resolved == null) {
            return VerdictReason.NO_BASELINE;
        }
        if (direction.meets(latest.value(), resolved)) {
            return VerdictReason.TARGET_MET;
        }
        if (asOf.isAfter(target.targetDate())) {
            return latest.period().end().isBefore(target.targetDate())
                    ? VerdictReason.TARGET_DATE_PASSED_NO_VALUE_FOR_IT
                    : VerdictReason.TARGET_DATE_PASSED;
        }
        if (trend == null) {
            return VerdictReason.TOO_FEW_VALUES_FOR_TREND;
        }
        return direction.meets(trend.forecast(), resolved)
                ? VerdictReason.FORECAST_MEETS_TARGET
                : VerdictReason.FORECAST_MISSES_TARGET;
    }
}
