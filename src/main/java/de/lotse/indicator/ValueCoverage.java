package de.lotse.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which periods and which territories an indicator has values for, to offer them in forms and lists. Reads only keys
 * of the value store, never a figure: figures are shown through {@link IndicatorReadModel} alone. A ratio counts as
 * covered where its own values are stored or where both its numerator and its denominator are (the read model computes
 * it there).
 */
@Service
@Transactional(readOnly = true)
public class ValueCoverage {

    private final JdbcClient jdbc;
    private final IndicatorCatalog catalog;

    ValueCoverage(JdbcClient jdbc, IndicatorCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The periods with at least one value (anywhere), oldest first. */
    public List<Period> periods(IndicatorKey key) {
        Indicator indicator = catalog.get(key);
        Set<Period> periods = new TreeSet<>(ownPeriods(key));
        if (indicator.definition().formula() instanceof Formula.Ratio ratio) {
            Set<Period> both = new TreeSet<>(ownPeriods(ratio.numerator()));
            both.retainAll(new TreeSet<>(ownPeriods(ratio.denominator())));
            periods.addAll(both);
        }
        return new ArrayList<>(periods);
    }

    /** The keys of the indicators with at least one value (or status symbol) for the territory. */
    public Set<IndicatorKey> indicatorsWithValues(long territoryId) {
        Set<IndicatorKey> keys = new TreeSet<>(jdbc.sql("""
                        SELECT i.key FROM indicator i
                         WHERE EXISTS (SELECT 1 FROM indicator_value v
                                        WHERE v.indicator_id = i.id AND v.territory_id = ?)""")
                .param(territoryId)
                .query((rs, n) -> new IndicatorKey(rs.getString(1)))
                .list());
        for (Indicator indicator : catalog.list(IndicatorFilter.all())) {
            if (indicator.definition().formula() instanceof Formula.Ratio ratio
                    && keys.contains(ratio.numerator())
                    && keys.contains(ratio.denominator())) {
                keys.add(indicator.key());
            }
        }
        return keys;
    }

    private List<Period> ownPeriods(IndicatorKey key) {
        // the canonical period text is in the cross-section index (indicator_id, period, territory_id)
        return jdbc.sql("""
                        SELECT DISTINCT v.period FROM indicator_value v
                         WHERE v.indicator_id = (SELECT i.id FROM indicator i WHERE i.key = ?)""")
                .param(key.value())
                .query((rs, n) -> Period.parse(rs.getString(1)))
                .list();
    }
}
