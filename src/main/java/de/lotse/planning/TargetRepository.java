package de.lotse.planning;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
                rs.getObject("target_date", java.time.LocalDate.class),
                rs.getString("description"),
                rs.getString("source_note"),
                rs.getLong("version"),
                updatedAt == null ? null : updatedAt.toInstant(),
                rs.getString("updated_by"));
    }
}
