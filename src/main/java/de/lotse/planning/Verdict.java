package de.lotse.planning;

/**
 * The automatic verdict on a target value (Zielgröße) at a date, from the indicator values published up to that date.
 * "No data" is an honest verdict of its own: Lotse never guesses a verdict it cannot support with figures.
 */
public enum Verdict {
    /** erreicht: the latest value meets the target. */
    ACHIEVED,
    /** auf Kurs: the target date is still ahead and the linear trend reaches the target by then. */
    ON_TRACK,
    /** gefährdet: the target date is still ahead, but the trend does not reach the target (or there is no trend). */
    AT_RISK,
    /** verfehlt: the target date has passed and the latest value does not meet the target. */
    MISSED,
    /** keine Daten: there is no value to judge by (or a relative target has no baseline to resolve it against). */
    NO_DATA;

    /** The message key of the verdict's name, e.g. {@code targets.verdict.ON_TRACK}. */
    public String messageKey() {
        return "targets.verdict." + name();
    }
}
