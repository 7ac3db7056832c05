package de.lotse.indicator;

import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
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
 * count the rule could be checked against and is hidden only where the source withholds it. Whether a raw indicator's
 * values are counts is decided per Land table, from the values in that table.
 *
 * <p>A scope may span several Länder (a national cross-section): each Land is still its own table, decided exactly as
 * if it were asked for alone, and the values of all of them are read with one query per indicator. The decision of a
 * Land table is kept in {@link SuppressionDecisions} until a value, the indicator or the territories change, so a
 * time series does not rebuild twenty Land tables per request.
 */
final class SuppressionScope {

    private static final Set<StatusSymbol> WITHHELD =
            EnumSet.of(StatusSymbol.UNKNOWN_OR_SECRET, StatusSymbol.TOO_UNCERTAIN);

    /** Above this many units a read takes every value of the period and keeps the wanted ones in memory. */
    private static final int FILTER_IN_MEMORY_ABOVE = 4_000;

    private final IndicatorCatalog catalog;
    private final ValueRepository repository;
    private final SuppressionDecisions decisions;

    SuppressionScope(IndicatorCatalog catalog, ValueRepository repository, SuppressionDecisions decisions) {
        this.catalog = catalog;
        this.repository = repository;
        this.decisions = decisions;
    }

    /**
     * The table around the anchor (the hierarchy of its Land); {@code wanted} are further units asked for, and
     * {@code wantedKey} names them for the cache of table shapes (e.g. the parent and level they are the children of).
     */
    Tree tree(
            Indicator indicator,
            TerritoryCache.Snapshot territories,
            Territory anchor,
            List<Territory> wanted,
            Object wantedKey) {
        Territory root = anchor.level() == TerritoryLevel.STATE
                ? anchor
                : territories.find(anchor.path().split("/")[0]).orElse(anchor);
        Set<TerritoryLevel> levels = levels(indicator);
        Shape shape = territories.derived(new ShapeKey(levels, List.of(root.id()), anchor.id(), wantedKey), () -> {
            List<Territory> extra = new ArrayList<>();
            extra.add(anchor);
            extra.addAll(wanted);
            return new Shape(territories, levels, List.of(root), extra);
        });
        return new Tree(indicator, territories.revision(), shape);
    }

    /** The tables of all Länder, for units anywhere in Germany; {@code wantedKey} as in {@link #tree}. */
    Tree national(Indicator indicator, TerritoryCache.Snapshot territories, List<Territory> wanted, Object wantedKey) {
        Set<TerritoryLevel> levels = levels(indicator);
        Shape shape = territories.derived(new ShapeKey(levels, List.of(), null, wantedKey), () -> {
            List<Territory> roots =
                    territories.states().stream().filter(Territory::isCurrent).toList();
            return new Shape(territories, levels, roots, wanted);
        });
        return new Tree(indicator, territories.revision(), shape);
    }

