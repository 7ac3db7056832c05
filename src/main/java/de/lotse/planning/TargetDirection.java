package de.lotse.planning;

import de.lotse.indicator.Polarity;
import java.math.BigDecimal;

/**
 * Which way a target points: the value has to rise to it or fall to it. Taken from the target against its baseline;
 * without a baseline (or when both are equal) from the indicator's polarity; for a neutral indicator without a baseline
 * from the target against the first value considered.
 */
public enum TargetDirection {
    /** The target is met by values at or above it. */
    RISE,
    /** The target is met by values at or below it. */
    FALL;

    /**
     * The direction of a target.
     *
     * @param target the resolved target value
     * @param reference the baseline value, {@code null} when unknown
     * @param polarity the indicator's polarity
     * @param firstValue the first value considered, {@code null} when there is none
     */
    static TargetDirection of(BigDecimal target, BigDecimal reference, Polarity polarity, BigDecimal firstValue) {
        if (reference != null && target.compareTo(reference) != 0) {
            return target.compareTo(reference) > 0 ? RISE : FALL;
        }
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            return RISE;
        }
        if (polarity == Polarity.HIGHER_IS_WORSE) {
            return FALL;
        }
        if (reference == null && firstValue != null && target.compareTo(firstValue) < 0) {
            return FALL;
        }
        return RISE;
    }

    /** Whether the value meets the target in this direction (reaching it exactly counts). */
    public boolean meets(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return this == RISE ? c >= 0 : c <= 0;
    }
}
