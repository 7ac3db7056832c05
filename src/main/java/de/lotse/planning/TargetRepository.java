package de.lotse.planning;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code target}: plain SQL. */
@Repository
class TargetRepository {

    private static final String TARGET = """
            SELECT t.id, t.measure_id, t.objective_id, t.title, t.indicator_key, t.territory_id, t.target_group,
                   t.baseline_value, t.baseline_period, t.target_kind, t.target_value, t.target_date, t.description,
                   t.source_note, t.version, t.updated_at, t.updated_by
              FROM target t
            """;

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Target> find(long id) {
        return jdbc.sql(TARGET + " WHERE t.id = ?")
                .param(id)
                .query(TargetRepository::target)
                .optional();
    }

    /** The targets of a measure, in the order they were created. */
    List<Target> ofMeasure(long measureId) {
        return jdbc.sql(TARGET + " WHERE t.measure_id = ? ORDER BY t.id")
                .param(measureId)
                .query(TargetRepository::target)
                .list();
    }

    /** The targets of an objective, in the order they were created. */
    List<Target> ofObjective(long objectiveId) {
        return jdbc.sql(TARGET + " WHERE t.objective_id = ? ORDER BY t.id")
                .param(objectiveId)
                .query(TargetRepository::target)
                .list();
    }

    /**
     * The targets of a strategy: those of its objectives (in the order of fields and objectives), then those of its
     * measures (in the order of the measures).
     */
    List<Target> ofStrategy(long strategyId) {
        return jdbc.sql(TARGET + """
                         LEFT JOIN objective o ON o.id = t.objective_id
                         LEFT JOIN field_of_action f ON f.id = o.field_id
                         LEFT JOIN measure m ON m.id = t.measure_id
                        WHERE f.strategy_id = :strategy OR m.strategy_id = :strategy
                        ORDER BY t.measure_id IS NOT NULL, f.position, o.position, m.position, t.id""")
                .param("strategy", strategyId)
                .query(TargetRepository::target)
                .list();
    }

    List<Target> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(TARGET + " WHERE t.id IN (:ids) ORDER BY t.id")
                .param("ids", ids)
                .query(TargetRepository::target)
                .list();
    }

    /** All targets, by id. */
    List<Target> all() {
        return jdbc.sql(TARGET + " ORDER BY t.id")
                .query(TargetRepository::target)
                .list();
    }

    long insert(TargetDraft d, long territoryId, String actor) {
        return jdbc.sql("""
                        INSERT INTO target (measure_id, objective_id, title, indicator_key, territory_id, target_group,
                                            baseline_value, baseline_period, target_kind, target_value, target_date,
                                            description, source_note, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        d.measureId(),
                        d.objectiveId(),
                        d.title(),
                        d.indicatorKey(),
                        territoryId,
                        d.targetGroup(),
                        d.baselineValue(),
                        canonicalPeriod(d.baselinePeriod()),
                        d.kind().name(),
                        d.targetValue(),
                        d.targetDate(),
                        d.description(),
                        d.sourceNote(),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    /** Locks the target's row until the end of the transaction; its current version, empty if it does not exist. */
    Optional<Long> lockVersion(long id) {
        return jdbc.sql("SELECT version FROM target WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    /** Updates the content, raises the version and logs the changed fields. */
    void update(long id, long version, TargetDraft d, long territoryId, List<String> changed, String actor) {
        jdbc.sql("""
                        UPDATE target SET title = ?, indicator_key = ?, territory_id = ?, target_group = ?,
                                          baseline_value = ?, baseline_period = ?, target_kind = ?, target_value = ?,
                                          target_date = ?, description = ?, source_note = ?, version = ?,
                                          updated_at = now(), updated_by = ?
                         WHERE id = ?""")
                .params(
                        d.title(),
                        d.indicatorKey(),
                        territoryId,
                        d.targetGroup(),
                        d.baselineValue(),
                        canonicalPeriod(d.baselinePeriod()),
                        d.kind().name(),
                        d.targetValue(),
                        d.targetDate(),
                        d.description(),
                        d.sourceNote(),
                        version + 1,
                        actor,
                        id)
                .update();
        jdbc.sql("INSERT INTO target_change (target_id, version, changed_by, fields) VALUES (?, ?, ?, ?)")
                .params(id, version + 1, actor, String.join(",", changed))
                .update();
    }

    /** The changes of a target after a version, oldest first. */
    List<StaleTargetException.TargetChange> changesAfter(long id, long version) {
        return jdbc.sql("""
                        SELECT version, changed_at, changed_by, fields FROM target_change
                         WHERE target_id = ? AND version > ? ORDER BY version""")
                .params(id, version)
                .query((rs, row) -> new StaleTargetException.TargetChange(
                        rs.getLong("version"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        List.of(rs.getString("fields").split(","))))
                .list();
    }

    /** The measure or objective of a target, and its strategy. */
    Optional<TargetOwner> owner(Long measureId, Long objectiveId) {
        if (measureId != null) {
            return jdbc.sql("""
                            SELECT m.id, m.code, m.title, m.lead_organisation_id, s.id AS strategy_id, s.key, s.title
                                   AS strategy_title
                              FROM measure m JOIN strategy s ON s.id = m.strategy_id WHERE m.id = ?""")
                    .param(measureId)
                    .query((rs, row) -> new TargetOwner(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("title"),
                            rs.getObject("lead_organisation_id", Long.class),
                            null,
                            null,
                            null,
                            rs.getLong("strategy_id"),
                            rs.getString("key"),
                            rs.getString("strategy_title")))
                    .optional();
        }
        return jdbc.sql("""
                        SELECT o.id, o.title, f.title AS field_title, s.id AS strategy_id, s.key, s.title
                               AS strategy_title
                          FROM objective o JOIN field_of_action f ON f.id = o.field_id
                          JOIN strategy s ON s.id = f.strategy_id WHERE o.id = ?""")
                .param(objectiveId)
                .query((rs, row) -> new TargetOwner(
                        null,
                        null,
                        null,
                        null,
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("field_title"),
                        rs.getLong("strategy_id"),
                        rs.getString("key"),
                        rs.getString("strategy_title")))
                .optional();
    }

    boolean measureExists(long id) {
        return jdbc.sql("SELECT count(*) FROM measure WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean objectiveExists(long id) {
        return jdbc.sql("SELECT count(*) FROM objective WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String canonicalPeriod(String text) {
        return text == null ? null : Period.parse(text).toString();
    }

    static Target target(ResultSet rs, int row) throws SQLException {
        String baselinePeriod = rs.getString("baseline_period");
        Timestamp updatedAt = rs.getTimestamp("updated_at");
        return new Target(
                rs.getLong("id"),
                rs.getObject("measure_id", Long.class),
                rs.getObject("objective_id", Long.class),
                rs.getString("title"),
                IndicatorKey.of(rs.getString("indicator_key")),
                rs.getLong("territory_id"),
                rs.getString("target_group"),
                rs.getBigDecimal("baseline_value"),
                baselinePeriod == null ? null : Period.parse(baselinePeriod),
                TargetKind.valueOf(rs.getString("target_kind")),
                rs.getBigDecimal("target_value"),
                rs.getObject("target_date", LocalDate.class),
                rs.getString("description"),
                rs.getString("source_note"),
                rs.getLong("version"),
                updatedAt == null ? null : updatedAt.toInstant(),
                rs.getString("updated_by"));
    }
}
