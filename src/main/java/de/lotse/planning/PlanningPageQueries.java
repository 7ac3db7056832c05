package de.lotse.planning;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of the public planning pages: plain SQL on the planning tables (V013). Rows carry ids of
 * organisations, bodies and territories; their names come from the owning modules.
 */
@Repository
class PlanningPageQueries {

    private static final String STRATEGY = """
            SELECT id, key, type, title, subtitle, territory_id, edition, status, adopted_by_body_id, adopted_on,
                   decision_paper, steering_body_id, lead_organisation_id, period_start, period_end, summary,
                   predecessor_id, source_note, example_data
              FROM strategy
            """;

    static final String MEASURE = """
            SELECT m.id, m.strategy_id, m.position, m.code, m.title, m.description, m.lead_organisation_id,
                   m.lead_note, m.county_wide, m.start_date, m.deadline, m.status, m.progress, m.budget_planned,
                   m.budget_approved, m.budget_spent, m.model_trial, m.source_note, m.example_data, m.version,
                   m.updated_at
              FROM measure m
            """;

    private final JdbcClient jdbc;

    PlanningPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StrategyRow(
            long id,
            String key,
            StrategyType type,
            String title,
            String subtitle,
            Long territoryId,
            String edition,
            StrategyStatus status,
            Long adoptedByBodyId,
            LocalDate adoptedOn,
            String decisionPaper,
            Long steeringBodyId,
            Long leadOrganisationId,
            LocalDate periodStart,
            LocalDate periodEnd,
            String summary,
            Long predecessorId,
            String sourceNote,
            boolean exampleData) {}

    record MeasureRow(
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
            BigDecimal budgetPlanned,
            BigDecimal budgetApproved,
            BigDecimal budgetSpent,
            boolean modelTrial,
            String sourceNote,
            boolean exampleData,
            long version,
            Instant updatedAt) {}

    record FieldRow(long id, int position, String code, String title, String situation, String description) {}

    record ObjectiveRow(long id, long fieldId, int position, String code, String title, String description) {}

    /** A link between two ids, e.g. measure → field. */
    record Pair(long left, long right) {}

    List<StrategyRow> strategies() {
        return jdbc.sql(STRATEGY + " ORDER BY CASE status WHEN 'ADOPTED' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END,"
                        + " adopted_on DESC NULLS LAST, lower(title), id")
                .query(PlanningPageQueries::strategy)
                .list();
    }

    Optional<StrategyRow> strategy(String key) {
        return jdbc.sql(STRATEGY + " WHERE key = ?")
                .param(key)
                .query(PlanningPageQueries::strategy)
                .optional();
    }

    Optional<StrategyRow> strategy(long id) {
        return jdbc.sql(STRATEGY + " WHERE id = ?")
                .param(id)
                .query(PlanningPageQueries::strategy)
                .optional();
    }

    List<StrategyRow> successors(long strategyId) {
        return jdbc.sql(STRATEGY + " WHERE predecessor_id = ? ORDER BY id")
                .param(strategyId)
                .query(PlanningPageQueries::strategy)
                .list();
    }

