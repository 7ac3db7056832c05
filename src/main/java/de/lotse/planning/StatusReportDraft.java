package de.lotse.planning;

import java.time.LocalDate;

/**
 * A status report somebody wants to add: the day it speaks about, the new status, the progress in percent and the
 * text. {@code reopen} marks a planner's report that takes a closed measure (umgesetzt, aufgegeben) back up; the
 * text then says why.
 */
public record StatusReportDraft(LocalDate asOf, MeasureStatus status, Integer progress, String text, boolean reopen) {

    public static StatusReportDraft of(LocalDate asOf, MeasureStatus status, int progress, String text) {
        return new StatusReportDraft(asOf, status, progress, text, false);
    }
}
