package de.lotse.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The content of a strategy document to create or to change (its fields of action are saved on their own). */
public record StrategyDraft(
        String key,
        StrategyType type,
        String title,
        String subtitle,
        Long territoryId,
        String edition,
        StrategyStatus status,
        AdoptingDecision decision,
        Long steeringBodyId,
        Long leadOrganisationId,
        LocalDate periodStart,
        LocalDate periodEnd,
        String summary,
        Long predecessorId,
        String sourceNote,
        boolean exampleData,
        List<Section> sections) {

    static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public StrategyDraft {
        key = key == null ? null : key.strip();
        title = strip(title);
        subtitle = strip(subtitle);
        edition = strip(edition);
        summary = strip(summary);
        sourceNote = strip(sourceNote);
        decision = decision == null ? AdoptingDecision.UNKNOWN : decision;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A draft with the required fields only. */
    public static StrategyDraft of(String key, StrategyType type, String title, StrategyStatus status) {
        return new StrategyDraft(
                key,
                type,
                title,
                null,
                null,
                null,
                status,
                AdoptingDecision.UNKNOWN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of());
    }

    public List<PlanningProblem> problems() {
        List<PlanningProblem> problems = new ArrayList<>();
        if (key == null || key.length() > 80 || !KEY.matcher(key).matches()) {
            problems.add(new PlanningProblem(
                    "key", "strategy.error.key", "lower-case letters, digits and single hyphens, at most 80"));
        }
        if (type == null) {
            problems.add(new PlanningProblem("type", "strategy.error.required", "required"));
        }
        if (title == null) {
            problems.add(new PlanningProblem("title", "strategy.error.required", "required"));
        } else if (title.length() > 300) {
            problems.add(new PlanningProblem("title", "strategy.error.tooLong", "at most 300 characters"));
        }
        if (subtitle != null && subtitle.length() > 300) {
            problems.add(new PlanningProblem("subtitle", "strategy.error.tooLong", "at most 300 characters"));
        }
        if (edition != null && edition.length() > 60) {
            problems.add(new PlanningProblem("edition", "strategy.error.tooLong", "at most 60 characters"));
        }
        if (status == null) {
            problems.add(new PlanningProblem("status", "strategy.error.required", "required"));
        } else if (status == StrategyStatus.DRAFT && !decision.isUnknown()) {
            problems.add(
                    new PlanningProblem("decision", "strategy.error.draftAdopted", "a draft has no adopting decision"));
        }
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            problems.add(new PlanningProblem("periodEnd", "strategy.error.endBeforeStart", "before the start"));
        }
        if (sourceNote != null && sourceNote.length() > 500) {
            problems.add(new PlanningProblem("sourceNote", "strategy.error.tooLong", "at most 500 characters"));
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.title() == null || s.title().isEmpty()) {
                problems.add(new PlanningProblem("sections[" + i + "].title", "strategy.error.required", "required"));
            } else if (s.title().length() > 300) {
                problems.add(new PlanningProblem(
                        "sections[" + i + "].title", "strategy.error.tooLong", "at most 300 characters"));
            }
            if (s.body() == null || s.body().isEmpty()) {
                problems.add(new PlanningProblem("sections[" + i + "].body", "strategy.error.required", "required"));
            }
        }
        return problems;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
