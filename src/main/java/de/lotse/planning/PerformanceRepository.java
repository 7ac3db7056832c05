package de.lotse.planning;

import de.lotse.indicator.Period;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code performance_measure} and {@code performance_value}, and the measure they belong to. */
@Repository
class PerformanceRepository {

    private final JdbcClient jdbc;

    PerformanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measure's code, title and lead organisation. */
    record MeasureHead(long id, String code, String title, Long leadOrganisationId) {}

    Optional<MeasureHead> measure(long id) {
        return jdbc.sql("SELECT id, code, title, lead_organisation_id FROM measure WHERE id = ?")
                .param(id)
                .query((rs, row) -> new MeasureHead(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getObject("lead_organisation_id", Long.class)))
                .optional();
    }

    /** The measure's performance measures in the order of the questions, then their positions. */
    List<PerformanceMeasure> measures(long measureId) {
        return jdbc.sql("""
                        SELECT id, measure_id, question, position, name, unit FROM performance_measure
                         WHERE measure_id = ?
                         ORDER BY CASE question WHEN 'HOW_MUCH' THEN 1 WHEN 'HOW_WELL' THEN 2 ELSE 3 END, position""")
                .param(measureId)
                .query(PerformanceRepository::measure)
                .list();
    }

    /** The values of the measure's performance measures (unordered). */
    List<PerformanceValue> values(long measureId) {
        return jdbc.sql("""
                        SELECT v.performance_measure_id, v.period, v.value, v.note, v.entered_at, v.entered_by
                          FROM performance_value v JOIN performance_measure p ON p.id = v.performance_measure_id
                         WHERE p.measure_id = ?""")
                .param(measureId)
                .query(PerformanceRepository::value)
                .list();
    }

    Optional<PerformanceValue> value(long performanceMeasureId, Period period) {
        return jdbc.sql("""
                        SELECT performance_measure_id, period, value, note, entered_at, entered_by
                          FROM performance_value WHERE performance_measure_id = ? AND period = ?""")
                .params(performanceMeasureId, period.toString())
                .query(PerformanceRepository::value)
                .optional();
    }

    long insert(long measureId, PerformanceMeasureDraft d) {
        return jdbc.sql("""
                        INSERT INTO performance_measure (measure_id, question, position, name, unit)
                        VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM performance_measure
                                        WHERE measure_id = ?), ?, ?) RETURNING id""")
                .params(measureId, d.question().name(), measureId, d.name(), d.unit())
                .query(Long.class)
                .single();
    }

    Optional<PerformanceMeasure> find(long id) {
        return jdbc.sql("SELECT id, measure_id, question, position, name, unit FROM performance_measure WHERE id = ?")
                .param(id)
                .query(PerformanceRepository::measure)
                .optional();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM performance_measure WHERE id = ?").param(id).update();
    }

    /** Inserts the value of the period, or replaces the stored one. */
    void upsert(long performanceMeasureId, Period period, BigDecimal value, String note, String actor) {
        jdbc.sql("""
                        INSERT INTO performance_value (performance_measure_id, period, value, note, entered_by)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (performance_measure_id, period) DO UPDATE
                           SET value = EXCLUDED.value, note = EXCLUDED.note, entered_at = now(),
                               entered_by = EXCLUDED.entered_by""")
                .params(performanceMeasureId, period.toString(), value, note, actor)
                .update();
    }

    private static PerformanceMeasure measure(ResultSet rs, int row) throws SQLException {
        return new PerformanceMeasure(
                rs.getLong("id"),
                rs.getLong("measure_id"),
                PerformanceQuestion.valueOf(rs.getString("question")),
                rs.getInt("position"),
                rs.getString("name"),
                rs.getString("unit"));
    }

    private static PerformanceValue value(ResultSet rs, int row) throws SQLException {
        return new PerformanceValue(
                rs.getLong("performance_measure_id"),
                Period.parse(rs.getString("period")),
                rs.getBigDecimal("value"),
                rs.getString("note"),
                rs.getTimestamp("entered_at").toInstant(),
                rs.getString("entered_by"));
    }
}
