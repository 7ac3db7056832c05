package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;

/**
 * What the catalogue list is narrowed to; every part is optional ({@code null}) and the parts combine with "and".
 *
 * @param topic only indicators of this topic
 * @param lifeStage only indicators tagged with this stage of the life course
 * @param level only indicators that exist for this territorial level
 * @param text only indicators whose key, names, short names or definition contain this text (case-insensitive)
 */
public record IndicatorFilter(Topic topic, LifeStage lifeStage, TerritoryLevel level, String text) {

    public IndicatorFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** No filter: the whole catalogue. */
    public static IndicatorFilter all() {
        return new IndicatorFilter(null, null, null, null);
    }
}