    private static Set<TerritoryLevel> levels(Indicator indicator) {
        return indicator.definition().levels().isEmpty()
                ? EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.ASSOCIATION, TerritoryLevel.MUNICIPALITY)
                : EnumSet.copyOf(indicator.definition().levels());
    }

    /** Names a shape in the snapshot's cache: levels, roots (none: all Länder), anchor and the units asked for. */
    private record ShapeKey(Set<TerritoryLevel> levels, List<Long> roots, Long anchor, Object wanted) {}

    /**
     * Which units form the table of each Land and which further units are read: depends on the territories and the
     * indicator's levels only, so it is built once per snapshot of the territories.
     */
    private static final class Shape {

        /** Root id → the ids of the units of its table (root first). */
        private final Map<Long, List<Long>> tables = new LinkedHashMap<>();
        /** Every unit that is read: the tables' units, then the other units asked for. */
        private final Map<Long, Territory> units = new LinkedHashMap<>();

        private final Set<Long> inTree = new HashSet<>();

        private Shape(
                TerritoryCache.Snapshot territories,
                Set<TerritoryLevel> levels,
                List<Territory> roots,
                Collection<Territory> extra) {
            for (Territory root : roots) {
                List<Long> table = new ArrayList<>();
                table.add(root.id());
                units.put(root.id(), root);
                for (TerritoryLevel level : levels) {
                    if (level != TerritoryLevel.SOCIAL_SPACE
                            && level.ordinal() > root.level().ordinal()) {
                        for (Territory t : territories.children(root, level)) {
                            if (t.isCurrent() && units.putIfAbsent(t.id(), t) == null) {
                                table.add(t.id());
                            }
                        }
                    }
                }
                tables.put(root.id(), List.copyOf(table));
                inTree.addAll(table);
            }
            extra.forEach(t -> units.putIfAbsent(t.id(), t));
        }
    }

    /** The units of the tables of one or more Länder, for any number of periods. */
    final class Tree {

        private final Indicator indicator;
        private final String territoryRevision;
        private final Map<Long, List<Long>> tables;
        private final Map<Long, Territory> units;
        private final Set<Long> inTree;

        private Tree(Indicator indicator, String territoryRevision, Shape shape) {
            this.indicator = indicator;
            this.territoryRevision = territoryRevision;
            this.tables = shape.tables;
            this.units = shape.units;
            this.inTree = shape.inTree;
        }

        /** Reads the values of the period for every unit and decides which of them are suppressed. */
        Decided decide(Period period) {
            Map<Long, Cell> cells = read(List.of(period), units.keySet()).getOrDefault(period, Map.of());
            Set<Long> suppressed = new HashSet<>();
            ConfidentialityRule rule = indicator.definition().confidentiality();
            if (hasLimits(rule)) {
                for (Long root : tables.keySet()) {
                    suppressed.addAll(
                            decisions.suppressed(key(period, root), () -> suppressInTable(root, period, cells)));
                }
                for (Territory t : units.values()) {
                    if (!inTree.contains(t.id()) && primaryOnly(t, cells.get(t.id()), period)) {
                        suppressed.add(t.id());
                    }
                }
            }
            return new Decided(period, cells, suppressed);
        }

        /**
         * The time series of one unit of the tree: its stored values, each decided in the table of its period. Only
         * the unit's own values are read, unless a Land table of a period is not decided yet.
         */
        List<IndicatorReadModel.ShownValue> series(
                Territory t, List<StoredValue> stored, IndicatorReadModel.Audience audience) {
            ConfidentialityRule rule = indicator.definition().confidentiality();
            Long root = tables.keySet().iterator().next();
            List<IndicatorReadModel.ShownValue> series = new ArrayList<>();
            List<Period> undecided = new ArrayList<>();
            if (hasLimits(rule) && inTree.contains(t.id())) {
                for (StoredValue v : stored) {
                    if (decisions.known(key(v.period(), root)) == null) {
                        undecided.add(v.period());
                    }
                }
            }
            Map<Period, Map<Long, Cell>> read = undecided.isEmpty() ? Map.of() : read(undecided, tables.get(root));
            for (StoredValue v : stored) {
                Cell own = new Cell(v.value(), v.status(), null, null);
                boolean hidden = false;
                if (hasLimits(rule)) {
                    if (inTree.contains(t.id())) {
                        Map<Long, Cell> cells = read.get(v.period());
                        hidden = decisions
                                .suppressed(
                                        key(v.period(), root),
                                        () -> suppressInTable(root, v.period(), cells == null ? Map.of() : cells))
                                .contains(t.id());
                    } else {
                        hidden = primaryOnly(t, ownCell(t, v), v.period());
                    }
                }
                series.add(Decided.shown(t, v.period(), own, hidden, audience));
            }
            return series;
        }

        /** The cell of a unit outside the tables: for a ratio without a stored value, computed from its inputs. */
        private Cell ownCell(Territory t, StoredValue v) {
            if (indicator.definition().formula() instanceof Formula.Ratio) {
                return read(List.of(v.period()), List.of(t.id()))
                        .getOrDefault(v.period(), Map.of())
                        .get(t.id());
            }
            return new Cell(v.value(), v.status(), null, null);
        }

        private SuppressionDecisions.Key key(Period period, long root) {
            return new SuppressionDecisions.Key(
                    indicator.id(), indicator.revision(), period.toString(), root, territoryRevision);
        }

        /** Runs the suppression engine over the table of one Land. */
        private Set<Long> suppressInTable(long root, Period period, Map<Long, Cell> cells) {
            List<Long> table = tables.get(root);
            SuppressionTable.Measure measure = measure(table, cells);
            if (measure == null) {
                return Set.of();
            }
            Set<String> kept = new HashSet<>();
            for (Long id : table) {
                Cell c = cells.get(id);
                if (c != null && c.usable()) {
                    kept.add(units.get(id).key());
                }
            }
            Map<String, Long> ids = new HashMap<>();
            List<TableCell> tableCells = new ArrayList<>();
            for (Long id : table) {
                Territory t = units.get(id);
                Cell c = cells.get(id);
                if (c != null && c.usable()) {
                    ids.put(t.key(), id);
                    tableCells.add(c.cell(t.key(), parentIn(t, kept)));
                }
            }
            Set<Long> suppressed = new HashSet<>();
            CellSuppression.apply(
                            tableOf(measure, period, tableCells),
                            indicator.definition().confidentiality())
                    .suppressedKeys()
                    .forEach(k -> suppressed.add(ids.get(k)));
            return Set.copyOf(suppressed);
        }

        /** A unit outside the tables (a Sozialraum, a closed unit): the primary rule alone, on its own value. */
        private boolean primaryOnly(Territory t, Cell c, Period period) {
            if (c == null || !c.usable()) {
                return false;
            }
            SuppressionTable.Measure measure = measure(List.of(t.id()), Map.of(t.id(), c));
            if (measure == null) {
                return false;
            }
            return CellSuppression.apply(
                            tableOf(measure, period, List.of(c.cell(t.key(), null))),
                            indicator.definition().confidentiality())
                    .cell(t.key())
                    .suppressed();
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

        private SuppressionTable.Measure measure(List<Long> table, Map<Long, Cell> cells) {
            return switch (indicator.definition().formula()) {
                case Formula.Ratio ratio -> SuppressionTable.Measure.RATE;
                case Formula.Raw raw -> {
                    for (Long id : table) {
                        Cell c = cells.get(id);
                        if (c != null
                                && c.usable()
                                && (c.value().signum() < 0
                                        || c.value().stripTrailingZeros().scale() > 0)) {
                            yield null;
                        }
                    }
                    yield SuppressionTable.Measure.COUNT;
                }
                case Formula.Expression expression -> null;
            };
        }

        /** The cells of the units for each period, with one query per indicator involved. */
        private Map<Period, Map<Long, Cell>> read(List<Period> periods, Collection<Long> ids) {
            if (!(indicator.definition().formula() instanceof Formula.Ratio)) {
                return byTerritory(
                        indicator.id(), periods, ids, v -> new Cell(v.value(), v.status(), null, null), ids.size());
            }
            Map<Period, Map<Long, ValueRepository.Plain>> own = byTerritory(indicator.id(), periods, ids);
            Map<Period, Map<Long, Cell>> result = new HashMap<>();
            Formula.Ratio ratio = (Formula.Ratio) indicator.definition().formula();
            Map<Period, Map<Long, ValueRepository.Plain>> numerators =
                    byTerritory(catalog.get(ratio.numerator()).id(), periods, ids);
            Map<Period, Map<Long, ValueRepository.Plain>> denominators =
                    byTerritory(catalog.get(ratio.denominator()).id(), periods, ids);
            for (Period period : periods) {
                Map<Long, ValueRepository.Plain> ownOfPeriod = own.getOrDefault(period, Map.of());
                Map<Long, ValueRepository.Plain> num = numerators.getOrDefault(period, Map.of());
                Map<Long, ValueRepository.Plain> den = denominators.getOrDefault(period, Map.of());
                Map<Long, Cell> cells = new HashMap<>();
                for (Long id : ids) {
                    BigDecimal numerator = plain(num.get(id));
                    BigDecimal denominator = plain(den.get(id));
                    ValueRepository.Plain stored = ownOfPeriod.get(id);
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
                result.put(period, cells);
            }
            return result;
        }

        private Map<Period, Map<Long, ValueRepository.Plain>> byTerritory(
                long indicatorId, List<Period> periods, Collection<Long> ids) {
            return byTerritory(indicatorId, periods, ids, v -> v, 16);
        }

        /** The values of the units per period, each turned into what the caller keeps. */
        private <T> Map<Period, Map<Long, T>> byTerritory(
                long indicatorId,
                List<Period> periods,
                Collection<Long> ids,
                java.util.function.Function<ValueRepository.Plain, T> as,
                int expected) {
            Map<String, Period> byText = new HashMap<>();
            periods.forEach(p -> byText.put(p.toString(), p));
            Set<Long> wanted = ids instanceof Set<Long> set ? set : new HashSet<>(ids);
            boolean inMemory = ids.size() > FILTER_IN_MEMORY_ABOVE;
            int capacity = periods.size() == 1 ? expected * 4 / 3 + 1 : 16;
            Map<Period, Map<Long, T>> map = new HashMap<>();
            repository.plainValues(indicatorId, byText.keySet(), inMemory ? null : ids, (period, v) -> {
                if (!inMemory || wanted.contains(v.territoryId())) {
                    map.computeIfAbsent(byText.get(period), p -> new HashMap<>(capacity))
                            .put(v.territoryId(), as.apply(v));
                }
            });
            return map;
        }

        /** A count that may be added: the figure, 0 for '-', nothing for withheld or absent figures. */
        private static BigDecimal plain(ValueRepository.Plain v) {
            if (v == null) {
                return null;
            }
            if (v.status() == StatusSymbol.NOTHING) {
                return BigDecimal.ZERO;
            }
            return v.status() == null ? v.value() : null;
        }
    }

    /** Whether the rule can hide anything at all; without limits the engine hides nothing, so no table is built. */
    private static boolean hasLimits(ConfidentialityRule rule) {
        return rule.minimumCount() != null || rule.minimumDenominator() != null;
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
            return shown(t, period, cells.get(t.id()), suppressed.contains(t.id()), audience);
        }

        private static IndicatorReadModel.ShownValue shown(
                Territory t, Period period, Cell c, boolean suppressed, IndicatorReadModel.Audience audience) {
            if (c == null) {
                return new IndicatorReadModel.ShownValue(t, period, null, null, false, false);
            }
            boolean hidden = suppressed || c.withheld();
            boolean permitted = audience == IndicatorReadModel.Audience.PERMITTED;
            return new IndicatorReadModel.ShownValue(
                    t, period, hidden && !permitted ? null : c.value(), c.status(), hidden, hidden && permitted);
        }
    }
}
