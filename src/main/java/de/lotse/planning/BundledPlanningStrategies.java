package de.lotse.planning;

import static de.lotse.planning.BundledPlanningContentException.within;

import de.lotse.indicator.LifeStage;
import de.lotse.planning.BundledPlanningModel.ActivityItem;
import de.lotse.planning.BundledPlanningModel.CostItem;
import de.lotse.planning.BundledPlanningModel.FieldItem;
import de.lotse.planning.BundledPlanningModel.MeasureItem;
import de.lotse.planning.BundledPlanningModel.MemberItem;
import de.lotse.planning.BundledPlanningModel.ObjectiveItem;
import de.lotse.planning.BundledPlanningModel.StrategyItem;
import de.lotse.planning.BundledPlanningModel.TargetItem;
import de.lotse.planning.BundledPlanningModel.TrialSiteItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one strategy document of the bundled content with its sections, fields of action, objectives and measures
 * (with partners, territories, budget, funding, trial sites, links, dated activities and targets). Every failure
 * names the file and the item.
 */
final class BundledPlanningStrategies {

    private final BundledPlanningWriter writer;
    private final BundledPlanningReferences refs;

    BundledPlanningStrategies(BundledPlanningWriter writer, BundledPlanningReferences refs) {
        this.writer = writer;
        this.refs = refs;
    }

    /** Writes the strategy; returns its id. */
    long write(String file, StrategyItem s) {
        long strategyId = within(file, "strategy '" + s.key() + "'", () -> {
            require(s.key(), "key");
            require(s.title(), "title");
            if (s.type() == null || s.status() == null) {
                throw new IllegalArgumentException("type and status are required");
            }
            BundledPlanningReferences.requireSource(s.sourceNote());
            return writer.strategy(
                    s,
                    new BundledPlanningWriter.StrategyRefs(
                            refs.territoryId(s.territory()),
                            refs.bodyId(s.adoptedBy()),
                            refs.bodyId(s.steeringBody()),
                            refs.organisationId(s.leadOrganisation())));
        });
        for (int i = 0; i < s.sections().size(); i++) {
            var section = s.sections().get(i);
            int position = i + 1;
            within(file, "section " + position + " „" + section.title() + "“", () -> {
                require(section.title(), "title");
                require(section.body(), "body");
                if (section.kind() == null) {
                    throw new IllegalArgumentException("kind is required");
                }
                BundledPlanningReferences.requireSource(section.sourceNote());
                writer.section(strategyId, position, section);
            });
        }
        Map<String, Long> fieldIds = new HashMap<>();
        Map<String, Long> objectiveIds = new HashMap<>();
        for (int i = 0; i < s.fields().size(); i++) {
            writeField(file, strategyId, i + 1, s.fields().get(i), fieldIds, objectiveIds);
        }
        for (int i = 0; i < s.measures().size(); i++) {
            MeasureItem measure = s.measures().get(i);
            int position = i + 1;
            within(
                    file,
                    "measure " + position + " „" + measure.title() + "“",
                    () -> writeMeasure(strategyId, position, measure, fieldIds, objectiveIds));
        }
        return strategyId;
    }

    private void writeField(
            String file,
            long strategyId,
            int position,
            FieldItem f,
            Map<String, Long> fieldIds,
            Map<String, Long> objectiveIds) {
        long fieldId = within(file, "field of action " + position + " „" + f.title() + "“", () -> {
            require(f.title(), "title");
            BundledPlanningReferences.requireSource(f.sourceNote());
            long id = writer.field(strategyId, position, f);
            f.aspects().forEach(a -> writer.fieldAspect(id, refs.aspectId(a)));
            return id;
        });
        remember(fieldIds, f.ref(), fieldId);
        for (int j = 0; j < f.objectives().size(); j++) {
            ObjectiveItem o = f.objectives().get(j);
            int objectivePosition = j + 1;
            long objectiveId =
                    within(file, "objective " + position + "." + objectivePosition + " „" + o.title() + "“", () -> {
                        require(o.title(), "title");
                        BundledPlanningReferences.requireSource(o.sourceNote());
                        long id = writer.objective(fieldId, objectivePosition, o);
                        o.aspects().forEach(a -> writer.objectiveAspect(id, refs.aspectId(a)));
                        return id;
                    });
            remember(objectiveIds, o.ref(), objectiveId);
        }
    }

