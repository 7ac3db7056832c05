package de.lotse.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of a field of action with its objectives, in order. Saving a field keeps objectives that are not
 * named (they may be referred to by measures and targets); new objectives are added at the end.
 */
public record FieldDraft(
        String code,
        String title,
        String situation,
        String description,
        List<Long> aspectIds,
        List<ObjectiveDraft> objectives) {

    public FieldDraft {
        code = code == null || code.isBlank() ? null : code.strip();
        title = title == null || title.isBlank() ? null : title.strip();
        situation = situation == null || situation.isBlank() ? null : situation.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        aspectIds = aspectIds == null ? List.of() : List.copyOf(aspectIds);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    public static FieldDraft of(String title, String situation, List<ObjectiveDraft> objectives) {
        return new FieldDraft(null, title, situation, null, List.of(), objectives);
    }

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
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveDraft o = objectives.get(i);
            if (o.title() == null) {
                problems.add(new PlanningProblem("objectives[" + i + "].title", "strategy.error.required", "required"));
            } else if (o.title().length() > 500) {
                problems.add(new PlanningProblem(
                        "objectives[" + i + "].title", "strategy.error.tooLong", "at most 500 characters"));
            }
            if (o.code() != null && o.code().length() > 20) {
                problems.add(new PlanningProblem(
                        "objectives[" + i + "].code", "strategy.error.tooLong", "at most 20 characters"));
            }
        }
        return problems;
    }
}
