package de.lotse.directory.schedule;

import java.util.List;

/**
 * The outcome of a holiday import or dry run.
 *
 * @param format CSV or ICALENDAR
 * @param dryRun true when nothing was written
 * @param rows what the file holds (in file order), the preview of a dry run
 * @param scopes per region and kind: the years the file covers and how many stored entries it replaces
 * @param errors every problem found; with any error nothing is written
 */
public record HolidayImportReport(
        String fileName,
        String format,
        boolean dryRun,
        List<HolidayRow> rows,
        List<Scope> scopes,
        List<HolidayImportProblem> errors) {

    /** A region and kind of the file, the years (of the start dates) it covers and the stored entries it replaces. */
    public record Scope(String region, HolidayKind kind, List<Integer> years, int replaced) {}

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether the entries are now stored (not a dry run, no errors). */
    public boolean committed() {
        return !dryRun && errors.isEmpty();
    }
}
