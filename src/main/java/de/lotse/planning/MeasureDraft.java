package de.lotse.planning;

import de.lotse.indicator.LifeStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The editable content of a measure, to create or to change one. The status is not part of it: it changes only by
 * status reports ({@link Measures#reportStatus}). {@link #problems()} names every invalid field the draft can judge on
 * its own; {@link Measures} also checks that every referenced strategy, field, objective, organisation, territory and
 * aspect exists.
 */
public record MeasureDraft(
        long strategyId,
        String code,
        String title,
        String description,
        Long leadOrganisationId,
        String leadNote,
        boolean countyWide,
        LocalDate startDate,
        LocalDate deadline,
        Budget budget,
        boolean modelTrial,
        String sourceNote,
        boolean exampleData,
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
        List<Activity> activities) {

    public MeasureDraft {
        title = strip(title);
        code = strip(code);
        description = strip(description);
        leadNote = strip(leadNote);
        sourceNote = strip(sourceNote);
        budget = budget == null ? Budget.UNKNOWN : budget;
        fieldIds = copy(fieldIds);
        objectiveIds = copy(objectiveIds);
        partners = copy(partners);
        territoryIds = countyWide ? List.of() : copy(territoryIds);
        targetGroups = targetGroups == null
                ? List.of()
                : targetGroups.stream()
                        .filter(g -> g != null && !g.isBlank())
                        .map(String::strip)
                        .toList();
        lifeStages = lifeStages == null ? Set.of() : Set.copyOf(lifeStages);
        aspectIds = copy(aspectIds);
        costItems = copy(costItems);
        funding = copy(funding);
        trialSites = copy(trialSites);
        links = copy(links);
        activities = copy(activities);
    }

    /** A county-wide draft with a title only, e.g. to start from. */
    public static MeasureDraft of(long strategyId, String title) {
        return new MeasureDraft(
                strategyId,
                null,
                title,
                null,
                null,
                null,
                true,
                null,
                null,
                Budget.UNKNOWN,
                false,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Field name → problem, in form order; empty when the draft is valid on its own. */
    public List<PlanningProblem> problems() {
        List<PlanningProblem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new PlanningProblem("title", "strategy.error.required", "required"));
        } else if (title.length() > 300) {
            problems.add(new PlanningProblem("title", "strategy.error.tooLong", "at most 300 characters"));
        }
        if (code != null && code.length() > 20) {
            problems.add(new PlanningProblem("code", "strategy.error.tooLong", "at most 20 characters"));
        }
        if (leadNote != null && leadNote.length() > 300) {
            problems.add(new PlanningProblem("leadNote", "strategy.error.tooLong", "at most 300 characters"));
        }
        if (sourceNote != null && sourceNote.length() > 500) {
            problems.add(new PlanningProblem("sourceNote", "strategy.error.tooLong", "at most 500 characters"));
        }
        if (startDate != null && deadline != null && deadline.isBefore(startDate)) {
            problems.add(new PlanningProblem("deadline", "strategy.error.deadlineBeforeStart", "before the start"));
        }
        if (!countyWide && territoryIds.isEmpty()) {
            problems.add(new PlanningProblem(
                    "territories",
                    "strategy.error.territoriesRequired",
                    "name the territories or make it county-wide"));
        }
        if (!modelTrial && !trialSites.isEmpty()) {
            problems.add(new PlanningProblem(
                    "trialSites", "strategy.error.trialSitesWithoutTrial", "only a model trial has trial sites"));
        }
        if (partners.stream().map(Partner::organisationId).distinct().count() != partners.size()) {
            problems.add(new PlanningProblem("partners", "strategy.error.duplicate", "an organisation is named twice"));
        } else if (leadOrganisationId != null
                && partners.stream().anyMatch(p -> p.organisationId() == leadOrganisationId)) {
            problems.add(new PlanningProblem("partners", "strategy.error.leadIsPartner", "the lead is no partner"));
        }
        for (int i = 0; i < targetGroups.size(); i++) {
            if (targetGroups.get(i).length() > 200) {
                problems.add(new PlanningProblem(
                        "targetGroups[" + i + "]", "strategy.error.tooLong", "at most 200 characters"));
            }
        }
        if (new HashSet<>(targetGroups).size() != targetGroups.size()) {
            problems.add(
                    new PlanningProblem("targetGroups", "strategy.error.duplicate", "a target group is named twice"));
        }
        return problems;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An unmodifiable copy; empty entries (JSON {@code null} in a list) are left out. */
    private static <T> List<T> copy(List<T> list) {
        return list == null
                ? List.of()
                : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
