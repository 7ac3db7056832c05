package de.lotse.indicator;

import java.util.List;

/**
 * What a statistics import did, or in a dry run would do: counts, the rejected rows with their lines, and, for a
 * GENESIS table without a mapping, the table's columns to map. A report with errors means nothing was written, unless
 * the planner asked for the valid rows ({@code importValidRows}); then {@code committed} is true and {@code rejected}
 * counts the rows left out.
 *
 * @param fileName the uploaded file's name
 * @param format {@code CLASSIC_TABLE}, {@code FLAT_FILE}, {@code FLAT_FILE_OLD}, {@code LONG_FORMAT} or {@code
 *     UNKNOWN}
 * @param tableCode the GENESIS table code (e.g. {@code 12411-02-03-4}), {@code null} for the long format
 * @param mappingSource where the column mapping came from: {@code REQUEST}, {@code SAVED}, or {@code null} when none
 *     was needed or none was found
 * @param dryRun whether this was a dry run
 * @param committed whether values were written
 * @param rowsRead values read from the file
 * @param created cells that get a value for the first time
 * @param changed cells whose value changes (the former value goes into the revision history)
 * @param unchanged cells that already hold the same value
 * @param rejected rows not imported because of an error
 * @param skipped values left out on purpose: columns without a mapping, Germany and Regierungsbezirke, levels the
 *     indicator does not exist for, dissolved territories without values
 * @param columns for a GENESIS table without a mapping: its distinct columns, to be mapped
 * @param errors problems that prevent the import (of the rows concerned, with {@code importValidRows}): the first
 *     {@value ReadProblems#MAX_KEPT} of each kind
 * @param errorCounts how many problems of each kind there were, including those not listed in {@code errors}
 * @param warnings problems that do not prevent it
 */
public record StatisticsImportReport(
        String fileName,
        String format,
        String tableCode,
        String mappingSource,
        boolean dryRun,
        boolean committed,
        int rowsRead,
        int created,
        int changed,
        int unchanged,
        int rejected,
        int skipped,
        List<FileColumn> columns,
        List<Problem> errors,
        List<ProblemCount> errorCounts,
        List<Problem> warnings)
        implements java.io.Serializable {

    /** Whether the file had errors. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** How many errors there were in all, including those not listed. */
    public int errorTotal() {
        return errorCounts.stream().mapToInt(ProblemCount::count).sum();
    }

    /** The kinds of error of which more were found than are listed. */
    public List<ProblemCount> unlisted() {
        return errorCounts.stream().filter(c -> c.count() > c.listed()).toList();
    }

    /**
     * How many problems of one kind a file had.
     *
     * @param code the kind, e.g. {@code territory.unknown}
     * @param count how many there were
     * @param listed how many of them are listed with their lines in {@code errors}
     * @param message the kind in plain words, in the language of the request
     */
    public record ProblemCount(String code, int count, int listed, String message) implements java.io.Serializable {

        /** How many were not listed. */
        public int more() {
            return count - listed;
        }
    }

    /** Whether a GENESIS table could not be imported because no mapping was given or saved. */
    public boolean mappingRequired() {
        return !columns.isEmpty();
    }

    /**
     * A column of a GENESIS table, as a planner maps it.
     *
     * @param path labels from the most general to the most specific
     * @param codes GENESIS codes (flat file), empty for the table CSV
     * @param firstLine the first line that has a value of the column
     */
    public record FileColumn(List<String> path, List<String> codes, int firstLine) implements java.io.Serializable {}

    /**
     * An error or warning, located as precisely as the format allows.
     *
     * @param file the uploaded file's name
     * @param line line number (1-based), or 0 when it concerns the whole file
     * @param field the field concerned (e.g. {@code value}, a header path), or {@code null}
     * @param code stable identifier of the kind of problem, e.g. {@code territory.unknown}
     * @param args the values the message mentions
     * @param message what is wrong, in plain words, in the language of the request
     */
    public record Problem(String file, int line, String field, String code, List<String> args, String message)
            implements java.io.Serializable {

        static Problem of(String file, int line, String field, String code, Object... args) {
            return new Problem(
                    file,
                    line,
                    field,
                    code,
                    java.util.Arrays.stream(args).map(String::valueOf).toList(),
                    null);
        }

        Problem withMessage(String text) {
            return new Problem(file, line, field, code, args, text);
        }

        @Override
        public String toString() {
            return file + (line > 0 ? ", line " + line : "") + (field == null ? "" : ", " + field) + ": "
                    + (message != null ? message : code + " " + args);
        }
    }
}
