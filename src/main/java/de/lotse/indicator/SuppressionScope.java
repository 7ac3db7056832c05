package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the table in which the values of one indicator and period are suppressed, and applies
 * {@link CellSuppression} to it. The table is the hierarchy of one Land — the Land, its Kreise, Gemeindeverbände and
 * Gemeinden at the levels the indicator exists for — in which every unit with a value is a part of its nearest
 * ancestor with a value. Units without a value are left out, so that, e.g., the Gemeinden of a Landkreis whose
 * verbandsfreie Gemeinden each form a Gemeindeverband of their own (Peine) are parts of the Kreis's total directly.
 *
 * <p>What can be suppressed depends on the formula: raw counts (whole numbers from 0) as counts; ratios as rates with
 * the numerators and denominators of their input indicators; anything else (raw rates, averages, expressions) has no
 * count the rule could be checked against and is hidden only where the source withholds it.
 */
final class SuppressionScope {

    private static final Set<StatusSymbol> WITHHELD =
            EnumSet.of(StatusSymbol.UNKNOWN_OR_SECRET, StatusSymbol.TOO_UNCERTAIN);

    private final IndicatorValues values;
    private final Territories territories;

    SuppressionScope(IndicatorValues values, Territories territories) {
        this.values = values;
        this.territories = territories;
    }

    IndicatorValues values() {
        return values;
    }

    Territories territories() {
        return territories;
    }

