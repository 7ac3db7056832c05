package de.lotse.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code evaluation_round}, {@code evaluation_measure_entry} and {@code evaluation_target_entry}: plain SQL;
 * the frozen states are JSON records ({@link MeasureSnapshot}, {@link EvaluationRoundTargetState}).
 */
@Repository
class EvaluationRoundRepository {

    private static final String ROUND = """
            SELECT id, strategy_id, title, as_of, frozen_at, frozen_by, note, version
              FROM evaluation_round
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EvaluationRoundRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<EvaluationRoundStrategy> strategy(String key) {
        return jdbc.sql("SELECT id, key, title FROM strategy WHERE key = ?")
                .param(key)
                .query((rs, n) ->
                        new EvaluationRoundStrategy(rs.getLong("id"), rs.getString("key"), rs.getString("title")))
                .optional();
    }

    Optional<EvaluationRoundStrategy> strategy(long id) {
        return jdbc.sql("SELECT id, key, title FROM strategy WHERE id = ?")
                .param(id)
                .query((rs, n) ->
                        new EvaluationRoundStrategy(rs.getLong("id"), rs.getString("key"), rs.getString("title")))
                .optional();
    }

    List<EvaluationRound> rounds(long strategyId) {
        return jdbc.sql(ROUND + " WHERE strategy_id = ? ORDER BY as_of DESC, id DESC")
                .param(strategyId)
                .query(EvaluationRoundRepository::round)
                .list();
    }

    Optional<EvaluationRound> round(long id) {
        return jdbc.sql(ROUND + " WHERE id = ?")
                .param(id)
                .query(EvaluationRoundRepository::round)
                .optional();
    }

    /** Locks the round for a change of its comments and returns its version. */
    Optional<Long> lock(long id) {
        return jdbc.sql("SELECT version FROM evaluation_round WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    boolean titleTaken(long strategyId, String title) {
        return jdbc.sql("SELECT count(*) FROM evaluation_round WHERE strategy_id = ? AND title = ?")
                        .params(strategyId, title)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(long strategyId, EvaluationRoundDraft draft, String actor) {
        return jdbc.sql("""
                        INSERT INTO evaluation_round (strategy_id, title, as_of, frozen_at, frozen_by, note, created_by)
                        VALUES (?, ?, ?, now(), ?, ?, ?) RETURNING id""")
                .params(
                        strategyId,
                        draft.title().strip(),
                        draft.asOf(),
                        actor,
                        draft.note() == null || draft.note().isBlank()
                                ? null
                                : draft.note().strip(),
                        actor)
                .query(Long.class)
                .single();
    }

    void insertMeasures(long roundId, List<MeasureSnapshot> states) {
        for (MeasureSnapshot s : states) {
            jdbc.sql(
                            "INSERT INTO evaluation_measure_entry (round_id, measure_id, state) VALUES (?, ?, CAST(? AS jsonb))")
                    .params(roundId, s.measureId(), json.writeValueAsString(s))
                    .update();
        }
    }

    void insertTargets(long roundId, List<EvaluationRoundTargetState> states) {
        for (EvaluationRoundTargetState s : states) {
            jdbc.sql("INSERT INTO evaluation_target_entry (round_id, target_id, state) VALUES (?, ?, CAST(? AS jsonb))")
                    .params(roundId, s.targetId(), json.writeValueAsString(s))
                    .update();
        }
    }

    List<EvaluationRoundMeasure> measures(long roundId) {
        return jdbc.sql("""
                        SELECT state::text AS state, comment, commented_by, commented_at
                          FROM evaluation_measure_entry WHERE round_id = ? ORDER BY measure_id""")
                .param(roundId)
                .query((rs, n) -> new EvaluationRoundMeasure(
                        json.readValue(rs.getString("state"), MeasureSnapshot.class),
                        rs.getString("comment"),
                        rs.getString("commented_by"),
                        instant(rs, "commented_at")))
                .list();
    }

    List<EvaluationRoundTarget> targets(long roundId) {
        return jdbc.sql("""
                        SELECT state::text AS state, comment, commented_by, commented_at
                          FROM evaluation_target_entry WHERE round_id = ? ORDER BY target_id""")
                .param(roundId)
                .query((rs, n) -> new EvaluationRoundTarget(
                        json.readValue(rs.getString("state"), EvaluationRoundTargetState.class),
                        rs.getString("comment"),
                        rs.getString("commented_by"),
                        instant(rs, "commented_at")))
                .list();
    }

    /** Sets one comment (null removes it), stamped with the round's new version; false when there is no entry. */
    boolean comment(long roundId, String kind, long id, String comment, long version, String actor) {
        String table = kind.equals("measure") ? "evaluation_measure_entry" : "evaluation_target_entry";
        String column = kind.equals("measure") ? "measure_id" : "target_id";
        return jdbc.sql("UPDATE " + table + " SET comment = ?, commented_in_version = ?, commented_at = now(),"
                                + " commented_by = ? WHERE round_id = ? AND " + column + " = ?")
                        .params(comment, version, actor, roundId, id)
                        .update()
                == 1;
    }

    void setVersion(long roundId, long version) {
        jdbc.sql("UPDATE evaluation_round SET version = ? WHERE id = ?")
                .params(version, roundId)
                .update();
    }

    /** The comments changed in a version after {@code version}, measures first. */
    List<EvaluationRoundStaleException.Change> commentsChangedAfter(long roundId, long version) {
        return jdbc.sql("""
                        SELECT 'measure' AS kind, measure_id AS id,
                               concat_ws(' ', nullif(state->>'code', ''), state->>'title') AS label, comment, commented_by,
                               commented_at, commented_in_version
                          FROM evaluation_measure_entry WHERE round_id = :round AND commented_in_version > :version
                        UNION ALL
                        SELECT 'target', target_id, state->>'title', comment, commented_by, commented_at,
                               commented_in_version
                          FROM evaluation_target_entry WHERE round_id = :round AND commented_in_version > :version
                         ORDER BY 1, 2""")
                .param("round", roundId)
                .param("version", version)
                .query((rs, n) -> new EvaluationRoundStaleException.Change(
                        rs.getString("kind"),
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getString("comment"),
                        rs.getString("commented_by"),
                        instant(rs, "commented_at")))
                .list();
    }

    private static EvaluationRound round(ResultSet rs, int n) throws SQLException {
        return new EvaluationRound(
                rs.getLong("id"),
                rs.getLong("strategy_id"),
                rs.getString("title"),
                rs.getObject("as_of", LocalDate.class),
                instant(rs, "frozen_at"),
                rs.getString("frozen_by"),
                rs.getString("note"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
