package de.lotse.planning;

import de.lotse.planning.PlanningPageQueries.MeasureRow;
import de.lotse.planning.PlanningPageQueries.Pair;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries of the measure list: measures by filter and the choices of its filter form (plain SQL on V013). */
@Repository
class MeasureListQueries {

    private final JdbcClient jdbc;
    private final PlanningPageQueries queries;

    MeasureListQueries(JdbcClient jdbc, PlanningPageQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** Measures by a filter: {@code where} is a condition on {@code m} (and {@code s}, the strategy). */
    List<MeasureRow> measuresWhere(String where, Map<String, Object> params) {
        return jdbc.sql(PlanningPageQueries.MEASURE + " JOIN strategy s ON s.id = m.strategy_id WHERE " + where)
                .params(params)
                .query(PlanningPageQueries::measure)
                .list();
    }

    /** measure → field of action, through the objectives the measures serve. */
    List<Pair> measureFieldsViaObjectives(Collection<Long> measureIds) {
        return queries.pairs(
                "SELECT mo.measure_id, o.field_id FROM measure_objective mo JOIN objective o ON o.id = mo.objective_id"
                        + " WHERE mo.measure_id IN (:ids)",
                measureIds);
    }

    /**
     * All fields of action for the filter of the measure list: id, code, title and the strategy's title, by strategy
     * and document order.
     */
    List<String[]> fieldChoices() {
        return jdbc.sql("""
                        SELECT f.id, f.code, f.title, s.title FROM field_of_action f
                          JOIN strategy s ON s.id = f.strategy_id ORDER BY lower(s.title), s.id, f.position""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
    }

    /** Ids of the organisations that lead a measure. */
    List<Long> leadOrganisationIds() {
        return jdbc.sql("SELECT DISTINCT lead_organisation_id FROM measure WHERE lead_organisation_id IS NOT NULL")
                .query(Long.class)
                .list();
    }

    /** Ids of the organisations that are partner of a measure. */
    List<Long> partnerOrganisationIds() {
        return jdbc.sql("SELECT DISTINCT organisation_id FROM measure_partner")
                .query(Long.class)
                .list();
    }

    /** Ids of the territories measures are limited to. */
    List<Long> measureTerritoryIds() {
        return jdbc.sql("SELECT DISTINCT territory_id FROM measure_territory")
                .query(Long.class)
                .list();
    }
}
