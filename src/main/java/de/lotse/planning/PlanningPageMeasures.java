package de.lotse.planning;

import de.lotse.indicator.LifeStage;
import de.lotse.organisation.Body;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.planning.PlanningPageQueries.MeasureRow;
import de.lotse.planning.PlanningPageQueries.StrategyRow;
import de.lotse.planning.PlanningPageViews.Activity;
import de.lotse.planning.PlanningPageViews.Budget;
import de.lotse.planning.PlanningPageViews.Lead;
import de.lotse.planning.PlanningPageViews.Measure;
import de.lotse.planning.PlanningPageViews.Partner;
import de.lotse.planning.PlanningPageViews.Served;
import de.lotse.planning.PlanningPageViews.TrialSite;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public measure page: everything known about one measure, with names of organisations and places resolved. */
@Service
@Transactional(readOnly = true)
public class PlanningPageMeasures {

    private final PlanningPageQueries queries;
    private final PlanningPageMeasureQueries details;
    private final PlanningPages pages;
    private final Organisations organisations;
    private final Territories territories;

    PlanningPageMeasures(
            PlanningPageQueries queries,
            PlanningPageMeasureQueries details,
            PlanningPages pages,
            Organisations organisations,
            Territories territories) {
        this.queries = queries;
        this.details = details;
        this.pages = pages;
        this.organisations = organisations;
        this.territories = territories;
    }

    /** The measure with this id, or empty when there is none. */
    public Optional<Measure> measure(long id) {
        return queries.measure(id).map(this::measure);
    }

    private Measure measure(MeasureRow m) {
        StrategyRow strategy = queries.strategy(m.strategyId()).orElseThrow();
        List<Long> self = List.of(m.id());
        Map<Long, String> roles = details.partnerRoles(m.id());
        Map<Long, Organisation> partnerOrgs = organisations.findAllById(roles.keySet());
        List<Partner> partners = new ArrayList<>();
        partnerOrgs.values().forEach(o -> partners.add(new Partner(lead(o), roles.get(o.id()))));
        List<Lead> places = territoryNames(queries.measureTerritories(self).stream()
                .map(PlanningPageQueries.Pair::right)
                .toList());
        return new Measure(
                m.id(),
                m.code(),
                m.title(),
                m.description(),
                m.status(),
                m.progress(),
                PlanningPages.ref(strategy),
                lead(m.leadOrganisationId(), m.leadNote()),
                m.leadOrganisationId(),
                partners,
                m.countyWide(),
                strategy.territoryId() == null
                        ? null
                        : territories
                                .findById(strategy.territoryId())
                                .map(PlanningPages::label)
                                .orElse(null),
                places,
                details.targetGroups(m.id()),
                lifeStages(m.id()),
                queries.aspects("measure_aspect", "measure_id", self).getOrDefault(m.id(), List.of()),
                m.startDate(),
                m.deadline(),
                RollUp.overdue(m.status(), m.deadline(), pages.today()),
                served(m, strategy, true),
                served(m, strategy, false),
                details.statusReports(m.id()),
                new Budget(m.budgetPlanned(), m.budgetApproved(), m.budgetSpent(), details.costItems(m.id())),
                details.fundings(m.id()),
                m.modelTrial(),
                trialSites(m.id()),
                details.links(m.id()),
                activities(m.id()),
                m.exampleData(),
                m.sourceNote(),
                m.version(),
                m.updatedAt());
    }

    /** The fields of action (or objectives) the measure serves, in document order. */
    private List<Served> served(MeasureRow m, StrategyRow strategy, boolean fields) {
        List<PlanningPageQueries.FieldRow> fieldRows = queries.fields(strategy.id());
        if (fields) {
            Set<Long> ids = new HashSet<>();
            queries.measureFields(List.of(m.id())).forEach(p -> ids.add(p.right()));
            // a measure that serves an objective serves its field too
            Set<Long> objectiveIds = objectiveIds(m);
            queries.objectives(strategy.id()).stream()
                    .filter(o -> objectiveIds.contains(o.id()))
                    .forEach(o -> ids.add(o.fieldId()));
            return fieldRows.stream()
                    .filter(f -> ids.contains(f.id()))
                    .map(f -> new Served(f.id(), f.code(), f.title(), null))
                    .toList();
        }
        Set<Long> objectiveIds = objectiveIds(m);
        return queries.objectives(strategy.id()).stream()
                .filter(o -> objectiveIds.contains(o.id()))
                .map(o -> new Served(
                        o.id(),
                        o.code(),
                        o.title(),
                        fieldRows.stream()
                                .filter(f -> f.id() == o.fieldId())
                                .map(PlanningPageQueries.FieldRow::title)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    private Set<Long> objectiveIds(MeasureRow m) {
        Set<Long> ids = new HashSet<>();
        queries.measureObjectives(List.of(m.id())).forEach(p -> ids.add(p.right()));
        return ids;
    }

    /** The life stages in the order of the life course; names the monitoring module does not know are left out. */
    private List<String> lifeStages(long measureId) {
        Set<String> names = new HashSet<>(details.lifeStages(measureId));
        return Arrays.stream(LifeStage.values())
                .map(LifeStage::name)
                .filter(names::contains)
                .toList();
    }

    private List<TrialSite> trialSites(long measureId) {
        List<TrialSite> sites = new ArrayList<>();
        for (Object[] row : details.trialSites(measureId)) {
            Long territoryId = (Long) row[0];
            Long organisationId = (Long) row[1];
            sites.add(new TrialSite(
                    territoryId == null ? null : territoryName(territoryId),
                    organisationId == null ? null : lead(organisationId, null),
                    (String) row[2]));
        }
        return sites;
    }

    private List<Activity> activities(long measureId) {
        return queries.activities(List.of(measureId)).stream()
                .map(a -> new Activity(
                        a.kind(),
                        a.onDate(),
                        a.title(),
                        a.description(),
                        a.territoryId() == null ? null : territoryName(a.territoryId()),
                        a.bodyId() == null
                                ? null
                                : organisations
                                        .findBodyById(a.bodyId())
                                        .map(Body::name)
                                        .orElse(null)))
                .toList();
    }

    private List<Lead> territoryNames(List<Long> ids) {
        return territories.findAllById(ids).values().stream()
                .sorted(java.util.Comparator.comparing(Territory::name))
                .map(t -> new Lead(t.key(), t.name()))
                .toList();
    }

    private String territoryName(long id) {
        return territories.findById(id).map(Territory::name).orElse(null);
    }

    private Lead lead(Long organisationId, String note) {
        if (organisationId != null) {
            Optional<Organisation> o = organisations.findById(organisationId);
            if (o.isPresent()) {
                return lead(o.get());
            }
        }
        return note == null || note.isBlank() ? null : new Lead(null, note);
    }

    private static Lead lead(Organisation o) {
        return new Lead(o.key(), o.name());
    }
}
