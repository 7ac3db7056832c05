package de.lotse.planning.web;

import de.lotse.planning.AdoptingDecision;
import de.lotse.planning.FieldOfAction;
import de.lotse.planning.Measure;
import de.lotse.planning.Objective;
import de.lotse.planning.PaperNumber;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.Section;
import de.lotse.planning.SectionKind;
import de.lotse.planning.Strategy;
import de.lotse.planning.StrategyDraft;
import de.lotse.planning.StrategyStatus;
import de.lotse.planning.StrategyType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Request and response records of the strategy API. */
final class StrategyJson {

    private StrategyJson() {}

    record Summary(
            long id,
            String key,
            String title,
            String subtitle,
            StrategyType type,
            StrategyStatus status,
            String edition,
            LocalDate adoptedOn,
            long version) {

        static Summary of(Strategy s) {
            return new Summary(
                    s.id(),
                    s.key(),
                    s.title(),
                    s.subtitle(),
                    s.type(),
                    s.status(),
                    s.edition(),
                    s.decision().date(),
                    s.version());
        }
    }

    record DecisionJson(Long bodyId, LocalDate date, String paperNumber) {}

    record SectionJson(SectionKind kind, String title, String body) {}

    record ObjectiveJson(
            long id, String code, String title, String description, List<Long> aspectIds, List<Long> measureIds) {}

    record FieldJson(
            long id,
            String code,
            String title,
            String situation,
            String description,
            List<Long> aspectIds,
            long version,
            List<ObjectiveJson> objectives,
            List<Long> measureIds) {}

    record Detail(
            long id,
            String key,
            StrategyType type,
            String title,
            String subtitle,
            Long territoryId,
            String edition,
            StrategyStatus status,
            DecisionJson decision,
            Long steeringBodyId,
            Long leadOrganisationId,
            LocalDate periodStart,
            LocalDate periodEnd,
            String summary,
            Long predecessorId,
            List<Long> successorIds,
            List<SectionJson> sections,
            List<FieldJson> fieldsOfAction,
            List<Long> measureIds,
            String sourceNote,
            boolean exampleData,
            long version,
            Instant updatedAt,
            String updatedBy) {

        static Detail of(Strategy s, List<Measure> measures) {
            List<FieldJson> fields =
                    s.fields().stream().map(f -> field(f, measures)).toList();
            AdoptingDecision d = s.decision();
            return new Detail(
                    s.id(),
                    s.key(),
                    s.type(),
                    s.title(),
                    s.subtitle(),
                    s.territoryId(),
                    s.edition(),
                    s.status(),
                    new DecisionJson(
                            d.bodyId(),
                            d.date(),
                            d.paper() == null ? null : d.paper().value()),
                    s.steeringBodyId(),
                    s.leadOrganisationId(),
                    s.periodStart(),
                    s.periodEnd(),
                    s.summary(),
                    s.predecessorId(),
                    s.successorIds(),
                    s.sections().stream()
                            .map(x -> new SectionJson(x.kind(), x.title(), x.body()))
                            .toList(),
                    fields,
                    measures.stream().map(Measure::id).toList(),
                    s.sourceNote(),
                    s.exampleData(),
                    s.version(),
                    s.updatedAt(),
                    s.updatedBy());
        }

        private static FieldJson field(FieldOfAction f, List<Measure> measures) {
            return new FieldJson(
                    f.id(),
                    f.code(),
                    f.title(),
                    f.situation(),
                    f.description(),
                    f.aspectIds(),
                    f.version(),
                    f.objectives().stream().map(o -> objective(o, measures)).toList(),
                    measures.stream()
                            .filter(m -> m.fieldIds().contains(f.id()))
                            .map(Measure::id)
                            .toList());
        }

        private static ObjectiveJson objective(Objective o, List<Measure> measures) {
            return new ObjectiveJson(
                    o.id(),
                    o.code(),
                    o.title(),
                    o.description(),
                    o.aspectIds(),
                    measures.stream()
                            .filter(m -> m.objectiveIds().contains(o.id()))
                            .map(Measure::id)
                            .toList());
        }
    }

    /** A strategy to create, or the new content of one (its key cannot change; fields are edited in the forms). */
    record Request(
            String key,
            StrategyType type,
            String title,
            String subtitle,
            Long territoryId,
            String edition,
            StrategyStatus status,
            DecisionJson decision,
            Long steeringBodyId,
            Long leadOrganisationId,
            LocalDate periodStart,
            LocalDate periodEnd,
            String summary,
            Long predecessorId,
            List<SectionJson> sections,
            String sourceNote,
            Boolean exampleData) {

        StrategyDraft toDraft(String fixedKey, List<PlanningProblem> problems) {
            AdoptingDecision d = AdoptingDecision.UNKNOWN;
            if (decision != null) {
                PaperNumber paper = null;
                if (decision.paperNumber() != null && !decision.paperNumber().isBlank()) {
                    if (PaperNumber.isValid(decision.paperNumber())) {
                        paper = PaperNumber.of(decision.paperNumber());
                    } else {
                        problems.add(new PlanningProblem(
                                "decision.paperNumber",
                                "strategy.error.paperNumber",
                                "the year, a slash and a number, e.g. 2014/026"));
                    }
                }
                d = new AdoptingDecision(decision.bodyId(), decision.date(), paper);
            }
            List<Section> sectionList = new ArrayList<>();
            if (sections != null) {
                for (int i = 0; i < sections.size(); i++) {
                    SectionJson s = sections.get(i);
                    if (s.kind() == null) {
                        problems.add(
                                new PlanningProblem("sections[" + i + "].kind", "strategy.error.required", "required"));
                    } else {
                        sectionList.add(new Section(s.kind(), s.title(), s.body()));
                    }
                }
            }
            return new StrategyDraft(
                    fixedKey == null ? key : fixedKey,
                    type,
                    title,
                    subtitle,
                    territoryId,
                    edition,
                    status,
                    d,
                    steeringBodyId,
                    leadOrganisationId,
                    periodStart,
                    periodEnd,
                    summary,
                    predecessorId,
                    sourceNote,
                    Boolean.TRUE.equals(exampleData),
                    sectionList);
        }
    }
}
