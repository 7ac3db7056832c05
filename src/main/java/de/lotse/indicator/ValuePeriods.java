package de.lotse.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which periods an indicator may have values for among some territories: the periods of its stored values, and for a
 * computed indicator also the periods all its inputs have. These are candidates only (they say nothing about a value);
 * the values themselves are always read through {@link IndicatorReadModel}.
 */
@Repository
class ValuePeriods {

    private final JdbcClient jdbc;
    private final IndicatorCatalog catalog;

    ValuePeriods(JdbcClient jdbc, IndicatorCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The candidate periods, oldest first. */
    TreeSet<Period> periods(IndicatorKey key, Collection<Long> territoryIds) {
        return periods(key, territoryIds, new HashSet<>());
    }

    private TreeSet<Period> periods(IndicatorKey key, Collection<Long> territoryIds, Set<IndicatorKey> visiting) {
        TreeSet<Period> periods = new TreeSet<>();
        if (!visiting.add(key) || territoryIds.isEmpty()) {
            return periods;
        }
        Indicator indicator = catalog.find(key).orElse(null);
        if (indicator == null) {
            return periods;
        }
        periods.addAll(stored(indicator.id(), territoryIds));
        Set<IndicatorKey> inputs = indicator.definition().formula().references();
        TreeSet<Period> common = null;
        for (IndicatorKey input : inputs) {
            TreeSet<Period> of = periods(input, territoryIds, visiting);
            if (common == null) {
                common = of;
            } else {
                common.retainAll(of);
            }
        }
        if (common != null) {
            periods.addAll(common);
        }
        visiting.remove(key);
        return periods;
    }

    private List<Period> stored(long indicatorId, Collection<Long> territoryIds) {
        return jdbc.sql("""
                        SELECT DISTINCT period_kind, period_start FROM indicator_value
                         WHERE indicator_id = ? AND territory_id = ANY (?) AND value IS NOT NULL""")
                .params(indicatorId, territoryIds.toArray(Long[]::new))
                .query((rs, n) -> new Period(
                        Period.Kind.valueOf(rs.getString("period_kind")),
                        rs.getObject("period_start", LocalDate.class)))
                .list();
    }
}
