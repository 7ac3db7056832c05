package de.lotse.planning;

import de.lotse.indicator.LifeStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A measure or project (Maßnahme / Projekt) of a strategy with everything known about it: which fields of action and
 * objectives it serves, who leads it (Federführung) and who takes part, where and for whom, when it is due, where it
 * stands (the status of its latest {@link StatusReport}), its budget, funding, model-trial sites, links and dated
 * activities. Other aggregates are referred to by id.
 *
 * @param leadOrganisationId the organisation that leads it, {@code null} when the document names none of the register
 * @param leadNote the lead as the document names it when it is not (yet) an organisation of the register
 * @param countyWide {@code true}: the whole territory of the strategy; otherwise {@link #territoryIds()}
 * @param progress progress of the latest status report, 0–100
 * @param version optimistic-lock version, raised by every change (also by a status report)
 */
public record Measure(
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
        Budget budget,
        boolean modelTrial,
        String sourceNote,
        boolean exampleData,
        long version,
        Instant updatedAt,
        String updatedBy,
        List<Long> fieldIds,
        List<Long> objectiveIds,
        List<Partner> partners,
        List<Long> territoryIds,
        List<String> targetGroups,
        Set<LifeStage> lifeStages,
        List<Long> aspectIds,
        List<CostItem> costItems,
        List<Funding> funding,
        List<TrialSite> trialSites,
        List<MeasureLink> links,
        List<Activity> activities,
        List<StatusReport> statusReports) {

    /** Whether the deadline has passed on {@code today} and the measure is neither umgesetzt nor aufgegeben. */
    public boolean isOverdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today) && status.isOpen();
    }

    /** The latest status report (by the day it speaks about, then by entry), if there is one. */
    public StatusReport latestReport() {
        return statusReports.isEmpty() ? null : statusReports.getLast();
    }

    /** Whether this user may report the status: planners may, and the members of the lead organisation. */
    public boolean mayBeReportedBy(boolean planner, List<Long> organisationIdsOfUser) {
        return planner || (leadOrganisationId != null && organisationIdsOfUser.contains(leadOrganisationId));
    }

    /**
     * Adds a status report: the measure after it, with the new status and progress and the report at the end of the
     * log (id 0 until stored). The rule of {@link MeasureStatus} applies; a report with the same status updates the
     * progress; umgesetzt means 100 %; without a progress the current one stays (100 for umgesetzt). A report may not
     * speak about a day in the future or before the latest report.
     *
     * @param byPlanner whether the author is a planner (only planners reopen closed measures)
     * @throws InvalidPlanningException when the report breaks a rule; the problems name the fields
     * @throws PlanningAccessDeniedException when somebody other than a planner tries to reopen a closed measure
     */
    public Measure reportStatus(StatusReportDraft draft, String author, LocalDate today, boolean byPlanner) {
        List<PlanningProblem> problems = new ArrayList<>();
        MeasureStatus next = draft.status();
        if (next == null) {
            problems.add(new PlanningProblem("status", "strategy.error.required", "required"));
        } else if (status.isFinal() && next != status) {
            if (!draft.reopen()) {
                problems.add(new PlanningProblem(
                        "status",
                        "strategy.error.statusFinal",
                        "the measure is " + status + "; only a planner can reopen it, with a reason"));
            } else if (!byPlanner) {
                throw new PlanningAccessDeniedException("Only planners may reopen a measure that is " + status);
            } else if (!status.canBeReopenedAs(next)) {
                problems.add(new PlanningProblem(
                        "status", "strategy.error.statusTransition", status + " cannot be reopened as " + next));
            }
        } else if (!status.canChangeTo(next)) {
            problems.add(new PlanningProblem(
                    "status", "strategy.error.statusTransition", status + " cannot change to " + next));
        }
        int newProgress = progressAfter(draft, next, problems);
        LocalDate asOf = draft.asOf() == null ? today : draft.asOf();
        if (asOf.isAfter(today)) {
            problems.add(new PlanningProblem("asOf", "strategy.error.future", "may not be in the future"));
        } else if (latestReport() != null && asOf.isBefore(latestReport().asOf())) {
            problems.add(new PlanningProblem(
                    "asOf", "strategy.error.beforeLatestReport", "may not be before the latest report"));
        }
        if (draft.text() == null || draft.text().isBlank()) {
            problems.add(new PlanningProblem("text", "strategy.error.required", "required"));
        } else if (draft.text().length() > 4000) {
            problems.add(new PlanningProblem("text", "strategy.error.tooLong", "at most 4000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanningException(problems);
        }
        List<StatusReport> log = new ArrayList<>(statusReports);
        log.add(new StatusReport(
                0,
                id,
                Instant.now(),
                asOf,
                author,
                next,
                newProgress,
                draft.text().strip()));
        return withStatus(next, newProgress, List.copyOf(log));
    }

    private int progressAfter(StatusReportDraft draft, MeasureStatus next, List<PlanningProblem> problems) {
        Integer given = draft.progress();
        if (given != null && (given < 0 || given > 100)) {
            problems.add(new PlanningProblem("progress", "strategy.error.progress", "between 0 and 100"));
            return progress;
        }
        if (next == MeasureStatus.DONE) {
            if (given != null && given != 100) {
                problems.add(new PlanningProblem("progress", "strategy.error.doneIs100", "umgesetzt means 100 %"));
            }
            return 100;
        }
        return given == null ? progress : given;
    }

    private Measure withStatus(MeasureStatus newStatus, int newProgress, List<StatusReport> log) {
        return new Measure(
                id,
                strategyId,
                position,
                code,
                title,
                description,
                leadOrganisationId,
                leadNote,
                countyWide,
                startDate,
                deadline,
                newStatus,
                newProgress,
                budget,
                modelTrial,
                sourceNote,
                exampleData,
                version,
                updatedAt,
                updatedBy,
                fieldIds,
                objectiveIds,
                partners,
                territoryIds,
                targetGroups,
                lifeStages,
                aspectIds,
                costItems,
                funding,
                trialSites,
                links,
                activities,
                log);
    }

    /** The editable content of this measure, e.g. to fill a form or to change one field. */
    public MeasureDraft draft() {
        return new MeasureDraft(
                strategyId,
                code,
                title,
                description,
                leadOrganisationId,
                leadNote,
                countyWide,
                startDate,
                deadline,
                budget,
                modelTrial,
                sourceNote,
                exampleData,
                fieldIds,
                objectiveIds,
                partners,
                territoryIds,
                targetGroups,
                lifeStages,
                aspectIds,
                costItems,
                funding,
                trialSites,
                links,
                activities);
    }
}
