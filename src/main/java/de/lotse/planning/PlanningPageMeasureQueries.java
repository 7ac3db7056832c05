package de.lotse.planning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The details of one measure for the measure page: plain SQL on the measure_* tables (V013). */
@Repository
class PlanningPageMeasureQueries {

    private final JdbcClient jdbc;

    PlanningPageMeasureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roles of the partners of a measure by organisation id (null when not named). */
    Map<Long, String> partnerRoles(long measureId) {
        Map<Long, String> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT organisation_id, role FROM measure_partner WHERE measure_id = ?")
                .param(measureId)
                .query(rs -> {
                    roles.put(rs.getLong(1), rs.getString(2));
                });
        return roles;
    }

    List<String> targetGroups(long measureId) {
        return jdbc.sql("SELECT name FROM measure_target_group WHERE measure_id = ? ORDER BY position")
                .param(measureId)
                .query(String.class)
                .list();
    }

    List<String> lifeStages(long measureId) {
        return jdbc.sql("SELECT life_stage FROM measure_life_stage WHERE measure_id = ? ORDER BY life_stage")
                .param(measureId)
                .query(String.class)
                .list();
    }

    List<PlanningPageViews.StatusReport> statusReports(long measureId) {
        return jdbc.sql("SELECT as_of, reported_at, author, status, progress, text FROM measure_status_report"
                        + " WHERE measure_id = ? ORDER BY as_of DESC, id DESC")
                .param(measureId)
                .query((rs, n) -> new PlanningPageViews.StatusReport(
                        date(rs, 1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        MeasureStatus.valueOf(rs.getString(4)),
                        rs.getInt(5),
                        rs.getString(6)))
                .list();
    }

    List<PlanningPageViews.CostItem> costItems(long measureId) {
        return jdbc.sql("SELECT category, label, planned, approved, spent FROM measure_cost_item"
                        + " WHERE measure_id = ? ORDER BY position")
                .param(measureId)
                .query((rs, n) -> new PlanningPageViews.CostItem(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    List<PlanningPageViews.Funding> fundings(long measureId) {
        return jdbc.sql("SELECT source, programme, period_start, period_end, share_percent, amount"
                        + " FROM measure_funding WHERE measure_id = ? ORDER BY period_start NULLS LAST, id")
                .param(measureId)
                .query((rs, n) -> new PlanningPageViews.Funding(
                        rs.getString(1),
                        rs.getString(2),
                        date(rs, 3),
                        date(rs, 4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    /** Trial sites: territory id, organisation id (both may be null) and description. */
    List<Object[]> trialSites(long measureId) {
        return jdbc.sql("SELECT territory_id, organisation_id, description FROM measure_trial_site"
                        + " WHERE measure_id = ? ORDER BY id")
                .param(measureId)
                .query((rs, n) -> new Object[] {
                    (Long) rs.getObject(1, Long.class), (Long) rs.getObject(2, Long.class), rs.getString(3)
                })
                .list();
    }

    List<PlanningPageViews.Link> links(long measureId) {
        return jdbc.sql("SELECT kind, label, paper_number, url FROM measure_link WHERE measure_id = ?"
                        + " ORDER BY kind DESC, id")
                .param(measureId)
                .query((rs, n) ->
                        new PlanningPageViews.Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
