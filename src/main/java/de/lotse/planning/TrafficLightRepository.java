package de.lotse.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the traffic-light dashboard reads besides the evaluations: the strategy, its fields, where targets belong. */
@Repository
class TrafficLightRepository {

    private final JdbcClient jdbc;

    TrafficLightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StrategyHead(long id, String key, String title) {}

    record FieldHead(long id, String code, String title) {}

    /**
     * Where a target is shown: in a field of action ({@code fieldId} null for a measure without field).
     *
     * @param targetId the target
     * @param fieldId the field of action, or {@code null}
     * @param label the measure's code and title or the objective's title
     */
    record Placement(long targetId, Long fieldId, String label) {}

    Optional<StrategyHead> strategy(String key) {
        return jdbc.sql("SELECT id, key, title FROM strategy WHERE key = ?")
                .param(key)
                .query((rs, row) -> new StrategyHead(rs.getLong("id"), rs.getString("key"), rs.getString("title")))
                .optional();
    }

    List<FieldHead> fields(long strategyId) {
        return jdbc.sql("SELECT id, code, title FROM field_of_action WHERE strategy_id = ? ORDER BY position")
                .param(strategyId)
                .query((rs, row) -> new FieldHead(rs.getLong("id"), rs.getString("code"), rs.getString("title")))
                .list();
    }

    List<Placement> placements(long strategyId) {
        return jdbc.sql("""
                        SELECT t.id, o.field_id, o.title AS label
                          FROM target t JOIN objective o ON o.id = t.objective_id
                          JOIN field_of_action f ON f.id = o.field_id
                         WHERE f.strategy_id = :strategy
                        UNION ALL
                        SELECT t.id, mf.field_id, concat_ws(' ', m.code, m.title) AS label
                          FROM target t JOIN measure m ON m.id = t.measure_id
                          LEFT JOIN measure_field mf ON mf.measure_id = m.id
                         WHERE m.strategy_id = :strategy""")
                .param("strategy", strategyId)
                .query((rs, row) ->
                        new Placement(rs.getLong("id"), rs.getObject("field_id", Long.class), rs.getString("label")))
                .list();
    }
}
