package de.lotse.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code strategy} and {@code strategy_section}: plain SQL. Fields of action: {@link FieldRepository}. */
@Repository
class StrategyRepository {

    private static final String STRATEGY = """
            SELECT id, key, type, title, subtitle, territory_id, edition, status, adopted_by_body_id, adopted_on,
                   decision_paper, steering_body_id, lead_organisation_id, period_start, period_end, summary,
                   predecessor_id, source_note, example_data, version, updated_at, updated_by,
                   ARRAY(SELECT s.id FROM strategy s WHERE s.predecessor_id = strategy.id ORDER BY s.id) AS successors
              FROM strategy
            """;

    private final JdbcClient jdbc;

    StrategyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All strategies without sections and fields, newest adoption first, then by title. */
    List<Strategy> all() {
        return jdbc.sql(STRATEGY + " ORDER BY adopted_on DESC NULLS LAST, lower(title), id")
                .query(StrategyRepository::strategy)
                .list();
    }

    Optional<Strategy> find(long id) {
        return jdbc.sql(STRATEGY + " WHERE id = ?")
                .param(id)
                .query(StrategyRepository::strategy)
                .optional();
    }

    Optional<Strategy> find(String key) {
        return jdbc.sql(STRATEGY + " WHERE key = ?")
                .param(key)
                .query(StrategyRepository::strategy)
                .optional();
    }

    boolean keyTaken(String key) {
        return jdbc.sql("SELECT count(*) FROM strategy WHERE key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(StrategyDraft d, String actor) {
        return jdbc.sql("""
                        INSERT INTO strategy (key, type, title, subtitle, territory_id, edition, status,
                                              adopted_by_body_id, adopted_on, decision_paper, steering_body_id,
                                              lead_organisation_id, period_start, period_end, summary, predecessor_id,
                                              source_note, example_data, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        d.key(),
                        d.type().name(),
                        d.title(),
                        d.subtitle(),
                        d.territoryId(),
                        d.edition(),
                        d.status().name(),
                        d.decision().bodyId(),
                        d.decision().date(),
                        paper(d),
                        d.steeringBodyId(),
                        d.leadOrganisationId(),
                        d.periodStart(),
                        d.periodEnd(),
                        d.summary(),
                        d.predecessorId(),
                        d.sourceNote(),
                        d.exampleData(),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    Optional<Long> lock(long id) {
        return jdbc.sql("SELECT version FROM strategy WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void update(long id, StrategyDraft d, String actor) {
        jdbc.sql("""
                        UPDATE strategy
                           SET type = ?, title = ?, subtitle = ?, territory_id = ?, edition = ?, status = ?,
                               adopted_by_body_id = ?, adopted_on = ?, decision_paper = ?, steering_body_id = ?,
                               lead_organisation_id = ?, period_start = ?, period_end = ?, summary = ?,
                               predecessor_id = ?, source_note = ?, example_data = ?, version = version + 1,
                               updated_at = now(), updated_by = ?
                         WHERE id = ?""")
                .params(
                        d.type().name(),
                        d.title(),
                        d.subtitle(),
                        d.territoryId(),
                        d.edition(),
                        d.status().name(),
                        d.decision().bodyId(),
                        d.decision().date(),
                        paper(d),
                        d.steeringBodyId(),
                        d.leadOrganisationId(),
                        d.periodStart(),
                        d.periodEnd(),
                        d.summary(),
                        d.predecessorId(),
                        d.sourceNote(),
                        d.exampleData(),
                        actor,
                        id)
                .update();
    }

    List<Section> sections(long strategyId) {
        return jdbc.sql("SELECT kind, title, body FROM strategy_section WHERE strategy_id = ? ORDER BY position")
                .param(strategyId)
                .query((rs, n) -> new Section(SectionKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
    }

    void replaceSections(long strategyId, List<Section> sections) {
        jdbc.sql("DELETE FROM strategy_section WHERE strategy_id = ?")
                .param(strategyId)
                .update();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            jdbc.sql("INSERT INTO strategy_section (strategy_id, kind, position, title, body) VALUES (?, ?, ?, ?, ?)")
                    .params(strategyId, s.kind().name(), i + 1, s.title(), s.body())
                    .update();
        }
    }

    /** Whether {@code candidate} is {@code id} or one of its predecessors (a predecessor chain must not loop). */
    boolean isInPredecessorChain(long candidate, long id) {
        return jdbc.sql("""
                        WITH RECURSIVE chain(id, predecessor_id) AS (
                            SELECT id, predecessor_id FROM strategy WHERE id = ?
                            UNION SELECT s.id, s.predecessor_id FROM strategy s JOIN chain c ON s.id = c.predecessor_id)
                        SELECT count(*) FROM chain WHERE id = ?""").params(candidate, id).query(Long.class).single() > 0;
    }

    boolean exists(String table, long id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String paper(StrategyDraft d) {
        return d.decision().paper() == null ? null : d.decision().paper().value();
    }

    private static Strategy strategy(ResultSet rs, int row) throws SQLException {
        String paper = rs.getString("decision_paper");
        List<Long> successors = new ArrayList<>();
        for (Long id : (Long[]) rs.getArray("successors").getArray()) {
            successors.add(id);
        }
        return new Strategy(
                rs.getLong("id"),
                rs.getString("key"),
                StrategyType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("subtitle"),
                rs.getObject("territory_id", Long.class),
                rs.getString("edition"),
                StrategyStatus.valueOf(rs.getString("status")),
                new AdoptingDecision(
                        rs.getObject("adopted_by_body_id", Long.class),
                        rs.getObject("adopted_on", java.time.LocalDate.class),
                        paper == null ? null : PaperNumber.of(paper)),
                rs.getObject("steering_body_id", Long.class),
                rs.getObject("lead_organisation_id", Long.class),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                rs.getString("summary"),
                rs.getObject("predecessor_id", Long.class),
                List.copyOf(successors),
                rs.getString("source_note"),
                rs.getBoolean("example_data"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                List.of(),
                List.of());
    }
}
