package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early warning: evaluates every threshold on the units of an area and lists the values that cross one.
 *
 * <h2>What is evaluated</h2>
 *
 * The area is a territory (the "parent", by default the home county) and every current unit below it, of every level.
 * Per indicator and level, the values of the <em>latest period</em> in which any of these units of that level has a
 * stored number are evaluated (read with the time-series index, one query per indicator and level). A threshold
 * applies to a unit if the unit lies in its scope (subtree and level).
 *
 * <h2>Comparison set of a deviation rule</h2>
 *
 * The comparison region of a unit is the nearest Kreis or Land above it (a Gemeinde or Gemeindeverband: its Kreis, a
 * Gemeinde outside any Kreis: its Land, a Kreis: its Land). The comparison set is every unit of the same level below
 * that region, the unit itself included (all Gemeinden of the Kreis, all Kreise of the Land); for a Land, all Länder.
 * Its mean and population standard deviation are in {@link ComparisonStatistics}.
 *
 * <h2>Statistical confidentiality</h2>
 *
 * All values come from {@link IndicatorReadModel} for the audience. For the public, a suppressed value raises no alert
 * and is not part of a comparison set (so neither an alert nor the statistics shown with it reveal it). Planners and
 * administrators see alerts on confidential values, marked as such, with statistics over all values.
 */
@Service
@Transactional(readOnly = true)
public class EarlyWarning {

    private final Thresholds thresholds;
    private final ThresholdRepository repository;
    private final IndicatorReadModel readModel;
    private final IndicatorCatalog catalog;
    private final Territories territories;

    EarlyWarning(
            Thresholds thresholds,
            ThresholdRepository repository,
            IndicatorReadModel readModel,
            IndicatorCatalog catalog,
            Territories territories) {
        this.thresholds = thresholds;
        this.repository = repository;
        this.readModel = readModel;
        this.catalog = catalog;
        this.territories = territories;
    }

    /**
     * One value that crosses a threshold.
     *
     * @param threshold the rule that fired
     * @param indicator the indicator
     * @param territory the unit
     * @param period the period evaluated
     * @param value the value
     * @param confidential whether the value is withheld from the public (only ever true for permitted audiences)
     * @param comparisonRegion the Kreis or Land whose units form the comparison set, {@code null} for Länder
     * @param statistics the comparison set, or {@code null} if it has no values
     * @param breach how the value crossed the threshold
     */
    public record Alert(
            Threshold threshold,
            Indicator indicator,
            Territory territory,
            Period period,
            BigDecimal value,
            boolean confidential,
            Territory comparisonRegion,
            ComparisonStatistics statistics,
            ThresholdRule.Breach breach) {}

    /**
     * The alerts of an area.
     *
     * @param parent the area
     * @param thresholdCount how many thresholds exist (in all indicators)
     * @param unitCount how many units were evaluated (the parent and the current units below it)
     * @param alerts the alerts, by indicator, level and territory
     */
    public record Report(Territory parent, int thresholdCount, int unitCount, List<Alert> alerts) {}

    /** Evaluates all thresholds on the parent and every current unit below it, as the audience may see them. */
    public Report evaluate(Territory parent, IndicatorReadModel.Audience audience) {
        List<Threshold> all = thresholds.all();
        Map<TerritoryLevel, List<Territory>> unitsByLevel = new LinkedHashMap<>();
        unitsByLevel.put(parent.level(), List.of(parent));
        for (TerritoryLevel level : TerritoryLevel.values()) {
            if (level.ordinal() > parent.level().ordinal()) {
                List<Territory> below = territories.children(parent, level).stream()
                        .filter(Territory::isCurrent)
                        .toList();
                if (!below.isEmpty()) {
                    unitsByLevel.put(level, below);
                }
            }
        }
        int unitCount = unitsByLevel.values().stream().mapToInt(List::size).sum();
        Map<IndicatorKey, List<Threshold>> byIndicator = new LinkedHashMap<>();
        for (Threshold t : all) {
            byIndicator.computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(t);
        }
        List<Alert> alerts = new ArrayList<>();
        Map<String, Optional<Territory>> regions = new HashMap<>();
        byIndicator.forEach((key, rules) -> catalog.find(key)
                .ifPresent(indicator -> unitsByLevel.forEach((level, units) ->
                        alerts.addAll(evaluate(indicator, rules, parent, level, units, audience, regions)))));
        return new Report(parent, all.size(), unitCount, alerts);
    }