    /** The table around the anchor; {@code wanted} are further units whose values are asked for. */
    Tree tree(Indicator indicator, Territory anchor, List<Territory> wanted) {
        Map<Long, Territory> units = new LinkedHashMap<>();
        Territory root = anchor.level() == TerritoryLevel.STATE
                ? anchor
                : territories.find(anchor.path().split("/")[0]).orElse(anchor);
        units.put(root.id(), root);
        Set<TerritoryLevel> levels = indicator.definition().levels().isEmpty()
                ? EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.ASSOCIATION, TerritoryLevel.MUNICIPALITY)
                : indicator.definition().levels();
        for (TerritoryLevel level : levels) {
            if (level != TerritoryLevel.SOCIAL_SPACE
                    && level.ordinal() > root.level().ordinal()) {
                territories.children(root, level).stream()
                        .filter(Territory::isCurrent)
                        .forEach(t -> units.put(t.id(), t));
            }
        }
        Set<Long> inTree = new HashSet<>(units.keySet());
        units.putIfAbsent(anchor.id(), anchor);
        wanted.forEach(t -> units.putIfAbsent(t.id(), t));
        return new Tree(indicator, List.copyOf(units.values()), inTree);
    }

    /** The units of one table, for any number of periods. */
    final class Tree {

        private final Indicator indicator;
        private final List<Territory> units;
        private final Set<Long> inTree;

        private Tree(Indicator indicator, List<Territory> units, Set<Long> inTree) {
            this.indicator = indicator;
            this.units = units;
            this.inTree = inTree;
        }

        /** Reads the values of the period and decides which of them are suppressed. */
        Decided decide(Period period) {
            Map<Long, Cell> cells = read(period);
            SuppressionTable.Measure measure = measure(cells);
            ConfidentialityRule rule = indicator.definition().confidentiality();
            Set<Long> suppressed = new HashSet<>();
            if (measure != null) {
                Map<String, Long> ids = new HashMap<>();
                List<TableCell> table = new ArrayList<>();
                Set<String> kept = new HashSet<>();
                for (Territory t : units) {
                    Cell c = cells.get(t.id());
                    if (inTree.contains(t.id()) && c != null && c.usable()) {
                        kept.add(t.key());
                    }
                }
                for (Territory t : units) {
                    Cell c = cells.get(t.id());
                    if (c == null || !c.usable()) {
                        continue;
                    }
                    if (kept.contains(t.key())) {
                        ids.put(t.key(), t.id());
                        table.add(c.cell(t.key(), parentIn(t, kept)));
                    } else if (CellSuppression.apply(tableOf(measure, period, List.of(c.cell(t.key(), null))), rule)
                            .cell(t.key())
                            .suppressed()) {
                        suppressed.add(t.id()); // outside the hierarchy: the primary rule alone
                    }
                }
                CellSuppression.apply(tableOf(measure, period, table), rule)
                        .suppressedKeys()
                        .forEach(k -> suppressed.add(ids.get(k)));
            }
            return new Decided(period, cells, suppressed);
        }

        private SuppressionTable tableOf(SuppressionTable.Measure measure, Period period, List<TableCell> cells) {
            return new SuppressionTable(indicator.key(), period, measure, cells);
        }

        /** The nearest ancestor on the territory's path that is in the table. */
        private static String parentIn(Territory t, Set<String> kept) {
            String[] path = t.path().split("/");
            for (int i = path.length - 2; i >= 0; i--) {
                if (kept.contains(path[i])) {
                    return path[i];
                }
            }
            return null;
        }

        private SuppressionTable.Measure measure(Map<Long, Cell> cells) {
            return switch (indicator.definition().formula()) {
                case Formula.Ratio ratio -> SuppressionTable.Measure.RATE;
                case Formula.Raw raw ->
                    cells.values().stream()
                                    .filter(Cell::usable)
                                    .allMatch(c -> c.value().signum() >= 0
                                            && c.value().stripTrailingZeros().scale() <= 0)
                            ? SuppressionTable.Measure.COUNT
                            : null;
                case Formula.Expression expression -> null;
            };
        }

        private Map<Long, Cell> read(Period period) {
            List<Long> ids = units.stream().map(Territory::id).toList();
            Map<Long, StoredValue> own = byTerritory(indicator.key(), period, ids);
            Map<Long, Cell> cells = new HashMap<>();
            if (indicator.definition().formula() instanceof Formula.Ratio ratio) {
                Map<Long, StoredValue> numerators = byTerritory(ratio.numerator(), period, ids);
                Map<Long, StoredValue> denominators = byTerritory(ratio.denominator(), period, ids);
                for (Long id : ids) {
                    BigDecimal numerator = plain(numerators.get(id));
                    BigDecimal denominator = plain(denominators.get(id));
                    StoredValue stored = own.get(id);
                    BigDecimal value = stored != null ? stored.value() : null;
                    if (stored == null && numerator != null && denominator != null && denominator.signum() > 0) {
                        value = numerator
                                .multiply(ratio.factor())
                                .divide(denominator, indicator.definition().decimals(), RoundingMode.HALF_UP);
                    }
                    if (stored != null || value != null) {
                        cells.put(id, new Cell(value, stored == null ? null : stored.status(), numerator, denominator));
                    }
                }
            } else {
                own.forEach((id, v) -> cells.put(id, new Cell(v.value(), v.status(), null, null)));
            }
            return cells;
        }

        private Map<Long, StoredValue> byTerritory(IndicatorKey key, Period period, List<Long> ids) {
            Map<Long, StoredValue> map = new HashMap<>();
            values.crossSection(key, period, ids).forEach(v -> map.put(v.territoryId(), v));
            return map;
        }

        /** A count that may be added: the figure, 0 for '-', nothing for withheld or absent figures. */
        private static BigDecimal plain(StoredValue v) {
            if (v == null) {
                return null;
            }
            if (v.status() == StatusSymbol.NOTHING) {
                return BigDecimal.ZERO;
            }
            return v.status() == null ? v.value() : null;
        }
    }

    /** The raw content of one cell: value, status and, for a rate, its numerator and denominator. */
    private record Cell(BigDecimal value, StatusSymbol status, BigDecimal numerator, BigDecimal denominator) {

        /** Whether the source withholds a number it stored (secret or too uncertain). */
        boolean withheld() {
            return value != null && WITHHELD.contains(status);
        }

        /** Whether the cell takes part in suppression: a number the source does not withhold. */
        boolean usable() {
            return value != null && !withheld();
        }

        TableCell cell(String key, String parentKey) {
            return new TableCell(key, parentKey, value, numerator, denominator);
        }
    }

    /** The decision for one period: which units' values must not reach the public. */
    static final class Decided {

        private final Period period;
        private final Map<Long, Cell> cells;
        private final Set<Long> suppressed;

        private Decided(Period period, Map<Long, Cell> cells, Set<Long> suppressed) {
            this.period = period;
            this.cells = cells;
            this.suppressed = suppressed;
        }

        /** The value of the unit as the audience sees it. */
        IndicatorReadModel.ShownValue shown(Territory t, IndicatorReadModel.Audience audience) {
            Cell c = cells.get(t.id());
            if (c == null) {
                return new IndicatorReadModel.ShownValue(t, period, null, null, false, false);
            }
            boolean hidden = suppressed.contains(t.id()) || c.withheld();
            boolean permitted = audience == IndicatorReadModel.Audience.PERMITTED;
            return new IndicatorReadModel.ShownValue(
                    t, period, hidden && !permitted ? null : c.value(), c.status(), hidden, hidden && permitted);
        }
    }
}
