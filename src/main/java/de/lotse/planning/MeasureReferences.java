package de.lotse.planning;

import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Checks a measure draft and that everything it refers to exists and belongs to its strategy. */
@Component
class MeasureReferences {

    private final StrategyRepository strategies;
    private final MeasureDetailsRepository details;
    private final AspectRepository aspects;
    private final Organisations organisations;
    private final Territories territories;

    MeasureReferences(
            StrategyRepository strategies,
            MeasureDetailsRepository details,
            AspectRepository aspects,
            Organisations organisations,
            Territories territories) {
        this.strategies = strategies;
        this.details = details;
        this.aspects = aspects;
        this.organisations = organisations;
        this.territories = territories;
    }

    void check(MeasureDraft d) {
        List<PlanningProblem> problems = new ArrayList<>(d.problems());
        if (strategies.find(d.strategyId()).isEmpty()) {
            problems.add(new PlanningProblem("strategy", "strategy.error.unknown", "no strategy " + d.strategyId()));
        }
        if (details.countExisting("field_of_action", Set.copyOf(d.fieldIds()), "strategy_id", d.strategyId())
                != Set.copyOf(d.fieldIds()).size()) {
            problems.add(unknown("fields", "a field of action is not one of the strategy"));
        }
        if (details.countObjectivesOf(d.strategyId(), Set.copyOf(d.objectiveIds()))
                != Set.copyOf(d.objectiveIds()).size()) {
            problems.add(unknown("objectives", "an objective is not one of the strategy"));
        }
        if (d.leadOrganisationId() != null
                && organisations.findById(d.leadOrganisationId()).isEmpty()) {
            problems.add(unknown("lead", "no organisation " + d.leadOrganisationId()));
        }
        if (!allOrganisations(d.partners().stream().map(Partner::organisationId))) {
            problems.add(unknown("partners", "an organisation does not exist"));
        }
        if (!allOrganisations(d.trialSites().stream().map(TrialSite::organisationId))) {
            problems.add(unknown("trialSites", "an organisation does not exist"));
        }
        if (!allTerritories(d.territoryIds().stream())) {
            problems.add(unknown("territories", "a territory does not exist"));
        }
        if (!allTerritories(Stream.concat(
                d.trialSites().stream().map(TrialSite::territoryId),
                d.activities().stream().map(Activity::territoryId)))) {
            problems.add(unknown("territories", "a territory of a trial site or activity does not exist"));
        }
        if (aspects.countExisting(Set.copyOf(d.aspectIds()))
                != Set.copyOf(d.aspectIds()).size()) {
            problems.add(unknown("aspects", "an aspect does not exist"));
        }
        if (d.activities().stream()
                .map(Activity::bodyId)
                .filter(Objects::nonNull)
                .anyMatch(id -> organisations.findBodyById(id).isEmpty())) {
            problems.add(unknown("activities", "a body does not exist"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanningException(problems);
        }
    }

    private boolean allOrganisations(Stream<Long> ids) {
        Set<Long> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        return organisations.findAllById(wanted).size() == wanted.size();
    }

    private boolean allTerritories(Stream<Long> ids) {
        Set<Long> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        return territories.findAllById((Collection<Long>) wanted).size() == wanted.size();
    }

    private static PlanningProblem unknown(String field, String message) {
        return new PlanningProblem(field, "strategy.error.unknownReference", message);
    }
}
