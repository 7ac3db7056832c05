package de.lotse.planning;

import de.lotse.organisation.Organisations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks drafts of strategies and fields of action and that everything they refer to exists. */
@Component
class StrategyReferences {

    private final StrategyRepository repository;
    private final AspectRepository aspects;
    private final Organisations organisations;

    StrategyReferences(StrategyRepository repository, AspectRepository aspects, Organisations organisations) {
        this.repository = repository;
        this.aspects = aspects;
        this.organisations = organisations;
    }

    void checkField(FieldDraft draft, FieldOfAction current) {
        List<PlanningProblem> problems = new ArrayList<>(draft.problems());
        List<Long> aspectIds = new ArrayList<>(draft.aspectIds());
        draft.objectives().forEach(o -> aspectIds.addAll(o.aspectIds()));
        if (aspects.countExisting(new HashSet<>(aspectIds)) != new HashSet<>(aspectIds).size()) {
            problems.add(new PlanningProblem("aspects", "strategy.error.unknownReference", "an aspect does not exist"));
        }
        for (int i = 0; i < draft.objectives().size(); i++) {
            Long id = draft.objectives().get(i).id();
            if (id != null && (current == null || current.objectives().stream().noneMatch(o -> o.id() == id))) {
                problems.add(new PlanningProblem(
                        "objectives[" + i + "]", "strategy.error.unknownReference", "not an objective of this field"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanningException(problems);
        }
    }

    void checkStrategy(StrategyDraft d, Long selfId, List<PlanningProblem> problems) {
        if (d.territoryId() != null && !repository.exists("territory", d.territoryId())) {
            problems.add(unknown("territory", "no territory " + d.territoryId()));
        }
        if (d.decision().bodyId() != null
                && organisations.findBodyById(d.decision().bodyId()).isEmpty()) {
            problems.add(unknown("decision.body", "no body " + d.decision().bodyId()));
        }
        if (d.steeringBodyId() != null
                && organisations.findBodyById(d.steeringBodyId()).isEmpty()) {
            problems.add(unknown("steeringBody", "no body " + d.steeringBodyId()));
        }
        if (d.leadOrganisationId() != null
                && organisations.findById(d.leadOrganisationId()).isEmpty()) {
            problems.add(unknown("leadOrganisation", "no organisation " + d.leadOrganisationId()));
        }
        if (d.predecessorId() != null) {
            if (repository.find(d.predecessorId()).isEmpty()) {
                problems.add(unknown("predecessor", "no strategy " + d.predecessorId()));
            } else if (selfId != null && repository.isInPredecessorChain(d.predecessorId(), selfId)) {
                problems.add(new PlanningProblem(
                        "predecessor", "strategy.error.predecessorLoop", "a strategy cannot succeed itself"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanningException(problems);
        }
    }

    private static PlanningProblem unknown(String field, String message) {
        return new PlanningProblem(field, "strategy.error.unknownReference", message);
    }
}
