package de.lotse.planning;

import de.lotse.indicator.LifeStage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables that belong to a measure (fields, objectives, partners, territories, target groups, life stages,
 * aspects, cost items, funding, trial sites, links, activities): read for many measures at once, replaced as a whole
 * when a measure is saved.
 */
@Repository
class MeasureDetailsRepository {

    private final JdbcClient jdbc;

    MeasureDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measures of these rows with all their details, in the order of the rows. */
    List<Measure> complete(List<MeasureRepository.Row> rows, Map<Long, List<StatusReport>> reports) {
        List<Long> ids = rows.stream().map(MeasureRepository.Row::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var fields = load(
                "SELECT measure_id, field_id FROM measure_field mf JOIN field_of_action f ON f.id ="
                        + " mf.field_id WHERE measure_id IN (:ids) ORDER BY f.position",
                ids,
                rs -> rs.getLong(2));
        var objectives = load(
                "SELECT measure_id, objective_id FROM measure_objective mo JOIN objective o ON o.id ="
                        + " mo.objective_id JOIN field_of_action f ON f.id = o.field_id WHERE measure_id IN (:ids)"
                        + " ORDER BY f.position, o.position",
                ids,
                rs -> rs.getLong(2));
        var partners = load(
                "SELECT measure_id, organisation_id, role FROM measure_partner mp JOIN organisation o"
                        + " ON o.id = mp.organisation_id WHERE measure_id IN (:ids) ORDER BY lower(o.name)",
                ids,
                rs -> new Partner(rs.getLong(2), rs.getString(3)));
        var territories = load(
                "SELECT measure_id, territory_id FROM measure_territory mt JOIN territory t ON t.id ="
                        + " mt.territory_id WHERE measure_id IN (:ids) ORDER BY t.name",
                ids,
                rs -> rs.getLong(2));
        var groups = load(
                "SELECT measure_id, name FROM measure_target_group WHERE measure_id IN (:ids)" + " ORDER BY position",
                ids,
                rs -> rs.getString(2));
        var stages = load(
                "SELECT measure_id, life_stage FROM measure_life_stage WHERE measure_id IN (:ids)",
                ids,
                rs -> LifeStage.valueOf(rs.getString(2)));
        var aspects = load(
                "SELECT measure_id, aspect_id FROM measure_aspect ma JOIN cross_cutting_aspect a ON a.id ="
                        + " ma.aspect_id WHERE measure_id IN (:ids) ORDER BY a.position, a.id",
                ids,
                rs -> rs.getLong(2));
        var costs = load(
                "SELECT measure_id, category, label, planned, approved, spent FROM measure_cost_item"
                        + " WHERE measure_id IN (:ids) ORDER BY position",
                ids,
                MeasureDetailsRepository::costItem);
        var funding = load(
                "SELECT measure_id, source, programme, period_start, period_end, share_percent, amount"
                        + " FROM measure_funding WHERE measure_id IN (:ids) ORDER BY id",
                ids,
                MeasureDetailsRepository::funding);
        var sites = load(
                "SELECT measure_id, territory_id, organisation_id, description FROM measure_trial_site"
                        + " WHERE measure_id IN (:ids) ORDER BY id",
                ids,
                rs -> new TrialSite(rs.getObject(2, Long.class), rs.getObject(3, Long.class), rs.getString(4)));
        var links = load(
                "SELECT measure_id, kind, label, paper_number, url FROM measure_link"
                        + " WHERE measure_id IN (:ids) ORDER BY id",
                ids,
                rs -> new MeasureLink(
                        LinkKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4) == null ? null : PaperNumber.of(rs.getString(4)),
                        rs.getString(5)));
        var activities = load(
                "SELECT measure_id, kind, on_date, title, description, territory_id, body_id"
                        + " FROM measure_activity WHERE measure_id IN (:ids) ORDER BY on_date, id",
                ids,
                rs -> new Activity(
                        ActivityKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getObject(7, Long.class)));
        List<Measure> measures = new ArrayList<>();
        for (MeasureRepository.Row r : rows) {
            long id = r.id();
            List<LifeStage> stageList = stages.getOrDefault(id, List.of());
            measures.add(new Measure(
                    id,
                    r.strategyId(),
                    r.position(),
                    r.code(),
                    r.title(),
                    r.description(),
                    r.leadOrganisationId(),
                    r.leadNote(),
                    r.countyWide(),
                    r.startDate(),
                    r.deadline(),
                    r.status(),
                    r.progress(),
                    r.budget(),
                    r.modelTrial(),
                    r.sourceNote(),
                    r.exampleData(),
                    r.version(),
                    r.updatedAt(),
                    r.updatedBy(),
                    get(fields, id),
                    get(objectives, id),
                    get(partners, id),
                    get(territories, id),
                    get(groups, id),
                    stageList.isEmpty() ? EnumSet.noneOf(LifeStage.class) : EnumSet.copyOf(stageList),
                    get(aspects, id),
                    get(costs, id),
                    get(funding, id),
                    get(sites, id),
                    get(links, id),
                    get(activities, id),
                    reports.getOrDefault(id, List.of())));
        }
        return measures;
    }

