package de.lotse.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The condition of an early-warning threshold, evaluated on one value.
 *
 * <ul>
 *   <li>{@link Kind#ABSOLUTE}: the value is strictly above ({@link Direction#ABOVE}) or strictly below ({@link
 *       Direction#BELOW}) {@code limit}.
 *   <li>{@link Kind#DEVIATION}: the value lies more than {@code limit} = k standard deviations above or below the mean
 *       of its comparison set, i.e. its z-score {@code (value − mean) / sd} is strictly greater than k or strictly
 *       less than −k (see {@link ComparisonStatistics} for the set and the population standard deviation).
 * </ul>
 *
 * {@link Direction#WORSE} follows the indicator's polarity: above for {@link Polarity#HIGHER_IS_WORSE}, below for
 * {@link Polarity#HIGHER_IS_BETTER}; for a {@link Polarity#NEUTRAL} indicator it has no meaning and the rule is not
 * evaluated.
 *
 * @param kind absolute value or deviation from the comparison set
 * @param direction which side of the limit raises the alert
 * @param limit the value (ABSOLUTE) or k, greater than 0 (DEVIATION)
 */
public record ThresholdRule(Kind kind, Direction direction, BigDecimal limit) {

    private static final MathContext MC = MathContext.DECIMAL64;

    public ThresholdRule {
        if (kind == null || direction == null || limit == null) {
            throw new IllegalArgumentException("A threshold rule needs a kind, a direction and a limit");
        }
        if (kind == Kind.DEVIATION && limit.signum() <= 0) {
            throw new IllegalArgumentException("k of a deviation rule must be greater than 0, not " + limit);
        }
    }

    /** What the limit is compared with. */
    public enum Kind {
        /** The value itself. */
        ABSOLUTE,
        /** The z-score of the value in its comparison set. */
        DEVIATION
    }

    /** Which side of the limit raises the alert. */
    public enum Direction {
        /** Above the limit (ABSOLUTE) or more than k standard deviations above the mean (DEVIATION). */
        ABOVE,
        /** Below the limit or more than k standard deviations below the mean. */
        BELOW,
        /** The unfavourable side by the indicator's polarity. */
        WORSE
    }

    /**
     * The concrete direction for an indicator's polarity: {@link Direction#WORSE} resolved to above or below; empty
     * when the rule says "worse" of a neutral indicator.
     */
    public Optional<Direction> effectiveDirection(Polarity polarity) {
        if (direction != Direction.WORSE) {
            return Optional.of(direction);
        }
        return switch (polarity) {
            case HIGHER_IS_WORSE -> Optional.of(Direction.ABOVE);
            case HIGHER_IS_BETTER -> Optional.of(Direction.BELOW);
            case NEUTRAL -> Optional.empty();
        };
    }

    /** Whether this rule can be evaluated for an indicator of the given polarity. */
    public boolean appliesTo(Polarity polarity) {
        return effectiveDirection(polarity).isPresent();
    }

    /**
     * Evaluates the rule on a value.
     *
     * @param value the value, not {@code null}
     * @param statistics the comparison set, or {@code null} when there is none (a deviation rule cannot fire then)
     * @param polarity the indicator's polarity (for {@link Direction#WORSE})
     * @return the breach, or empty if the value does not cross the threshold or the rule cannot be evaluated
     */
    public Optional<Breach> evaluate(BigDecimal value, ComparisonStatistics statistics, Polarity polarity) {
        Optional<Direction> effective = effectiveDirection(polarity);
        if (value == null || effective.isEmpty()) {
            return Optional.empty();
        }
        boolean above = effective.get() == Direction.ABOVE;
        BigDecimal z = statistics == null ? null : statistics.zScore(value).orElse(null);
        if (kind == Kind.ABSOLUTE) {
            int c = value.compareTo(limit);
            boolean crossed = above ? c > 0 : c < 0;
            return crossed ? Optional.of(new Breach(value.subtract(limit), z)) : Optional.empty();
        }
        if (z == null) {
            return Optional.empty();
        }
        boolean crossed = above ? z.compareTo(limit) > 0 : z.compareTo(limit.negate()) < 0;
        return crossed ? Optional.of(new Breach(value.subtract(statistics.mean(), MC), z)) : Optional.empty();
    }

    /**
     * How a value crossed a threshold.
     *
     * @param difference value minus the limit (ABSOLUTE) or minus the mean of the comparison set (DEVIATION)
     * @param zScore the value's z-score in its comparison set, or {@code null} if it has none
     */
    public record Breach(BigDecimal difference, BigDecimal zScore) {}
}
