package de.lotse.planning;

/**
 * The three questions of Results-Based Accountability a performance measure of a measure answers.
 */
public enum PerformanceQuestion {
    /** Wie viel haben wir getan? (e.g. number of consultations held) */
    HOW_MUCH,
    /** Wie gut haben wir es getan? (e.g. share of clients seen within a week) */
    HOW_WELL,
    /** Geht es jemandem besser? (e.g. share of clients who found work) */
    BETTER_OFF;

    /** The message key of the question, e.g. {@code targets.question.HOW_MUCH}. */
    public String messageKey() {
        return "targets.question." + name();
    }
}