    /** Title and body of the sections of a document, by kind, in document order. */
    List<String[]> sections(long strategyId) {
        return jdbc.sql("SELECT kind, title, body FROM strategy_section WHERE strategy_id = ? ORDER BY position")
                .param(strategyId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
    }

    List<FieldRow> fields(long strategyId) {
        return jdbc.sql("SELECT id, position, code, title, situation, description FROM field_of_action"
                        + " WHERE strategy_id = ? ORDER BY position")
                .param(strategyId)
                .query((rs, n) -> new FieldRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    List<ObjectiveRow> objectives(long strategyId) {
        return jdbc.sql("""
                        SELECT o.id, o.field_id, o.position, o.code, o.title, o.description
                          FROM objective o JOIN field_of_action f ON f.id = o.field_id
                         WHERE f.strategy_id = ? ORDER BY f.position, o.position""")
                .param(strategyId)
                .query((rs, n) -> new ObjectiveRow(
                        rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The measures of strategies, in document order. */
    List<MeasureRow> measuresOf(Collection<Long> strategyIds) {
        if (strategyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MEASURE + " WHERE m.strategy_id IN (:ids) ORDER BY m.strategy_id, m.position, m.id")
                .param("ids", strategyIds)
                .query(PlanningPageQueries::measure)
                .list();
    }

    Optional<MeasureRow> measure(long id) {
        return jdbc.sql(MEASURE + " WHERE m.id = ?")
                .param(id)
                .query(PlanningPageQueries::measure)
                .optional();
    }

    /** measure → field of action links of these measures. */
    List<Pair> measureFields(Collection<Long> measureIds) {
        return pairs("SELECT measure_id, field_id FROM measure_field WHERE measure_id IN (:ids)", measureIds);
    }

    /** measure → objective links of these measures. */
    List<Pair> measureObjectives(Collection<Long> measureIds) {
        return pairs("SELECT measure_id, objective_id FROM measure_objective WHERE measure_id IN (:ids)", measureIds);
    }

    /** measure → partner organisation of these measures. */
    List<Pair> measurePartners(Collection<Long> measureIds) {
        return pairs("SELECT measure_id, organisation_id FROM measure_partner WHERE measure_id IN (:ids)", measureIds);
    }

    /** measure → territory of these measures (only for measures that are not county-wide). */
    List<Pair> measureTerritories(Collection<Long> measureIds) {
        return pairs("SELECT measure_id, territory_id FROM measure_territory WHERE measure_id IN (:ids)", measureIds);
    }

    /**
     * The cross-cutting aspects attached to fields, objectives or measures: {@code table} is one of
     * {@code field_of_action_aspect}, {@code objective_aspect}, {@code measure_aspect}; the map goes from owner id to
     * the aspects in their configured order.
     */
    Map<Long, List<PlanningPageViews.Aspect>> aspects(String table, String ownerColumn, Collection<Long> ownerIds) {
        Map<Long, List<PlanningPageViews.Aspect>> result = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        Map<String, String> owners = Map.of(
                "field_of_action_aspect",
                "field_id",
                "objective_aspect",
                "objective_id",
                "measure_aspect",
                "measure_id");
        if (!ownerColumn.equals(owners.get(table))) {
            throw new IllegalArgumentException(table + "." + ownerColumn);
        }
        jdbc.sql("SELECT x." + ownerColumn + ", a.key, a.name_de, a.name_en FROM " + table
                        + " x JOIN cross_cutting_aspect a ON a.id = x.aspect_id WHERE x." + ownerColumn
                        + " IN (:ids) ORDER BY a.position, a.name_de")
                .param("ids", ownerIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlanningPageViews.Aspect(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return result;
    }

    /** Activities of these measures: measure id, kind, date, title, description, territory id, body id. */
    List<ActivityRow> activities(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT measure_id, kind, on_date, title, description, territory_id, body_id"
                        + " FROM measure_activity WHERE measure_id IN (:ids) ORDER BY on_date, id")
                .param("ids", measureIds)
                .query((rs, n) -> new ActivityRow(
                        rs.getLong(1),
                        rs.getString(2),
                        date(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getObject(7, Long.class)))
                .list();
    }

    record ActivityRow(
            long measureId,
            String kind,
            LocalDate onDate,
            String title,
            String description,
            Long territoryId,
            Long bodyId) {}

    List<Pair> pairs(String sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql)
                .param("ids", ids)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    private static StrategyRow strategy(ResultSet rs, int n) throws SQLException {
        return new StrategyRow(
                rs.getLong("id"),
                rs.getString("key"),
                StrategyType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("subtitle"),
                rs.getObject("territory_id", Long.class),
                rs.getString("edition"),
                StrategyStatus.valueOf(rs.getString("status")),
                rs.getObject("adopted_by_body_id", Long.class),
                date(rs, "adopted_on"),
                rs.getString("decision_paper"),
                rs.getObject("steering_body_id", Long.class),
                rs.getObject("lead_organisation_id", Long.class),
                date(rs, "period_start"),
                date(rs, "period_end"),
                rs.getString("summary"),
                rs.getObject("predecessor_id", Long.class),
                rs.getString("source_note"),
                rs.getBoolean("example_data"));
    }

    static MeasureRow measure(ResultSet rs, int n) throws SQLException {
        return new MeasureRow(
                rs.getLong("id"),
                rs.getLong("strategy_id"),
                rs.getInt("position"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getObject("lead_organisation_id", Long.class),
                rs.getString("lead_note"),
                rs.getBoolean("county_wide"),
                date(rs, "start_date"),
                date(rs, "deadline"),
                MeasureStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"),
                rs.getBigDecimal("budget_planned"),
                rs.getBigDecimal("budget_approved"),
                rs.getBigDecimal("budget_spent"),
                rs.getBoolean("model_trial"),
                rs.getString("source_note"),
                rs.getBoolean("example_data"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
