package de.lotse.indicator;

import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of an indicator as an audience may see them: the time series of one territory and the cross-section of
 * one period below a parent, with rank and deviation. Statistical confidentiality is applied here, not in the web
 * adapters, so that no page, API or download can forget it.
 *
 * <h2>Which table is suppressed</h2>
 *
 * Every value is decided on in one table per indicator and period: the hierarchy of the Land the territory lies in
 * (see {@link SuppressionScope}), with every unit that has a value attached to its nearest ancestor that has one. A
 * cross-section and a time series therefore hide exactly the same cells, whichever parent or level they are asked
 * for, and a value hidden in one cannot be read from another. A value the source itself withholds (status {@code .}
 * or {@code /} with a stored number) is hidden too. A unit outside that hierarchy (a Sozialraum, a unit closed by a
 * territorial reform) has no additive group; its values get only the primary rule, cell by cell.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorReadModel {

    private final IndicatorCatalog catalog;
    private final ValueRepository repository;
    private final TerritoryCache territories;
    private final SuppressionDecisions decisions;
    private final SuppressionScope scope;

    IndicatorReadModel(
            IndicatorCatalog catalog,
            ValueRepository repository,
            TerritoryCache territories,
            SuppressionDecisions decisions) {
        this.catalog = catalog;
        this.repository = repository;
        this.territories = territories;
        this.decisions = decisions;
        this.scope = new SuppressionScope(catalog, repository, decisions);
    }

    /**
     * A stamp of everything this read model's answers about the indicator depend on: the indicator's revision
     * (definition, confidentiality rule), the territories' revision and the generation of the values (which changes
     * when any values are written — when the write starts and again when its transaction ends). An answer derived after
     * reading the stamp may be reused for as long as the stamp stays the same. Valid within this application instance:
     * writes through another instance on the same database are not seen (as for the suppression decisions, ADR 9).
     */
    public String readStamp(Indicator indicator) {
        long generation = decisions.generation();
        return indicator.revision() + "/" + territories.snapshot().revision() + "/" + generation;
    }

    /** Who is looking: decides whether suppressed values are left out or shown marked confidential. */
    public enum Audience {
        /** Anonymous visitors, viewers and providers: suppressed values are left out. */
        PUBLIC,
        /** Users allowed to see confidential values (administrators, planners): raw values, marked. */
        PERMITTED
    }

    /**
     * One value as the audience sees it.
     *
     * @param territory the territory
     * @param period the period
     * @param value the figure, or {@code null} when missing or (for the public) suppressed
     * @param status the official status symbol, or {@code null}
     * @param suppressed whether the value is withheld from public output
     * @param confidential whether a value is shown that the public does not see (only for {@link Audience#PERMITTED})
     */
    public record ShownValue(
            Territory territory,
            Period period,
            BigDecimal value,
            StatusSymbol status,
            boolean suppressed,
            boolean confidential) {}

    /**
     * One row of a cross-section.
     *
     * @param shown the value
     * @param rank 1 for the best value by the indicator's polarity (the highest for a neutral one), ties sharing a
     *     rank; {@code null} for suppressed and missing values
     * @param deviation absolute difference from the parent's value, {@code null} if either is unknown or suppressed
     * @param relativeDeviation that difference in percent of the parent's value, {@code null} also when it is 0
     */
    public record Row(ShownValue shown, Integer rank, BigDecimal deviation, BigDecimal relativeDeviation) {}

    /**
     * A cross-section: the parent's value and one row per unit below it.
     *
     * @param indicator the indicator
     * @param period the period
     * @param parent the parent's value; {@code null} in a national cross-section (Lotse stores no value for Germany)
     * @param rows the units below, in the order of the territory API
     */
    public record CrossSection(Indicator indicator, Period period, ShownValue parent, List<Row> rows) {}

    /**
     * The time series of one territory, oldest period first. A single value has no additive group of its own; each
     * period is decided in the table of its Land (see the class comment), so a value suppressed in any cross-section
     * is suppressed here too; a territory outside that table gets the primary rule value by value.
     *
     * @throws UnknownIndicatorException if there is no such indicator
     */
    public List<ShownValue> timeSeries(IndicatorKey key, Territory territory, Audience audience) {
        Indicator indicator = catalog.get(key);
        SuppressionScope.Tree tree = scope.tree(indicator, territories.snapshot(), territory, List.of(), "series");
        return tree.series(territory, repository.timeSeries(indicator.id(), territory.id()), audience);
    }

    /**
     * The cross-section of one period over the units directly below the parent, or all units of {@code level} below
     * it, with ranks and deviations from the parent's value.
     *
     * @throws UnknownIndicatorException if there is no such indicator
     */
    public CrossSection crossSection(
            IndicatorKey key, Territory parent, TerritoryLevel level, Period period, Audience audience) {
        Indicator indicator = catalog.get(key);
        TerritoryCache.Snapshot snapshot = territories.snapshot();
        List<Territory> units = snapshot.children(parent, level);
        SuppressionScope.Decided decided = scope.tree(
                        indicator, snapshot, parent, units, level == null ? "children" : level)
                .decide(period);
        return rows(indicator, period, decided.shown(parent, audience), units, decided, audience);
    }

    /**
     * The cross-section of one period over all units of {@code level} in Germany (without a level: the Länder), ranked
     * nationally. Lotse has no unit for Germany and stores no national value, so the cross-section has no parent value
     * ({@link CrossSection#parent()} is {@code null}) and no row has a deviation. Each value is suppressed exactly as in
     * the cross-section of its Land (see the class comment).
     *
     * @throws UnknownIndicatorException if there is no such indicator
     */
    public CrossSection nationalCrossSection(IndicatorKey key, TerritoryLevel level, Period period, Audience audience) {
        Indicator indicator = catalog.get(key);
        TerritoryCache.Snapshot snapshot = territories.snapshot();
        List<Territory> units =
                level == null || level == TerritoryLevel.STATE ? snapshot.states() : snapshot.allOfLevel(level);
        SuppressionScope.Decided decided = scope.national(
                        indicator, snapshot, units, level == null ? TerritoryLevel.STATE : level)
                .decide(period);
        return rows(indicator, period, null, units, decided, audience);
    }

    private static CrossSection rows(
            Indicator indicator,
            Period period,
            ShownValue parentValue,
            List<Territory> units,
            SuppressionScope.Decided decided,
            Audience audience) {
        List<ShownValue> shown = new ArrayList<>(units.size());
        for (Territory t : units) {
            shown.add(decided.shown(t, audience));
        }
        Integer[] ranks = Ranking.ranks(shown, indicator.definition().polarity());
        BigDecimal base = parentValue == null || parentValue.suppressed() ? null : parentValue.value();
        List<Row> rows = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            ShownValue v = shown.get(i);
            BigDecimal deviation =
                    base == null || v.value() == null ? null : v.value().subtract(base);
            BigDecimal relative = deviation == null || base.signum() == 0
                    ? null
                    : deviation.multiply(BigDecimal.valueOf(100)).divide(base.abs(), 2, RoundingMode.HALF_UP);
            rows.add(new Row(v, ranks[i], deviation, relative));
        }
        return new CrossSection(indicator, period, parentValue, rows);
    }

    /**
     * The simplified display boundaries (GeoJSON geometry text, WGS84) of the units that have one, keyed by territory
     * id, to draw a cross-section on a map. Read through the territory module's API and kept in memory until the
     * territories change.
     */
    public Map<Long, String> displayBoundaries(List<Territory> units) {
        TerritoryCache.Snapshot snapshot = territories.snapshot();
        Map<Long, String> boundaries = new java.util.HashMap<>();
        for (Territory t : units) {
            if (t.hasBoundary()) {
                snapshot.displayBoundary(t).ifPresent(b -> boundaries.put(t.id(), b));
            }
        }
        return boundaries;
    }

    /** The indicator, if it exists. */
    public Optional<Indicator> find(IndicatorKey key) {
        return catalog.find(key);
    }

    /** Standard competition ranking ("1224") of the visible values by polarity. */
    static final class Ranking {

        private Ranking() {}

        /**
         * The rank of each value, by position ({@code null} for suppressed and missing values). Sorted by the values'
         * {@code double} first (cheap, and never out of order: rounding to double is monotonic) and by the exact
         * {@link BigDecimal} where the doubles are equal, so ties are exactly the numerically equal values.
         */
        static Integer[] ranks(List<ShownValue> values, Polarity polarity) {
            int n = 0;
            int[] positions = new int[values.size()];
            double[] keys = new double[values.size()];
            for (int i = 0; i < values.size(); i++) {
                ShownValue v = values.get(i);
                if (!v.suppressed() && v.value() != null) {
                    positions[n++] = i;
                    keys[i] = v.value().doubleValue();
                }
            }
            boolean ascending = polarity == Polarity.HIGHER_IS_WORSE;
            Comparator<Integer> order = (a, b) -> {
                int c = Double.compare(keys[a], keys[b]);
                if (c == 0) {
                    c = values.get(a).value().compareTo(values.get(b).value());
                }
                return ascending ? c : -c;
            };
            Integer[] ranked = new Integer[n];
            for (int i = 0; i < n; i++) {
                ranked[i] = positions[i];
            }
            java.util.Arrays.sort(ranked, order);
            Integer[] ranks = new Integer[values.size()];
            for (int i = 0; i < n; i++) {
                boolean tie = i > 0
                        && values.get(ranked[i])
                                        .value()
                                        .compareTo(values.get(ranked[i - 1]).value())
                                == 0;
                ranks[ranked[i]] = tie ? ranks[ranked[i - 1]] : i + 1;
            }
            return ranks;
        }
    }
}
