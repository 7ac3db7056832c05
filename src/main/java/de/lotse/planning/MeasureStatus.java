package de.lotse.planning;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a measure stands (the status of its latest status report).
 *
 * <p>The rule of the status log (see {@link #canChangeTo(MeasureStatus)}):
 *
 * <ul>
 *   <li>{@code PLANNED} → {@code IN_PROGRESS}, {@code POSTPONED}, {@code ABANDONED}
 *   <li>{@code IN_PROGRESS} → {@code DONE}, {@code DELAYED}, {@code POSTPONED}, {@code ABANDONED}
 *   <li>{@code DELAYED} → {@code IN_PROGRESS}, {@code DONE}, {@code POSTPONED}, {@code ABANDONED}
 *   <li>{@code POSTPONED} → {@code PLANNED}, {@code IN_PROGRESS}, {@code ABANDONED}
 *   <li>{@code DONE} and {@code ABANDONED} are final: only a planner may reopen such a measure (to {@code PLANNED},
 *       {@code IN_PROGRESS} or {@code DELAYED}), with a report that says why ({@link #canBeReopenedAs}).
 * </ul>
 *
 * A report with the same status as before is always allowed: it updates the progress and the text. {@code DONE}
 * means 100 % progress.
 */
public enum MeasureStatus {
    /** geplant. */
    PLANNED,
    /** in Umsetzung. */
    IN_PROGRESS,
    /** umgesetzt. */
    DONE,
    /** verzögert. */
    DELAYED,
    /** zurückgestellt. */
    POSTPONED,
    /** aufgegeben. */
    ABANDONED;

    /** The statuses a report may move a measure to from this one, without reopening; the same status included. */
    public Set<MeasureStatus> next() {
        Set<MeasureStatus> next =
                switch (this) {
                    case PLANNED -> EnumSet.of(IN_PROGRESS, POSTPONED, ABANDONED);
                    case IN_PROGRESS -> EnumSet.of(DONE, DELAYED, POSTPONED, ABANDONED);
                    case DELAYED -> EnumSet.of(IN_PROGRESS, DONE, POSTPONED, ABANDONED);
                    case POSTPONED -> EnumSet.of(PLANNED, IN_PROGRESS, ABANDONED);
                    case DONE, ABANDONED -> EnumSet.noneOf(MeasureStatus.class);
                };
        next.add(this);
        return next;
    }

    /** Whether a status report may move a measure from this status to {@code next} (same status: yes). */
    public boolean canChangeTo(MeasureStatus next) {
        return next().contains(next);
    }

    /** Umgesetzt or aufgegeben: the measure is closed; only a planner can reopen it. */
    public boolean isFinal() {
        return this == DONE || this == ABANDONED;
    }

    /** Whether a planner may reopen a measure of this (final) status as {@code next}. */
    public boolean canBeReopenedAs(MeasureStatus next) {
        return isFinal() && (next == PLANNED || next == IN_PROGRESS || next == DELAYED);
    }

    /** Whether a measure of this status still has to be done (not umgesetzt, not aufgegeben). */
    public boolean isOpen() {
        return !isFinal();
    }
}
