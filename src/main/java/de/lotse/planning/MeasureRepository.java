package de.lotse.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code measure} and the status log {@code measure_status_report}: plain SQL. The other tables of a measure:
 * {@link MeasureDetailsRepository}.
 */
@Repository
class MeasureRepository {

    private static final String MEASURE = """
            SELECT id, strategy_id, position, code, title, description, lead_organisation_id, lead_note, county_wide,
                   start_date, deadline, status, progress, budget_planned, budget_approved, budget_spent, model_trial,
                   source_note, example_data, version, updated_at, updated_by
              FROM measure m
            """;

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measure rows (without details) matching the filter, by strategy and position. */
    List<Row> list(MeasureFilter f, LocalDate today) {
        return jdbc.sql(MEASURE + """
                         WHERE (CAST(:strategy AS bigint) IS NULL OR strategy_id = :strategy)
                           AND (CAST(:status AS varchar) IS NULL OR status = :status)
                           AND (CAST(:field AS bigint) IS NULL
                                OR EXISTS (SELECT 1 FROM measure_field mf WHERE mf.measure_id = m.id
                                           AND mf.field_id = :field))
                           AND (CAST(:overdue AS boolean) IS NULL
                                OR (deadline IS NOT NULL AND deadline < :today
                                    AND status NOT IN ('DONE', 'ABANDONED')) = :overdue)
                         ORDER BY strategy_id, position""")
                .param("strategy", f.strategyId())
                .param("status", f.status() == null ? null : f.status().name())
                .param("field", f.fieldId())
                .param("overdue", f.overdue())
                .param("today", today)
                .query(MeasureRepository::row)
                .list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(MEASURE + " WHERE id = ?")
                .param(id)
                .query(MeasureRepository::row)
                .optional();
    }

    Optional<Long> lock(long id) {
        return jdbc.sql("SELECT version FROM measure WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    long insert(MeasureDraft d, String actor) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM measure WHERE strategy_id = ?")
                .param(d.strategyId())
                .query(Integer.class)
                .single();
        return jdbc.sql("""
                        INSERT INTO measure (strategy_id, position, code, title, description, lead_organisation_id,
                                             lead_note, county_wide, start_date, deadline, budget_planned,
                                             budget_approved, budget_spent, model_trial, source_note, example_data,
                                             created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        d.strategyId(),
                        position,
                        d.code(),
                        d.title(),
                        d.description(),
                        d.leadOrganisationId(),
                        d.leadNote(),
                        d.countyWide(),
                        d.startDate(),
                        d.deadline(),
                        euros(d.budget().planned()),
                        euros(d.budget().approved()),
                        euros(d.budget().spent()),
                        d.modelTrial(),
                        d.sourceNote(),
                        d.exampleData(),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    void update(long id, MeasureDraft d, String actor) {
        jdbc.sql("""
                        UPDATE measure
                           SET code = ?, title = ?, description = ?, lead_organisation_id = ?, lead_note = ?,
                               county_wide = ?, start_date = ?, deadline = ?, budget_planned = ?, budget_approved = ?,
                               budget_spent = ?, model_trial = ?, source_note = ?, example_data = ?,
                               version = version + 1, updated_at = now(), updated_by = ?
                         WHERE id = ?""")
                .params(
                        d.code(),
                        d.title(),
                        d.description(),
                        d.leadOrganisationId(),
                        d.leadNote(),
                        d.countyWide(),
                        d.startDate(),
                        d.deadline(),
                        euros(d.budget().planned()),
                        euros(d.budget().approved()),
                        euros(d.budget().spent()),
                        d.modelTrial(),
                        d.sourceNote(),
                        d.exampleData(),
                        actor,
                        id)
                .update();
    }

    /** Stores the status and progress of a new report with the report itself, and raises the version. */
    long addStatusReport(long measureId, StatusReport r, String actor) {
        jdbc.sql("""
                        UPDATE measure SET status = ?, progress = ?, version = version + 1, updated_at = now(),
                               updated_by = ? WHERE id = ?""").params(r.status().name(), r.progress(), actor, measureId).update();
        return jdbc.sql("""
                        INSERT INTO measure_status_report (measure_id, as_of, author, status, progress, text)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(measureId, r.asOf(), r.author(), r.status().name(), r.progress(), r.text())
                .query(Long.class)
                .single();
    }

    /** The status log of a measure, oldest first (by the day it speaks about, then by entry). */
    List<StatusReport> statusReports(long measureId) {
        return statusReports(List.of(measureId));
    }

    /** The status logs of many measures, each oldest first. */
    List<StatusReport> statusReports(java.util.Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, measure_id, reported_at, as_of, author, status, progress, text
                          FROM measure_status_report WHERE measure_id IN (:ids) ORDER BY measure_id, as_of, id""")
                .param("ids", measureIds)
                .query((rs, n) -> new StatusReport(
                        rs.getLong("id"),
                        rs.getLong("measure_id"),
                        rs.getTimestamp("reported_at").toInstant(),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getString("author"),
                        MeasureStatus.valueOf(rs.getString("status")),
                        rs.getInt("progress"),
                        rs.getString("text")))
                .list();
    }

    static BigDecimal euros(Money money) {
        return money == null ? null : money.euros();
    }

    /** The columns of a measure row. */
    record Row(
            long id,
            long strategyId,
            int position,
            String code,
            String title,
            String description,
            Long leadOrganisationId,
            String leadNote,
            boolean countyWide,
            LocalDate startDate,
            LocalDate deadline,
            MeasureStatus status,
            int progress,
            Budget budget,
            boolean modelTrial,
            String sourceNote,
            boolean exampleData,
            long version,
            java.time.Instant updatedAt,
            String updatedBy) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("strategy_id"),
                rs.getInt("position"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getObject("lead_organisation_id", Long.class),
                rs.getString("lead_note"),
                rs.getBoolean("county_wide"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                MeasureStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"),
                new Budget(
                        Money.ofNullable(rs.getBigDecimal("budget_planned")),
                        Money.ofNullable(rs.getBigDecimal("budget_approved")),
                        Money.ofNullable(rs.getBigDecimal("budget_spent"))),
                rs.getBoolean("model_trial"),
                rs.getString("source_note"),
                rs.getBoolean("example_data"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
