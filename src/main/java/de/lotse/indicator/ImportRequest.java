package de.lotse.indicator;

/**
 * What a planner asks of a statistics import.
 *
 * @param dryRun only report what would be written
 * @param importValidRows write the valid rows of a file that has errors in some rows (after a dry run showed them);
 *     a file whose whole content is in doubt (wrong encoding, cut off, unknown format) is never written
 * @param mapping for a GENESIS table: which columns become which indicators; {@code null} to use the mapping saved for
 *     the table's code
 */
public record ImportRequest(boolean dryRun, boolean importValidRows, ColumnMapping mapping) {

    /** A dry run of a file without a mapping. */
    public static ImportRequest dryRunOnly() {
        return new ImportRequest(true, false, null);
    }
}
