package de.lotse.planning;

import de.lotse.indicator.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of a performance measure to enter (or to correct: a second entry for the same period replaces the first).
 *
 * @param performanceMeasureId the performance measure
 * @param period the period as text, e.g. {@code 2015} or {@code 2015-Q3}
 * @param value the value
 * @param note a remark, or {@code null}
 */
public record PerformanceValueEntry(Long performanceMeasureId, String period, BigDecimal value, String note) {

    public PerformanceValueEntry {
        period = period == null || period.isBlank() ? null : period.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The invalid fields; empty when the entry is valid on its own. */
    public List<TargetDraft.Problem> problems() {
        List<TargetDraft.Problem> problems = new ArrayList<>();
        if (performanceMeasureId == null) {
            problems.add(new TargetDraft.Problem("performanceMeasureId", "targets.error.required", "required"));
        }
        if (period == null) {
            problems.add(new TargetDraft.Problem("period", "targets.error.required", "required"));
        } else {
            try {
                Period.parse(period);
            } catch (IllegalArgumentException e) {
                problems.add(new TargetDraft.Problem("period", "targets.error.period", e.getMessage()));
            }
        }
        if (value == null) {
            problems.add(new TargetDraft.Problem("value", "targets.error.required", "required"));
        } else if (!TargetDraft.storable(value)) {
            problems.add(TargetDraft.tooLarge("value"));
        }
        if (note != null && note.length() > 2000) {
            problems.add(new TargetDraft.Problem("note", "targets.error.tooLong", "at most 2000 characters"));
        }
        return problems;
    }
}
