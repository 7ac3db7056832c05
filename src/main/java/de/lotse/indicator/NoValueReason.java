package de.lotse.indicator;

/** Why a computed or aggregated indicator has no value. A missing value is never shown as zero. */
public enum NoValueReason {
    /** An input has no stored value for the territory and period, or only a status symbol without a figure. */
    MISSING_INPUT,
    /** The denominator (or another divisor of the formula) is zero. */
    DIVISION_BY_ZERO,
    /** A rate cannot be recomputed for the parent because some children lack an input; see the missing parts. */
    INCOMPLETE,
    /** The parent has no units at the chosen level below it. */
    NO_CHILDREN
}
