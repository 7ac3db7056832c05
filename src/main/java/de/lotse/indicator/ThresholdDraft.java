package de.lotse.indicator;

/**
 * A threshold as a planner enters it, before validation: every part as text, so that each mistake can be reported
 * with the field it belongs to (see {@link InvalidThresholdException}).
 *
 * @param kind {@code ABSOLUTE} or {@code DEVIATION}
 * @param direction {@code ABOVE}, {@code BELOW} or {@code WORSE}
 * @param limit the value (ABSOLUTE) or k (DEVIATION); decimal point or comma
 * @param scopeTerritory key of the territory the rule is limited to (with the units below), or blank
 * @param scopeLevel level the rule is limited to, or blank
 * @param severity {@code NOTICE} or {@code WARNING}
 * @param note why the threshold was set, or blank
 */
public record ThresholdDraft(
        String kind,
        String direction,
        String limit,
        String scopeTerritory,
        String scopeLevel,
        String severity,
        String note) {

    /** Longest note accepted. */
    public static final int MAX_NOTE = 1000;
}