    private void writeMeasure(
            long strategyId, int position, MeasureItem m, Map<String, Long> fieldIds, Map<String, Long> objectiveIds) {
        require(m.title(), "title");
        BundledPlanningReferences.requireSource(m.sourceNote());
        boolean countyWide = m.countyWide() == null || m.countyWide();
        if (countyWide != m.territories().isEmpty()) {
            throw new IllegalArgumentException("a measure is county-wide or names its territories, not both");
        }
        long id = writer.measure(strategyId, position, m, refs.organisationId(m.leadOrganisation()));
        m.fields().forEach(ref -> writer.measureLink("measure_field", "field_id", id, local("field", ref, fieldIds)));
        m.objectives()
                .forEach(ref -> writer.measureLink(
                        "measure_objective", "objective_id", id, local("objective", ref, objectiveIds)));
        for (MemberItem partner : m.partners()) {
            writer.partner(id, refs.organisationId(partner.organisation()), partner.role());
        }
        m.territories().forEach(t -> writer.measureLink("measure_territory", "territory_id", id, refs.territoryId(t)));
        for (int i = 0; i < m.targetGroups().size(); i++) {
            writer.targetGroup(id, i + 1, m.targetGroups().get(i));
        }
        m.lifeStages()
                .forEach(stage -> writer.measureLink(
                        "measure_life_stage",
                        "life_stage",
                        id,
                        LifeStage.valueOf(stage).name()));
        m.aspects().forEach(a -> writer.measureLink("measure_aspect", "aspect_id", id, refs.aspectId(a)));
        List<CostItem> costs = m.costItems();
        for (int i = 0; i < costs.size(); i++) {
            require(costs.get(i).label(), "cost item label");
            writer.costItem(id, i + 1, costs.get(i));
        }
        m.funding().forEach(f -> {
            require(f.source(), "funding source");
            writer.funding(id, f);
        });
        for (TrialSiteItem site : m.trialSites()) {
            require(site.description(), "trial site description");
            writer.trialSite(
                    id,
                    refs.territoryId(site.territory()),
                    refs.organisationId(site.organisation()),
                    site.description());
        }
        m.links().forEach(l -> writer.link(id, l));
        for (ActivityItem a : m.activities()) {
            if (a.onDate() == null) {
                throw new IllegalArgumentException("activity „" + a.title() + "“ has no date; only dated activities"
                        + " are stored (describe undated ones in the text)");
            }
            writer.activity(id, a, refs.territoryId(a.territory()), refs.bodyId(a.body()));
        }
        for (TargetItem t : m.targets()) {
            BundledPlanningReferences.requireSource(t.sourceNote());
            if (t.targetKind() == null || t.targetValue() == null || t.targetDate() == null) {
                throw new IllegalArgumentException(
                        "target „" + t.title() + "“ needs target_kind, target_value and" + " target_date");
            }
            Long territoryId = refs.territoryId(t.territory());
            if (territoryId == null) {
                throw new IllegalArgumentException("target „" + t.title() + "“ needs a territory");
            }
            writer.target(id, t, territoryId);
        }
    }

    private static long local(String what, String ref, Map<String, Long> ids) {
        Long id = ids.get(ref);
        if (id == null) {
            throw new IllegalArgumentException("unknown " + what + " ref '" + ref + "' in this file");
        }
        return id;
    }

    private static void remember(Map<String, Long> ids, String ref, long id) {
        if (ref != null && ids.putIfAbsent(ref, id) != null) {
            throw new IllegalArgumentException("ref '" + ref + "' is used twice");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
