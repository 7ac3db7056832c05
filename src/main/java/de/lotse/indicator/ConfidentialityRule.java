package de.lotse.indicator;

/**
 * When a value of an indicator must not be shown publicly (statistical confidentiality). Both limits are optional.
 *
 * @param minimumCount smallest count that may be shown, e.g. 3 hides the counts 1 and 2 (0 is always shown), or
 *     {@code null} for no limit
 * @param minimumDenominator smallest denominator a rate may be computed from, or {@code null} for no limit
 */
public record ConfidentialityRule(Integer minimumCount, Integer minimumDenominator) {

    /** No confidentiality limits. */
    public static final ConfidentialityRule NONE = new ConfidentialityRule(null, null);

    public ConfidentialityRule {
        if (minimumCount != null && minimumCount < 1) {
            throw new IllegalArgumentException("The minimum count is at least 1, got " + minimumCount);
        }
        if (minimumDenominator != null && minimumDenominator < 1) {
            throw new IllegalArgumentException("The minimum denominator is at least 1, got " + minimumDenominator);
        }
    }
}
