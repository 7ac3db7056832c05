package de.lotse.planning;

/**
 * Why a target got its verdict, machine-readable (the API sends the name; pages show a sentence for it).
 */
public enum VerdictReason {
    /** The latest value meets the target. ({@link Verdict#ACHIEVED}) */
    TARGET_MET,
    /** The trend forecast at the target date meets the target. ({@link Verdict#ON_TRACK}) */
    FORECAST_MEETS_TARGET,
    /** The trend forecast at the target date does not meet the target. ({@link Verdict#AT_RISK}) */
    FORECAST_MISSES_TARGET,
    /** Not met yet and only one value: no trend can be drawn. ({@link Verdict#AT_RISK}) */
    TOO_FEW_VALUES_FOR_TREND,
    /** The target date has passed and the latest value, for a period that covers it, does not meet the target. */
    TARGET_DATE_PASSED,
    /**
     * The target date has passed, the latest value does not meet the target and is from a period that ends before the
     * target date: a value for the target date itself has not been published (yet). ({@link Verdict#MISSED})
     */
    TARGET_DATE_PASSED_NO_VALUE_FOR_IT,
    /** There is no (public) value of the indicator in the territory up to the evaluation date. */
    NO_VALUES,
    /** The target is relative to a baseline, and the baseline value is unknown. */
    NO_BASELINE;

    /** The verdict this reason leads to. */
    public Verdict verdict() {
        return switch (this) {
            case TARGET_MET -> Verdict.ACHIEVED;
            case FORECAST_MEETS_TARGET -> Verdict.ON_TRACK;
            case FORECAST_MISSES_TARGET, TOO_FEW_VALUES_FOR_TREND -> Verdict.AT_RISK;
            case TARGET_DATE_PASSED, TARGET_DATE_PASSED_NO_VALUE_FOR_IT -> Verdict.MISSED;
            case NO_VALUES, NO_BASELINE -> Verdict.NO_DATA;
        };
    }

    /** The message key of the sentence that explains the reason, e.g. {@code targets.reason.TARGET_MET}. */
    public String messageKey() {
        return "targets.reason." + name();
    }
}
