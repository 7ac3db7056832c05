package de.lotse.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * A performance measure to define for a measure.
 *
 * @param question the question it answers
 * @param name what is counted
 * @param unit the unit
 */
public record PerformanceMeasureDraft(PerformanceQuestion question, String name, String unit) {

    public PerformanceMeasureDraft {
        name = name == null || name.isBlank() ? null : name.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    /** The invalid fields; empty when the draft is valid. */
    public List<TargetDraft.Problem> problems() {
        List<TargetDraft.Problem> problems = new ArrayList<>();
        if (question == null) {
            problems.add(new TargetDraft.Problem("question", "targets.error.required", "required"));
        }
        if (name == null) {
            problems.add(new TargetDraft.Problem("name", "targets.error.required", "required"));
        } else if (name.length() > 300) {
            problems.add(new TargetDraft.Problem("name", "targets.error.tooLong", "at most 300 characters"));
        }
        if (unit == null) {
            problems.add(new TargetDraft.Problem("unit", "targets.error.required", "required"));
        } else if (unit.length() > 50) {
            problems.add(new TargetDraft.Problem("unit", "targets.error.tooLong", "at most 50 characters"));
        }
        return problems;
    }
}
