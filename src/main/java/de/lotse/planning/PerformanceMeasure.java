package de.lotse.planning;

/**
 * A performance measure (Kennzahl) of a measure: something the lead counts periodically to answer one of the three
 * Results-Based-Accountability questions.
 *
 * @param id internal id
 * @param measureId the measure
 * @param question the question it answers
 * @param position its place in the measure's list
 * @param name what is counted, e.g. "Beratungsgespräche"
 * @param unit the unit, e.g. "Anzahl" or "%"
 */
public record PerformanceMeasure(
        long id, long measureId, PerformanceQuestion question, int position, String name, String unit) {}
