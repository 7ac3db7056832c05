package de.lotse.planning;

import de.lotse.account.AuditTrail;
import de.lotse.organisation.Organisations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of the strategies: list and read them, create and change them (planners), and add status reports
 * (planners and the members of the measure's lead organisation). Every change is written to the audit trail in the
 * same transaction; changes name the version they are based on and are refused with a
 * {@link StalePlanningException} that says who changed which fields since.
 */
@Service
@Transactional(readOnly = true)
public class Measures {

    private final MeasureRepository repository;
    private final MeasureDetailsRepository details;
    private final MeasureReferences references;
    private final ChangeLog changes;
    private final Organisations organisations;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    Measures(
            MeasureRepository repository,
            MeasureDetailsRepository details,
            MeasureReferences references,
            ChangeLog changes,
            Organisations organisations,
            CurrentUser user,
            AuditTrail audit,
            Optional<Clock> clock) {
        this.repository = repository;
        this.details = details;
        this.references = references;
        this.changes = changes;
        this.organisations = organisations;
        this.user = user;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Today in the county's time zone, the day {@link Measure#isOverdue} is judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The measures matching the filter with all details, by strategy and document order. */
    public List<Measure> list(MeasureFilter filter) {
        List<MeasureRepository.Row> rows = repository.list(filter, today());
        Map<Long, List<StatusReport>> reports =
                repository
                        .statusReports(
                                rows.stream().map(MeasureRepository.Row::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(StatusReport::measureId));
        return details.complete(rows, reports);
    }

    /** A measure with all its details and its status log. */
    public Optional<Measure> find(long id) {
        return repository.find(id).map(row -> details.complete(List.of(row), Map.of(id, repository.statusReports(id)))
                .getFirst());
    }

    /** The status log of a measure, oldest first. */
    public List<StatusReport> statusReports(long measureId) {
        get(measureId);
        return repository.statusReports(measureId);
    }

    /** The changes of a measure after a version (who, when, which fields), oldest first. */
    public List<StalePlanningException.Change> changesSince(long measureId, long version) {
        return changes.since(ChangeLog.MEASURE, measureId, version);
    }

    /**
     * Creates a measure at the end of its strategy's catalogue, in status geplant.
     *
     * @throws InvalidPlanningException with the invalid fields
     */
    @Transactional
    public Measure create(MeasureDraft draft) {
        references.check(draft);
        String actor = user.username();
        long id = repository.insert(draft, actor);
        details.replace(id, draft);
        changes.record(ChangeLog.MEASURE, id, 1, actor, List.of("created"));
        audit.record(
                "MEASURE_CREATED",
                "measure",
                Long.toString(id),
                "Maßnahme „" + draft.title() + "“ angelegt",
                Map.of("strategyId", draft.strategyId()));
        return get(id);
    }

    /**
     * Changes a measure (it stays in its strategy) if it is still at {@code expectedVersion}. A draft that changes
     * nothing changes nothing (the version stays).
     *
     * @throws StalePlanningException when somebody else changed it since
     * @throws InvalidPlanningException with the invalid fields
     */
    @Transactional
    public Measure update(long id, long expectedVersion, MeasureDraft draft) {
        long version = repository.lock(id).orElseThrow(() -> new UnknownPlanningException("No measure " + id));
        Measure current = get(id);
        if (version != expectedVersion) {
            throw changes.stale("Measure " + id, ChangeLog.MEASURE, id, expectedVersion, version);
        }
        MeasureDraft inStrategy = withStrategy(draft, current.strategyId());
        references.check(inStrategy);
        List<String> changed = MeasureChanges.between(current.draft(), inStrategy);
        if (changed.isEmpty()) {
            return current;
        }
        String actor = user.username();
        repository.update(id, inStrategy, actor);
        details.replace(id, inStrategy);
        changes.record(ChangeLog.MEASURE, id, version + 1, actor, changed);
        audit.record(
                "MEASURE_UPDATED",
                "measure",
                Long.toString(id),
                "Maßnahme „" + inStrategy.title() + "“ geändert: " + String.join(", ", changed),
                Map.of("version", version + 1, "fields", changed));
        return get(id);
    }

    /** Whether the signed-in user may report the status of this measure. */
    public boolean mayReport(Measure measure) {
        return measure.mayBeReportedBy(user.isPlanner(), organisations.organisationIdsOf(user.username()));
    }

    /** Whether the signed-in user may reopen this measure: it is closed (umgesetzt, aufgegeben) and they plan. */
    public boolean mayReopen(Measure measure) {
        return measure.status().isFinal() && user.isPlanner();
    }

    /**
     * Adds a status report and sets the measure's status and progress to it (see {@link Measure#reportStatus}).
     *
     * @throws PlanningAccessDeniedException when the user is neither a planner nor a member of the lead organisation
     * @throws InvalidPlanningException when the report breaks a rule of the status log
     */
    @Transactional
    public StatusReport reportStatus(long measureId, StatusReportDraft draft) {
        long version =
                repository.lock(measureId).orElseThrow(() -> new UnknownPlanningException("No measure " + measureId));
        Measure measure = get(measureId);
        String actor = user.username();
        if (!mayReport(measure)) {
            throw new PlanningAccessDeniedException("Only planners and members of the lead organisation may report"
                    + " the status of measure " + measureId + "; " + actor + " is neither");
        }
        Measure after = measure.reportStatus(draft, actor, today(), user.isPlanner());
        StatusReport report = after.latestReport();
        long reportId = repository.addStatusReport(measureId, report, actor);
        changes.record(ChangeLog.MEASURE, measureId, version + 1, actor, List.of("status", "progress"));
        audit.record(
                "MEASURE_STATUS_REPORTED",
                "measure",
                Long.toString(measureId),
                "Statusbericht zu „" + measure.title() + "“: " + report.status() + ", " + report.progress() + " %",
                Map.of(
                        "status",
                        report.status().name(),
                        "progress",
                        report.progress(),
                        "previous",
                        measure.status().name(),
                        "reportId",
                        reportId));
        return repository.statusReports(measureId).stream()
                .filter(r -> r.id() == reportId)
                .findFirst()
                .orElseThrow();
    }

    private Measure get(long id) {
        return find(id).orElseThrow(() -> new UnknownPlanningException("No measure " + id));
    }

    private static MeasureDraft withStrategy(MeasureDraft d, long strategyId) {
        return new MeasureDraft(
                strategyId,
                d.code(),
                d.title(),
                d.description(),
                d.leadOrganisationId(),
                d.leadNote(),
                d.countyWide(),
                d.startDate(),
                d.deadline(),
                d.budget(),
                d.modelTrial(),
                d.sourceNote(),
                d.exampleData(),
                d.fieldIds(),
                d.objectiveIds(),
                d.partners(),
                d.territoryIds(),
                d.targetGroups(),
                d.lifeStages(),
                d.aspectIds(),
                d.costItems(),
                d.funding(),
                d.trialSites(),
                d.links(),
                d.activities());
    }

    /** The number of measures per status in a strategy (all statuses present, zero included). */
    public Map<MeasureStatus, Long> countByStatus(long strategyId) {
        Map<MeasureStatus, Long> counts = list(MeasureFilter.ofStrategy(strategyId)).stream()
                .collect(Collectors.groupingBy(Measure::status, Collectors.counting()));
        Map<MeasureStatus, Long> all = new LinkedHashMap<>();
        for (MeasureStatus s : MeasureStatus.values()) {
            all.put(s, counts.getOrDefault(s, 0L));
        }
        return all;
    }
}
