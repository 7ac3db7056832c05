package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life course of a territory (Präventionskette, Bildungsbiografie): for each {@link LifeStage} in order, the
 * indicators tagged with it that exist for the territory's level, each with the territory's latest value, the value
 * of its comparison region for the same period and a verdict by the indicator's polarity.
 *
 * <ul>
 *   <li><b>Latest value</b>: the latest period in which the territory has a value the audience may see; if there is
 *       none, the latest entry at all (missing or suppressed), which gets the verdict {@link Verdict#NO_DATA}.
 *   <li><b>Comparison region</b>: the nearest Kreis or Land above the territory that has a visible value for the same
 *       period (a Gemeinde: its Kreis, else its Land; a Kreis: its Land). Lotse has no unit for Germany as a whole,
 *       so a Land has no comparison region.
 *   <li><b>Verdict</b>: {@link Verdict#SIMILAR} when the difference is at most {@value #TOLERANCE_PERCENT} % of the
 *       comparison value (or both are 0); otherwise better or worse by the polarity, or higher or lower for a neutral
 *       indicator.
 * </ul>
 *
 * All values come from {@link IndicatorReadModel}, so the public never sees a suppressed value here.
 */
@Service
@Transactional(readOnly = true)
public class LifeCourse {

    /** A difference of at most this percentage of the comparison value counts as similar. */
    public static final int TOLERANCE_PERCENT = 5;

    private static final BigDecimal TOLERANCE =
            BigDecimal.valueOf(TOLERANCE_PERCENT).movePointLeft(2);

    private final IndicatorCatalog catalog;
    private final IndicatorReadModel readModel;
    private final Territories territories;

    LifeCourse(IndicatorCatalog catalog, IndicatorReadModel readModel, Territories territories) {
        this.catalog = catalog;
        this.readModel = readModel;
        this.territories = territories;
    }

    /** How a territory compares with its comparison region in one indicator. */
    public enum Verdict {
        /** Better by the polarity, beyond the tolerance. */
        BETTER,
        /** Worse by the polarity, beyond the tolerance. */
        WORSE,
        /** Within the tolerance. */
        SIMILAR,
        /** Higher, for a neutral indicator. */
        HIGHER,
        /** Lower, for a neutral indicator. */
        LOWER,
        /** No visible value of the territory or of a comparison region. */
        NO_DATA,
        /** A count: its value is shown, but comparing counts of areas of different size says nothing. */
        NOT_COMPARABLE
    }

    /**
     * One indicator of a stage.
     *
     * @param indicator the indicator
     * @param value the territory's latest value as the audience sees it, or {@code null} if it has none
     * @param comparisonRegion the region compared with, or {@code null} if none has a visible value
     * @param comparisonValue the region's value for the same period, or {@code null}
     * @param difference value minus comparison value, or {@code null}
     * @param verdict the verdict
     */
    public record Entry(
            Indicator indicator,
            IndicatorReadModel.ShownValue value,
            Territory comparisonRegion,
            BigDecimal comparisonValue,
            BigDecimal difference,
            Verdict verdict) {}

    /**
     * One stage of the life course with its indicators.
     *
     * @param stage the stage
     * @param entries its indicators, by German name; empty if none is tagged with the stage for this level
     */
    public record Stage(LifeStage stage, List<Entry> entries) {

        /** How many indicators of the stage are worse than in the comparison region. */
        public long worseCount() {
            return entries.stream().filter(e -> e.verdict() == Verdict.WORSE).count();
        }

        /** Whether the territory does worse than its comparison region in any indicator of the stage. */
        public boolean worse() {
            return worseCount() > 0;
        }
    }

    /**
     * The life course of a territory.
     *
     * @param territory the territory
     * @param stages all stages in order
     */
    public record Report(Territory territory, List<Stage> stages) {}

    /** The life course of a territory as the audience may see it. */
    public Report of(Territory territory, IndicatorReadModel.Audience audience) {
        List<Territory> regions = new ArrayList<>(territories.ancestors(territory).stream()
                .filter(a -> a.level() == TerritoryLevel.COUNTY || a.level() == TerritoryLevel.STATE)
                .toList());
        java.util.Collections.reverse(regions); // nearest first
        List<Stage> stages = new ArrayList<>();
        for (LifeStage stage : LifeStage.values()) {
            List<Entry> entries = new ArrayList<>();
            for (Indicator indicator : catalog.list(new IndicatorFilter(null, stage, territory.level(), null))) {
                entries.add(entry(indicator, territory, regions, audience));
            }
            // indicators that can be compared (rates, shares) first; counts, shown for context, after them
            entries.sort(java.util.Comparator.comparing(e -> e.verdict() == Verdict.NOT_COMPARABLE));
            stages.add(new Stage(stage, entries));
        }
        return new Report(territory, stages);
    }

    private Entry entry(
            Indicator indicator, Territory territory, List<Territory> regions, IndicatorReadModel.Audience audience) {
        List<IndicatorReadModel.ShownValue> series = readModel.timeSeries(indicator.key(), territory, audience);
        Optional<IndicatorReadModel.ShownValue> latest =
                series.reversed().stream().filter(v -> visible(v, audience)).findFirst();
        if (latest.isEmpty()) {
            return new Entry(indicator, series.isEmpty() ? null : series.getLast(), null, null, null, Verdict.NO_DATA);
        }
        IndicatorReadModel.ShownValue value = latest.get();
        if (indicator.definition().isCount()) {
            return new Entry(indicator, value, null, null, null, Verdict.NOT_COMPARABLE);
        }
        for (Territory region : regions) {
            Optional<IndicatorReadModel.ShownValue> compared =
                    readModel.timeSeries(indicator.key(), region, audience).stream()
                            .filter(v -> v.period().equals(value.period()) && visible(v, audience))
                            .findFirst();
            if (compared.isPresent()) {
                BigDecimal base = compared.get().value();
                return new Entry(
                        indicator,
                        value,
                        region,
                        base,
                        value.value().subtract(base),
                        verdict(value.value(), base, indicator.definition().polarity()));
            }
        }
        return new Entry(indicator, value, null, null, null, Verdict.NO_DATA);
    }

    /**
     * The verdict on a value against the comparison value: similar within {@value #TOLERANCE_PERCENT} % of the
     * comparison value, else better or worse by polarity (higher or lower for a neutral indicator); no data if either
     * is missing.
     */
    public static Verdict verdict(BigDecimal value, BigDecimal comparison, Polarity polarity) {
        if (value == null || comparison == null) {
            return Verdict.NO_DATA;
        }
        BigDecimal difference = value.subtract(comparison);
        BigDecimal allowed = comparison.abs().multiply(TOLERANCE, MathContext.DECIMAL64);
        if (difference.abs().compareTo(allowed) <= 0) {
            return Verdict.SIMILAR;
        }
        boolean higher = difference.signum() > 0;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> higher ? Verdict.BETTER : Verdict.WORSE;
            case HIGHER_IS_WORSE -> higher ? Verdict.WORSE : Verdict.BETTER;
            case NEUTRAL -> higher ? Verdict.HIGHER : Verdict.LOWER;
        };
    }

    private static boolean visible(IndicatorReadModel.ShownValue v, IndicatorReadModel.Audience audience) {
        return v.value() != null && (audience == IndicatorReadModel.Audience.PERMITTED || !v.suppressed());
    }
}
