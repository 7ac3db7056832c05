package de.lotse.planning;

import de.lotse.account.Actors;
import de.lotse.planning.BundledPlanningModel.ActivityItem;
import de.lotse.planning.BundledPlanningModel.AspectItem;
import de.lotse.planning.BundledPlanningModel.CostItem;
import de.lotse.planning.BundledPlanningModel.FieldItem;
import de.lotse.planning.BundledPlanningModel.FundingItem;
import de.lotse.planning.BundledPlanningModel.LinkItem;
import de.lotse.planning.BundledPlanningModel.MeasureItem;
import de.lotse.planning.BundledPlanningModel.ObjectiveItem;
import de.lotse.planning.BundledPlanningModel.SectionItem;
import de.lotse.planning.BundledPlanningModel.StrategyItem;
import de.lotse.planning.BundledPlanningModel.TargetItem;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the rows of the bundled planning content with plain SQL; the caller holds the transaction. */
@Component
class BundledPlanningWriter {

    private static final String ACTOR = Actors.SYSTEM;

    private final JdbcClient jdbc;

    BundledPlanningWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean datasetLoaded(String dataset) {
        return jdbc.sql("SELECT count(*) FROM bundled_dataset WHERE name = ?")
                        .param(dataset)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markLoaded(String dataset) {
        jdbc.sql("INSERT INTO bundled_dataset (name) VALUES (?)").param(dataset).update();
    }

    /** The aspect's id; an aspect with the key that exists already (e.g. configured by hand) is kept as it is. */
    long aspect(AspectItem item, int position) {
        jdbc.sql("""
                        INSERT INTO cross_cutting_aspect (key, name_de, name_en, position) VALUES (?, ?, ?, ?)
                        ON CONFLICT (key) DO NOTHING""").params(item.key(), item.nameDe(), item.nameEn(), position).update();
        return jdbc.sql("SELECT id FROM cross_cutting_aspect WHERE key = ?")
                .param(item.key())
                .query(Long.class)
                .single();
    }

    Optional<Long> strategyId(String key) {
        return jdbc.sql("SELECT id FROM strategy WHERE key = ?")
                .param(key)
                .query(Long.class)
                .optional();
    }

    /** Ids the strategy row refers to; {@code null} where the document names nothing. */
    record StrategyRefs(Long territoryId, Long adoptedById, Long steeringBodyId, Long leadOrganisationId) {}

    long strategy(StrategyItem s, StrategyRefs refs) {
        return jdbc.sql("""
                        INSERT INTO strategy (key, type, title, subtitle, territory_id, edition, status,
                            adopted_by_body_id, adopted_on, decision_paper, steering_body_id, lead_organisation_id,
                            period_start, period_end, summary, source_note, created_by, updated_by)
                        VALUES (:key, :type, :title, :subtitle, :territory, :edition, :status, :adoptedBy,
                            :adoptedOn, :paper, :steering, :lead, :start, :end, :summary, :source, :actor, :actor)
                        RETURNING id""")
                .param("key", s.key())
                .param("type", s.type().name())
                .param("title", s.title())
                .param("subtitle", s.subtitle())
                .param("territory", refs.territoryId())
                .param("edition", s.edition())
                .param("status", s.status().name())
                .param("adoptedBy", refs.adoptedById())
                .param("adoptedOn", s.adoptedOn())
                .param("paper", s.decisionPaper())
                .param("steering", refs.steeringBodyId())
                .param("lead", refs.leadOrganisationId())
                .param("start", s.periodStart())
                .param("end", s.periodEnd())
                .param("summary", s.summary())
                .param("source", s.sourceNote())
                .param("actor", ACTOR)
                .query(Long.class)
                .single();
    }

    void section(long strategyId, int position, SectionItem s) {
        jdbc.sql("INSERT INTO strategy_section (strategy_id, kind, position, title, body) VALUES (?, ?, ?, ?, ?)")
                .params(strategyId, s.kind().name(), position, s.title(), s.body())
                .update();
    }

    long field(long strategyId, int position, FieldItem f) {
        return jdbc.sql("""
                        INSERT INTO field_of_action (strategy_id, position, code, title, situation, description)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(strategyId, position, f.code(), f.title(), f.situation(), f.description())
                .query(Long.class)
                .single();
    }

    void fieldAspect(long fieldId, long aspectId) {
        jdbc.sql("INSERT INTO field_of_action_aspect (field_id, aspect_id) VALUES (?, ?)")
                .params(fieldId, aspectId)
                .update();
    }

    long objective(long fieldId, int position, ObjectiveItem o) {
        return jdbc.sql("""
                        INSERT INTO objective (field_id, position, code, title, description)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(fieldId, position, o.code(), o.title(), o.description())
                .query(Long.class)
                .single();
    }

    void objectiveAspect(long objectiveId, long aspectId) {
        jdbc.sql("INSERT INTO objective_aspect (objective_id, aspect_id) VALUES (?, ?)")
                .params(objectiveId, aspectId)
                .update();
    }

    long measure(long strategyId, int position, MeasureItem m, Long leadId) {
        return jdbc.sql("""
                        INSERT INTO measure (strategy_id, position, code, title, description, lead_organisation_id,
                            lead_note, county_wide, start_date, deadline, status, budget_planned, budget_approved,
                            budget_spent, model_trial, source_note, created_by, updated_by)
                        VALUES (:strategy, :position, :code, :title, :description, :lead, :leadNote, :countyWide,
                            :start, :deadline, :status, :planned, :approved, :spent, :trial, :source, :actor, :actor)
                        RETURNING id""")
                .param("strategy", strategyId)
                .param("position", position)
                .param("code", m.code())
                .param("title", m.title())
                .param("description", m.description())
                .param("lead", leadId)
                .param("leadNote", m.leadNote())
                .param("countyWide", m.countyWide() == null || m.countyWide())
                .param("start", m.startDate())
                .param("deadline", m.deadline())
                .param("status", (m.status() == null ? MeasureStatus.PLANNED : m.status()).name())
                .param("planned", m.budgetPlanned())
                .param("approved", m.budgetApproved())
                .param("spent", m.budgetSpent())
                .param("trial", m.modelTrial() != null && m.modelTrial())
                .param("source", m.sourceNote())
                .param("actor", ACTOR)
                .query(Long.class)
                .single();
    }

    /** Adds a row to one of the measure's simple link tables ({@code measure_field}, {@code measure_objective}, …). */
    void measureLink(String table, String column, long measureId, Object value) {
        if (!table.matches("measure_[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table + "." + column);
        }
        jdbc.sql("INSERT INTO " + table + " (measure_id, " + column + ") VALUES (?, ?)")
                .params(measureId, value)
                .update();
    }

    void partner(long measureId, long organisationId, String role) {
        jdbc.sql("INSERT INTO measure_partner (measure_id, organisation_id, role) VALUES (?, ?, ?)")
                .params(measureId, organisationId, role)
                .update();
    }

    void targetGroup(long measureId, int position, String name) {
        jdbc.sql("INSERT INTO measure_target_group (measure_id, position, name) VALUES (?, ?, ?)")
                .params(measureId, position, name)
                .update();
    }

    void costItem(long measureId, int position, CostItem c) {
        jdbc.sql("""
                        INSERT INTO measure_cost_item (measure_id, position, category, label, planned, approved, spent)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(measureId, position, c.category().name(), c.label(), c.planned(), c.approved(), c.spent())
                .update();
    }

    void funding(long measureId, FundingItem f) {
        jdbc.sql("""
                        INSERT INTO measure_funding (measure_id, source, programme, period_start, period_end,
                            share_percent, amount) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        measureId,
                        f.source(),
                        f.programme(),
                        f.periodStart(),
                        f.periodEnd(),
                        f.sharePercent(),
                        f.amount())
                .update();
    }

    void trialSite(long measureId, Long territoryId, Long organisationId, String description) {
        jdbc.sql("""
                        INSERT INTO measure_trial_site (measure_id, territory_id, organisation_id, description)
                        VALUES (?, ?, ?, ?)""")
                .params(measureId, territoryId, organisationId, description)
                .update();
    }

    void link(long measureId, LinkItem l) {
        jdbc.sql("INSERT INTO measure_link (measure_id, kind, label, paper_number, url) VALUES (?, ?, ?, ?, ?)")
                .params(measureId, l.kind().name(), l.label(), l.paperNumber(), l.url())
                .update();
    }

    void activity(long measureId, ActivityItem a, Long territoryId, Long bodyId) {
        jdbc.sql("""
                        INSERT INTO measure_activity (measure_id, kind, on_date, title, description, territory_id,
                            body_id) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(measureId, a.kind().name(), a.onDate(), a.title(), a.description(), territoryId, bodyId)
                .update();
    }

    void target(long measureId, TargetItem t, long territoryId) {
        jdbc.sql("""
                        INSERT INTO target (measure_id, title, indicator_key, territory_id, target_group,
                            baseline_value, baseline_period, target_kind, target_value, target_date, description,
                            source_note, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        measureId,
                        t.title(),
                        t.indicatorKey(),
                        territoryId,
                        t.targetGroup(),
                        t.baselineValue(),
                        t.baselinePeriod(),
                        t.targetKind().name(),
                        t.targetValue(),
                        t.targetDate(),
                        t.description(),
                        t.sourceNote(),
                        ACTOR,
                        ACTOR)
                .update();
    }
}
