package de.lotse.indicator;

/** Which direction of an indicator is good news: used to colour comparisons and to raise early warnings. */
public enum Polarity {
    /** A higher value is better (e.g. the childcare rate). */
    HIGHER_IS_BETTER,
    /** A higher value is worse (e.g. the SGB II rate of children). */
    HIGHER_IS_WORSE,
    /** Neither direction is better (e.g. the population). */
    NEUTRAL
}
