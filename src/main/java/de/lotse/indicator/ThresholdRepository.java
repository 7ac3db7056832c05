package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code indicator_threshold}, and the latest period of an indicator below a territory: plain SQL. */
@Repository
class ThresholdRepository {

    private static final String SELECT = """
            SELECT t.id, i.key, t.kind, t.direction, t.limit_value, t.scope_territory_id, t.scope_level, t.severity,
                   t.note, t.version, t.created_at, t.created_by, t.updated_at, t.updated_by
              FROM indicator_threshold t
              JOIN indicator i ON i.id = t.indicator_id
            """;

    private final JdbcClient jdbc;

    ThresholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the table; the scope territory by id. */
    record Row(
            long id,
            IndicatorKey indicator,
            ThresholdRule rule,
            Long scopeTerritoryId,
            TerritoryLevel scopeLevel,
            Threshold.Severity severity,
            String note,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {}

    /** The values of a row to write. */
    record Values(
            ThresholdRule rule,
            Long scopeTerritoryId,
            TerritoryLevel scopeLevel,
            Threshold.Severity severity,
            String note) {}

    List<Row> list(IndicatorKey indicator) {
        return jdbc.sql(SELECT + " WHERE i.key = ? ORDER BY t.id")
                .param(indicator.value())
                .query(ThresholdRepository::map)
                .list();
    }

    List<Row> all() {
        return jdbc.sql(SELECT + " ORDER BY i.key, t.id")
                .query(ThresholdRepository::map)
                .list();
    }

    Optional<Row> find(IndicatorKey indicator, long id) {
        return jdbc.sql(SELECT + " WHERE i.key = ? AND t.id = ?")
                .params(indicator.value(), id)
                .query(ThresholdRepository::map)
                .optional();
    }

    /** The current version of a threshold, locking its row until the end of the transaction. */
    Optional<Long> lockVersion(IndicatorKey indicator, long id) {
        return jdbc.sql("""
                        SELECT t.version FROM indicator_threshold t JOIN indicator i ON i.id = t.indicator_id
                         WHERE i.key = ? AND t.id = ? FOR UPDATE OF t""").params(indicator.value(), id).query(Long.class).optional();
    }

    long insert(long indicatorId, Values values, String actor) {
        return jdbc.sql("""
                        INSERT INTO indicator_threshold (indicator_id, kind, direction, limit_value,
                               scope_territory_id, scope_level, severity, note, created_by, updated_by)
                        VALUES (:indicator, :kind, :direction, :limit, :scopeTerritory, :scopeLevel, :severity, :note,
                                :actor, :actor)
                        RETURNING id""")
                .param("indicator", indicatorId)
                .params(parameters(values))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    void update(long id, Values values, String actor) {
        jdbc.sql("""
                        UPDATE indicator_threshold
                           SET kind = :kind, direction = :direction, limit_value = :limit,
                               scope_territory_id = :scopeTerritory, scope_level = :scopeLevel, severity = :severity,
                               note = :note, version = version + 1, updated_at = now(), updated_by = :actor
                         WHERE id = :id""")
                .param("id", id)
                .params(parameters(values))
                .param("actor", actor)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM indicator_threshold WHERE id = ?").param(id).update();
    }

    /**
     * The latest period (by last day, then first day) in which the indicator has a stored number for any of the given
     * territories. Only the period is read here, never a value: values are read through {@link IndicatorReadModel}.
     */
    Optional<Period> latestPeriod(long indicatorId, java.util.Collection<Long> territoryIds) {
        if (territoryIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT period_kind, period_start
                          FROM indicator_value
                         WHERE indicator_id = :indicator AND territory_id IN (:territories) AND value IS NOT NULL
                         ORDER BY period_end DESC, period_start DESC
                         LIMIT 1""")
                .param("indicator", indicatorId)
                .param("territories", territoryIds)
                .query((rs, n) -> new Period(
                        Period.Kind.valueOf(rs.getString("period_kind")),
                        rs.getDate("period_start").toLocalDate()))
                .optional();
    }

    private static java.util.Map<String, Object> parameters(Values values) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("kind", values.rule().kind().name());
        p.put("direction", values.rule().direction().name());
        p.put("limit", values.rule().limit());
        p.put("scopeTerritory", values.scopeTerritoryId());
        p.put(
                "scopeLevel",
                values.scopeLevel() == null ? null : values.scopeLevel().name());
        p.put("severity", values.severity().name());
        p.put("note", values.note());
        return p;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long scope = rs.getLong("scope_territory_id");
        Long scopeId = rs.wasNull() ? null : scope;
        String level = rs.getString("scope_level");
        return new Row(
                rs.getLong("id"),
                new IndicatorKey(rs.getString("key")),
                new ThresholdRule(
                        ThresholdRule.Kind.valueOf(rs.getString("kind")),
                        ThresholdRule.Direction.valueOf(rs.getString("direction")),
                        rs.getBigDecimal("limit_value")),
                scopeId,
                level == null ? null : TerritoryLevel.valueOf(level),
                Threshold.Severity.valueOf(rs.getString("severity")),
                rs.getString("note"),
                rs.getLong("version"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("updated_at")),
                rs.getString("updated_by"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
