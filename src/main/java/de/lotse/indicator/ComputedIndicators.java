package de.lotse.indicator;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Materialises computed indicators (ratios and expressions): evaluates them for every territory and period in which
 * all their inputs have a value and stores the results in the value store, with a provenance that names the inputs
 * (e.g. {@code berechnet aus sgb2-unter-15 / bevoelkerung-unter-15 × 100}). Stored results are read, compared, revised
 * and suppressed like any imported value (ADR 0008).
 *
 * <p>Evaluation is set-based: one query per input indicator, the formula applied in memory with the same rules as
 * {@link IndicatorComputation#evaluate} (a missing input gives no value, never zero; {@code -} counts as 0; the
 * strongest status symbol of the inputs is kept; a division by zero gives {@code x}), one batch write per indicator.
 * Indicators computed from other computed indicators are evaluated after them. A stored result whose inputs are gone
 * (e.g. after the formula changed) is moved into the revision history.
 *
 * <p>Called after every committed statistics import, after the bundled data are loaded and when a computed
 * indicator is created or its formula changes; always in the caller's transaction, so that results and inputs are
 * committed together.
 */
@Service
@Transactional
public class ComputedIndicators {

    /** Start of the provenance of every materialised value. */
    static final String PROVENANCE_PREFIX = "berechnet aus ";

    /** Decimal places kept of a computed figure (the most an indicator shows). */
    private static final int SCALE = 6;

    private static final Logger log = LoggerFactory.getLogger(ComputedIndicators.class);

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ThreadLocal<Set<IndicatorKey>> deferred = new ThreadLocal<>();

