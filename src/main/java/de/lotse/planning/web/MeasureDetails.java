package de.lotse.planning.web;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.planning.CrossCuttingAspect;
import de.lotse.planning.CrossCuttingAspects;
import de.lotse.planning.FieldOfAction;
import de.lotse.planning.Measure;
import de.lotse.planning.Objective;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the API's view of a measure, with the names of everything it refers to. */
@Component
class MeasureDetails {

    private final Strategies strategies;
    private final Organisations organisations;
    private final Territories territories;
    private final CrossCuttingAspects aspects;

    MeasureDetails(
            Strategies strategies, Organisations organisations, Territories territories, CrossCuttingAspects aspects) {
        this.strategies = strategies;
        this.organisations = organisations;
        this.territories = territories;
        this.aspects = aspects;
    }

    MeasureJson.Detail of(Measure m, LocalDate today) {
        Strategy strategy = strategies.find(m.strategyId()).orElseThrow();
        Map<Long, FieldOfAction> fields =
                strategy.fields().stream().collect(Collectors.toMap(FieldOfAction::id, Function.identity()));
        Map<Long, Objective> objectives =
                strategy.objectives().stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        List<Long> orgIds = new java.util.ArrayList<>();
        if (m.leadOrganisationId() != null) {
            orgIds.add(m.leadOrganisationId());
        }
        m.partners().forEach(p -> orgIds.add(p.organisationId()));
        Map<Long, Organisation> orgs = organisations.findAllById(orgIds);
        Map<Long, Territory> places = territories.findAllById(m.territoryIds());
        Map<Long, CrossCuttingAspect> aspectById =
                aspects.list().stream().collect(Collectors.toMap(CrossCuttingAspect::id, Function.identity()));
        Organisation lead = m.leadOrganisationId() == null ? null : orgs.get(m.leadOrganisationId());
        return new MeasureJson.Detail(
                m.id(),
                m.strategyId(),
                m.position(),
                m.code(),
                m.title(),
                m.description(),
                new MeasureJson.Lead(m.leadOrganisationId(), lead == null ? null : lead.name(), m.leadNote()),
                m.partners().stream()
                        .map(p -> new MeasureJson.PartnerJson(
                                p.organisationId(), orgs.get(p.organisationId()).name(), p.role()))
                        .toList(),
                m.fieldIds().stream()
                        .map(id -> new MeasureJson.Ref(
                                id, fields.get(id).code(), fields.get(id).title()))
                        .toList(),
                m.objectiveIds().stream()
                        .map(id -> new MeasureJson.Ref(
                                id,
                                objectives.get(id).code(),
                                objectives.get(id).title()))
                        .toList(),
                m.countyWide(),
                m.territoryIds().stream()
                        .map(id -> new MeasureJson.Ref(
                                id, places.get(id).key(), places.get(id).name()))
                        .toList(),
                m.targetGroups(),
                m.lifeStages().stream().sorted().toList(),
                m.aspectIds().stream()
                        .map(id -> new MeasureJson.Ref(
                                id, aspectById.get(id).key(), aspectById.get(id).nameDe()))
                        .toList(),
                m.startDate(),
                m.deadline(),
                m.status(),
                m.progress(),
                m.isOverdue(today),
                new MeasureJson.BudgetJson(
                        euros(m.budget().planned()),
                        euros(m.budget().approved()),
                        euros(m.budget().spent())),
                m.costItems().stream()
                        .map(c -> new MeasureJson.CostItemJson(
                                c.category(), c.label(), euros(c.planned()), euros(c.approved()), euros(c.spent())))
                        .toList(),
                m.funding().stream()
                        .map(f -> new MeasureJson.FundingJson(
                                f.source(),
                                f.programme(),
                                f.periodStart(),
                                f.periodEnd(),
                                f.sharePercent(),
                                euros(f.amount())))
                        .toList(),
                m.modelTrial(),
                m.trialSites().stream()
                        .map(s -> new MeasureJson.TrialSiteJson(s.territoryId(), s.organisationId(), s.description()))
                        .toList(),
                m.links().stream()
                        .map(l -> new MeasureJson.LinkJson(
                                l.kind(),
                                l.label(),
                                l.paperNumber() == null ? null : l.paperNumber().value(),
                                l.url()))
                        .toList(),
                m.activities().stream()
                        .map(a -> new MeasureJson.ActivityJson(
                                a.kind(), a.onDate(), a.title(), a.description(), a.territoryId(), a.bodyId()))
                        .toList(),
                m.statusReports().stream().map(MeasureJson.StatusReportJson::of).toList(),
                m.sourceNote(),
                m.exampleData(),
                m.version(),
                m.updatedAt(),
                VisibleUsernames.visible(m.updatedBy()));
    }

    private static java.math.BigDecimal euros(de.lotse.planning.Money money) {
        return money == null ? null : money.euros();
    }
}