    /** Replaces every detail of a measure with those of the draft. */
    void replace(long measureId, MeasureDraft d) {
        for (String table : List.of(
                "measure_field",
                "measure_objective",
                "measure_partner",
                "measure_territory",
                "measure_target_group",
                "measure_life_stage",
                "measure_aspect",
                "measure_cost_item",
                "measure_funding",
                "measure_trial_site",
                "measure_link",
                "measure_activity")) {
            jdbc.sql("DELETE FROM " + table + " WHERE measure_id = ?")
                    .param(measureId)
                    .update();
        }
        d.fieldIds().stream().distinct().forEach(id -> insert("measure_field (measure_id, field_id)", measureId, id));
        d.objectiveIds().stream()
                .distinct()
                .forEach(id -> insert("measure_objective (measure_id, objective_id)", measureId, id));
        d.partners()
                .forEach(p -> insert(
                        "measure_partner (measure_id, organisation_id, role)",
                        measureId,
                        p.organisationId(),
                        p.role()));
        d.territoryIds().stream()
                .distinct()
                .forEach(id -> insert("measure_territory (measure_id, territory_id)", measureId, id));
        for (int i = 0; i < d.targetGroups().size(); i++) {
            insert(
                    "measure_target_group (measure_id, position, name)",
                    measureId,
                    i + 1,
                    d.targetGroups().get(i));
        }
        d.lifeStages().forEach(s -> insert("measure_life_stage (measure_id, life_stage)", measureId, s.name()));
        d.aspectIds().stream()
                .distinct()
                .forEach(id -> insert("measure_aspect (measure_id, aspect_id)", measureId, id));
        for (int i = 0; i < d.costItems().size(); i++) {
            CostItem c = d.costItems().get(i);
            insert(
                    "measure_cost_item (measure_id, position, category, label, planned, approved, spent)",
                    measureId,
                    i + 1,
                    c.category().name(),
                    c.label(),
                    MeasureRepository.euros(c.planned()),
                    MeasureRepository.euros(c.approved()),
                    MeasureRepository.euros(c.spent()));
        }
        d.funding()
                .forEach(f -> insert(
                        "measure_funding (measure_id, source, programme, period_start, period_end,"
                                + " share_percent, amount)",
                        measureId,
                        f.source(),
                        f.programme(),
                        f.periodStart(),
                        f.periodEnd(),
                        f.sharePercent(),
                        MeasureRepository.euros(f.amount())));
        d.trialSites()
                .forEach(s -> insert(
                        "measure_trial_site (measure_id, territory_id, organisation_id," + " description)",
                        measureId,
                        s.territoryId(),
                        s.organisationId(),
                        s.description()));
        d.links()
                .forEach(l -> insert(
                        "measure_link (measure_id, kind, label, paper_number, url)",
                        measureId,
                        l.kind().name(),
                        l.label(),
                        l.paperNumber() == null ? null : l.paperNumber().value(),
                        l.url()));
        d.activities()
                .forEach(a -> insert(
                        "measure_activity (measure_id, kind, on_date, title, description," + " territory_id, body_id)",
                        measureId,
                        a.kind().name(),
                        a.onDate(),
                        a.title(),
                        a.description(),
                        a.territoryId(),
                        a.bodyId()));
    }

    /** The ids in {@code ids} that are rows of {@code table} (optionally only those with column = value). */
    long countExisting(String table, Collection<Long> ids, String column, Long value) {
        if (ids.isEmpty()) {
            return 0;
        }
        String where = column == null ? "" : " AND " + column + " = :value";
        var sql = jdbc.sql("SELECT count(DISTINCT id) FROM " + table + " WHERE id IN (:ids)" + where)
                .param("ids", ids);
        if (column != null) {
            sql = sql.param("value", value);
        }
        return sql.query(Long.class).single();
    }

    /** How many of these objective ids are objectives of fields of the strategy. */
    long countObjectivesOf(long strategyId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT count(DISTINCT o.id) FROM objective o JOIN field_of_action f ON f.id = o.field_id
                         WHERE o.id IN (:ids) AND f.strategy_id = :strategy""")
                .param("ids", ids)
                .param("strategy", strategyId)
                .query(Long.class)
                .single();
    }

    private void insert(String into, Object... values) {
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        jdbc.sql("INSERT INTO " + into + " VALUES (" + marks + ")")
                .params(values)
                .update();
    }

    private <T> Map<Long, List<T>> load(String sql, List<Long> ids, RowMapper<T> mapper) {
        Map<Long, List<T>> byMeasure = new HashMap<>();
        jdbc.sql(sql)
                .param("ids", ids)
                .query((rs, n) -> {
                    byMeasure
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(mapper.map(rs));
                    return null;
                })
                .list();
        return byMeasure;
    }

    private static <T> List<T> get(Map<Long, List<T>> map, long id) {
        return List.copyOf(map.getOrDefault(id, List.of()));
    }

    private static CostItem costItem(ResultSet rs) throws SQLException {
        return new CostItem(
                CostCategory.valueOf(rs.getString(2)),
                rs.getString(3),
                Money.ofNullable(rs.getBigDecimal(4)),
                Money.ofNullable(rs.getBigDecimal(5)),
                Money.ofNullable(rs.getBigDecimal(6)));
    }

    private static Funding funding(ResultSet rs) throws SQLException {
        return new Funding(
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getBigDecimal(6),
                Money.ofNullable(rs.getBigDecimal(7)));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