    ComputedIndicators(
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            JdbcClient jdbc,
            AuditTrail audit) {
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What a recomputation did. */
    public record Outcome(int indicators, int created, int changed, int unchanged, int retracted) {

        static final Outcome NONE = new Outcome(0, 0, 0, 0, 0);

        Outcome plus(Outcome other) {
            return new Outcome(
                    indicators + other.indicators,
                    created + other.created,
                    changed + other.changed,
                    unchanged + other.unchanged,
                    retracted + other.retracted);
        }
    }

    /** Recomputes the computed indicators that depend, directly or through others, on the written values. */
    public Outcome recomputeAfter(Collection<NewValue> written) {
        Set<IndicatorKey> keys = new LinkedHashSet<>();
        written.forEach(v -> keys.add(v.indicator()));
        return recomputeDependentsOf(keys);
    }

    /**
     * Recomputes every computed indicator that is among the keys or depends on one of them, directly or through other
     * computed indicators, inputs before the indicators computed from them.
     */
    public Outcome recomputeDependentsOf(Collection<IndicatorKey> changed) {
        Set<IndicatorKey> pending = deferred.get();
        if (pending != null) {
            pending.addAll(changed);
            return Outcome.NONE;
        }
        if (changed.isEmpty()) {
            return Outcome.NONE;
        }
        Map<IndicatorKey, Indicator> computed = new LinkedHashMap<>();
        catalog.list(IndicatorFilter.all()).stream()
                .filter(i -> !(i.definition().formula() instanceof Formula.Raw))
                .forEach(i -> computed.put(i.key(), i));
        Set<IndicatorKey> affected = new LinkedHashSet<>();
        List<IndicatorKey> queue = new ArrayList<>(changed);
        while (!queue.isEmpty()) {
            IndicatorKey key = queue.removeFirst();
            if (computed.containsKey(key) && affected.add(key)) {
                queue.add(key);
            }
            computed.values().stream()
                    .filter(i -> i.definition().formula().references().contains(key))
                    .map(Indicator::key)
                    .filter(affected::add)
                    .forEach(queue::add);
        }
        Outcome outcome = Outcome.NONE;
        for (IndicatorKey key : inDependencyOrder(affected, computed)) {
            outcome = outcome.plus(materialise(computed.get(key)));
        }
        return outcome;
    }

    /** Recomputes all computed indicators. */
    public Outcome recomputeAll() {
        Set<IndicatorKey> all = new LinkedHashSet<>();
        catalog.list(IndicatorFilter.all()).stream()
                .filter(i -> !(i.definition().formula() instanceof Formula.Raw))
                .forEach(i -> all.add(i.key()));
        return recomputeDependentsOf(all);
    }

    /**
     * Runs the work with recomputation deferred and returns the indicators its writes changed, so that the caller can
     * recompute their dependents once at its end ({@link #recomputeDependentsOf}) instead of after each import, e.g.
     * after all files of the bundled data. Starts no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Set<IndicatorKey> collectingChanges(Runnable work) {
        if (deferred.get() != null) {
            throw new IllegalStateException("Changes are already being collected on this thread");
        }
        Set<IndicatorKey> pending = new LinkedHashSet<>();
        deferred.set(pending);
        try {
            work.run();
        } finally {
            deferred.remove();
        }
        return pending;
    }

    /** A computed indicator was created or its formula changed: its values are recomputed at once. */
    @EventListener
    void on(IndicatorCatalog.ComputedIndicatorDefined event) {
        recomputeDependentsOf(Set.of(event.key()));
    }

    /** The keys in an order in which every computed input comes before the indicators computed from it. */
    private static List<IndicatorKey> inDependencyOrder(Set<IndicatorKey> keys, Map<IndicatorKey, Indicator> computed) {
        List<IndicatorKey> order = new ArrayList<>();
        Set<IndicatorKey> done = new HashSet<>();
        Set<IndicatorKey> remaining = new LinkedHashSet<>(keys);
        while (!remaining.isEmpty()) {
            List<IndicatorKey> ready = remaining.stream()
                    .filter(k -> computed.get(k).definition().formula().references().stream()
                            .noneMatch(input -> remaining.contains(input) && !done.contains(input)))
                    .toList();
            if (ready.isEmpty()) {
                log.warn("Computed indicators {} refer to each other in a cycle; they are not recomputed", remaining);
                break;
            }
            order.addAll(ready);
            done.addAll(ready);
            ready.forEach(remaining::remove);
        }
        return order;
    }

    /** A stored figure of an input or of the indicator itself. */
    private record Stored(long id, BigDecimal value, StatusSymbol status, String sourceFile) {}

    private record Cell(long territoryId, String period) {}

    private Outcome materialise(Indicator indicator) {
        Set<IndicatorKey> inputs = indicator.definition().formula().references();
        Map<IndicatorKey, Map<Cell, Stored>> figures = new HashMap<>();
        Map<Cell, Stored> smallest = null;
        for (IndicatorKey input : inputs) {
            Map<Cell, Stored> stored = stored(input);
            figures.put(input, stored);
            if (smallest == null || stored.size() < smallest.size()) {
                smallest = stored;
            }
        }
        Map<Cell, Stored> own = stored(indicator.key());
        Map<Long, Territory> units = territories.findAllById(smallest == null ? Set.of() : territoryIds(smallest));
        Set<TerritoryLevel> levels = indicator.definition().levels();
        Provenance provenance = new Provenance(null, provenance(indicator), null);
        List<NewValue> results = new ArrayList<>();
        Set<Cell> computedCells = new HashSet<>();
        for (Cell cell : smallest == null ? Set.<Cell>of() : smallest.keySet()) {
            Territory unit = units.get(cell.territoryId());
            if (unit == null || (!levels.isEmpty() && !levels.contains(unit.level()))) {
                continue;
            }
            NewValue result = evaluate(indicator, cell, figures);
            if (result != null) {
                results.add(result.from(provenance));
                computedCells.add(cell);
            }
        }
        WriteReport written;
        try {
            written = results.isEmpty() ? new WriteReport(0, 0, 0) : values.write(results);
        } catch (InvalidValuesException e) {
            log.warn("Computed indicator {} could not be stored: {}", indicator.key(), e.getMessage());
            return Outcome.NONE;
        }
        int retracted = retract(indicator, own, computedCells);
        return new Outcome(1, written.created(), written.changed(), written.unchanged(), retracted);
    }

    private static Set<Long> territoryIds(Map<Cell, Stored> cells) {
        Set<Long> ids = new HashSet<>();
        cells.keySet().forEach(c -> ids.add(c.territoryId()));
        return ids;
    }

    /** The result for one cell, or {@code null} if an input has no value there. */
    private static NewValue evaluate(Indicator indicator, Cell cell, Map<IndicatorKey, Map<Cell, Stored>> figures) {
        List<StatusSymbol> statuses = new ArrayList<>();
        Map<IndicatorKey, BigDecimal> usable = new HashMap<>();
        boolean complete = true;
        for (Map.Entry<IndicatorKey, Map<Cell, Stored>> input : figures.entrySet()) {
            Stored stored = input.getValue().get(cell);
            if (stored == null) {
                return null; // a missing input gives no value, never zero
            }
            statuses.add(stored.status());
            BigDecimal figure = stored.status() == StatusSymbol.NOTHING ? BigDecimal.ZERO : stored.value();
            if (figure == null) {
                complete = false;
            } else {
                usable.put(input.getKey(), figure);
            }
        }
        StatusSymbol status = IndicatorComputation.strongest(statuses);
        Period period = Period.parse(cell.period());
        if (!complete) {
            // an input is withheld or not available: the result carries its symbol and no figure
            return status == null ? null : NewValue.symbol(indicator.key(), cell.territoryId(), period, status);
        }
        BigDecimal value = IndicatorComputation.apply(indicator, usable);
        if (value == null) {
            return NewValue.symbol(indicator.key(), cell.territoryId(), period, StatusSymbol.NOT_MEANINGFUL);
        }
        value = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return new NewValue(indicator.key(), cell.territoryId(), period, value, status, null, null);
    }

    /** Moves stored results whose inputs are gone into the revision history. */
    private int retract(Indicator indicator, Map<Cell, Stored> own, Set<Cell> computedCells) {
        List<Long> stale = own.entrySet().stream()
                .filter(e -> !computedCells.contains(e.getKey()))
                .filter(e -> e.getValue().sourceFile() != null
                        && e.getValue().sourceFile().startsWith(PROVENANCE_PREFIX))
                .map(e -> e.getValue().id())
                .toList();
        if (stale.isEmpty()) {
            return 0;
        }
        String actor = Actors.currentUsername();
        jdbc.sql("""
                        INSERT INTO indicator_value_revision (indicator_id, indicator_version, territory_id, period,
                               period_kind, period_start, period_end, value, status, quality, import_id, source_file,
                               source_line, recorded_by, recorded_at, superseded_by)
                        SELECT indicator_id, indicator_version, territory_id, period, period_kind, period_start,
                               period_end, value, status, quality, import_id, source_file, source_line, recorded_by,
                               recorded_at, :actor
                          FROM indicator_value WHERE id IN (:ids)""").param("actor", actor).param("ids", stale).update();
        jdbc.sql("DELETE FROM indicator_value WHERE id IN (:ids)")
                .param("ids", stale)
                .update();
        audit.record(
                "INDICATOR_VALUES_RETRACTED",
                IndicatorCatalog.AUDIT_TYPE,
                indicator.key().value(),
                "Berechnete Werte des Indikators „" + indicator.key()
                        + "“ zurückgezogen, weil ihre Eingangswerte fehlen: " + stale.size(),
                Map.of("retracted", stale.size()));
        return stale.size();
    }

    /** All stored values of one indicator, by cell. */
    private Map<Cell, Stored> stored(IndicatorKey key) {
        Map<Cell, Stored> cells = new HashMap<>();
        jdbc.sql("""
                        SELECT v.id, v.territory_id, v.period, v.value, v.status, v.source_file
                          FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                         WHERE i.key = ?""").param(key.value()).query((RowCallbackHandler) rs -> cells.put(
                new Cell(rs.getLong(2), rs.getString(3)),
                new Stored(
                        rs.getLong(1),
                        rs.getBigDecimal(4),
                        rs.getString(5) == null
                                ? null
                                : StatusSymbol.of(rs.getString(5)).orElse(null),
                        rs.getString(6))));
        return cells;
    }

    /** How the values came about, e.g. {@code berechnet aus sgb2-unter-15 / bevoelkerung-unter-15 × 100}. */
    static String provenance(Indicator indicator) {
        String text = PROVENANCE_PREFIX
                + switch (indicator.definition().formula()) {
                    case Formula.Ratio r ->
                        r.numerator() + " / " + r.denominator() + " × "
                                + r.factor().toPlainString();
                    case Formula.Expression e -> e.text().replace("{", "").replace("}", "");
                    case Formula.Raw raw -> indicator.key().value();
                };
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
