package de.lotse.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the measures of a strategy with their status reports and fields of action (plain SQL on the tables of the
 * planning schema) and reconstructs their state at a date with {@link MeasureSnapshot#at}.
 */
@Component
class MeasureSnapshots {

    /** The zone in which "the day a measure was last changed" is counted: the county's. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final JdbcClient jdbc;

    MeasureSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state of every measure of the strategy at the date, in the strategy's order. */
    List<MeasureSnapshot> at(long strategyId, LocalDate asOf) {
        Map<Long, List<MeasureSnapshot.FieldRef>> fields = fields(strategyId);
        Map<Long, List<MeasureSnapshot.Report>> reports = reports(strategyId);
        List<MeasureSnapshot.Recorded> measures = jdbc.sql("""
                        SELECT m.id, m.code, m.title, m.position, m.status, m.progress, m.updated_at, m.start_date,
                               m.deadline, m.budget_planned, m.budget_approved, m.budget_spent,
                               coalesce(o.name, m.lead_note) AS lead
                          FROM measure m LEFT JOIN organisation o ON o.id = m.lead_organisation_id
                         WHERE m.strategy_id = ?
                         ORDER BY m.position, m.id""")
                .param(strategyId)
                .query((rs, n) -> recorded(rs, fields.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        return measures.stream()
                .map(m -> MeasureSnapshot.at(m, reports.getOrDefault(m.id(), List.of()), asOf))
                .toList();
    }

    private Map<Long, List<MeasureSnapshot.FieldRef>> fields(long strategyId) {
        Map<Long, List<MeasureSnapshot.FieldRef>> fields = new HashMap<>();
        jdbc.sql("""
                        SELECT mf.measure_id, f.id, f.code, f.title, f.position
                          FROM measure_field mf
                          JOIN field_of_action f ON f.id = mf.field_id
                          JOIN measure m ON m.id = mf.measure_id
                         WHERE m.strategy_id = ?
                         ORDER BY f.position, f.id""").param(strategyId).query(rs -> {
            fields.computeIfAbsent(rs.getLong("measure_id"), id -> new ArrayList<>())
                    .add(new MeasureSnapshot.FieldRef(
                            rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getInt("position")));
        });
        return fields;
    }

    private Map<Long, List<MeasureSnapshot.Report>> reports(long strategyId) {
        Map<Long, List<MeasureSnapshot.Report>> reports = new HashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.measure_id, r.as_of, r.author, r.status, r.progress, r.text
                          FROM measure_status_report r JOIN measure m ON m.id = r.measure_id
                         WHERE m.strategy_id = ?
                         ORDER BY r.measure_id, r.as_of, r.id""").param(strategyId).query(rs -> {
            reports.computeIfAbsent(rs.getLong("measure_id"), id -> new ArrayList<>())
                    .add(new MeasureSnapshot.Report(
                            rs.getLong("id"),
                            rs.getObject("as_of", LocalDate.class),
                            rs.getString("author"),
                            MeasureStatus.valueOf(rs.getString("status")),
                            rs.getInt("progress"),
                            rs.getString("text")));
        });
        return reports;
    }

    private static MeasureSnapshot.Recorded recorded(ResultSet rs, List<MeasureSnapshot.FieldRef> fields)
            throws SQLException {
        return new MeasureSnapshot.Recorded(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getInt("position"),
                fields,
                rs.getString("lead"),
                MeasureStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"),
                rs.getTimestamp("updated_at").toInstant().atZone(ZONE).toLocalDate(),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getBigDecimal("budget_planned"),
                rs.getBigDecimal("budget_approved"),
                rs.getBigDecimal("budget_spent"));
    }
}