    private List<Alert> evaluate(
            Indicator indicator,
            List<Threshold> rules,
            Territory parent,
            TerritoryLevel level,
            List<Territory> units,
            IndicatorReadModel.Audience audience,
            Map<String, Optional<Territory>> regions) {
        IndicatorDefinition d = indicator.definition();
        if (!d.levels().isEmpty() && !d.levels().contains(level)) {
            return List.of();
        }
        List<Territory> covered = units.stream()
                .filter(u -> rules.stream().anyMatch(r -> r.covers(u)))
                .toList();
        if (covered.isEmpty()) {
            return List.of();
        }
        Optional<Period> latest = repository.latestPeriod(
                indicator.id(), units.stream().map(Territory::id).toList());
        if (latest.isEmpty()) {
            return List.of();
        }
        Period period = latest.get();
        Map<String, List<Territory>> byRegion = new LinkedHashMap<>();
        for (Territory u : covered) {
            byRegion.computeIfAbsent(regionKey(u), k -> new ArrayList<>()).add(u);
        }
        List<Alert> alerts = new ArrayList<>();
        byRegion.forEach((regionKey, members) -> {
            Territory region = regionKey == null
                    ? null
                    : regions.computeIfAbsent(regionKey, this::region).orElse(null);
            if (regionKey != null && region == null) {
                return;
            }
            Map<Long, IndicatorReadModel.ShownValue> set = comparisonSet(indicator, region, level, period, audience);
            ComparisonStatistics statistics = ComparisonStatistics.of(set.values().stream()
                            .filter(v -> visible(v, audience))
                            .map(IndicatorReadModel.ShownValue::value)
                            .toList())
                    .orElse(null);
            for (Territory u : members) {
                IndicatorReadModel.ShownValue shown = set.get(u.id());
                if (shown == null || !visible(shown, audience)) {
                    continue;
                }
                for (Threshold rule : rules) {
                    if (!rule.covers(u)) {
                        continue;
                    }
                    rule.rule()
                            .evaluate(shown.value(), statistics, d.polarity())
                            .ifPresent(breach -> alerts.add(new Alert(
                                    rule,
                                    indicator,
                                    u,
                                    period,
                                    shown.value(),
                                    shown.confidential(),
                                    region,
                                    statistics,
                                    breach)));
                }
            }
        });
        return alerts;
    }

    /** A value the audience may see: present, and for the public not suppressed. */
    private static boolean visible(IndicatorReadModel.ShownValue v, IndicatorReadModel.Audience audience) {
        return v.value() != null && (audience == IndicatorReadModel.Audience.PERMITTED || !v.suppressed());
    }

    /** The values of the comparison set by territory id: all units of the level below the region (or all Länder). */
    private Map<Long, IndicatorReadModel.ShownValue> comparisonSet(
            Indicator indicator,
            Territory region,
            TerritoryLevel level,
            Period period,
            IndicatorReadModel.Audience audience) {
        Map<Long, IndicatorReadModel.ShownValue> set = new LinkedHashMap<>();
        if (region == null) {
            for (Territory state : territories.states()) {
                readModel.timeSeries(indicator.key(), state, audience).stream()
                        .filter(v -> v.period().equals(period))
                        .findFirst()
                        .ifPresent(v -> set.put(state.id(), v));
            }
            return set;
        }
        for (IndicatorReadModel.Row row : readModel
                .crossSection(indicator.key(), region, level, period, audience)
                .rows()) {
            set.put(row.shown().territory().id(), row.shown());
        }
        return set;
    }

    /**
     * The key of the comparison region of a unit, read from its materialised path: the nearest Kreis (5 digits) above
     * it, else its Land (2 digits); {@code null} for a Land.
     */
    static String regionKey(Territory unit) {
        String[] keys = unit.path().split("/");
        String state = null;
        String county = null;
        for (int i = 0; i < keys.length - 1; i++) {
            if (keys[i].length() == 2) {
                state = keys[i];
            } else if (keys[i].length() == 5) {
                county = keys[i];
            }
        }
        return county != null ? county : state;
    }

    private Optional<Territory> region(String key) {
        TerritoryLevel level = key.length() == 5 ? TerritoryLevel.COUNTY : TerritoryLevel.STATE;
        return territories.find(new TerritoryKey(key), level);
    }
}
