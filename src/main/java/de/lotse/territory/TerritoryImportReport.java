package de.lotse.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import did, or in a dry run would do: counts, every change with its unit, unmatched features, errors and
 * warnings with file, line and field. A report with errors means nothing was written.
 *
 * @param fileName the uploaded file's name
 * @param format detected format: {@code GV100AD} or {@code GEOJSON}
 * @param edition Gebietsstand of a GV100AD file, {@code null} for GeoJSON
 * @param populationDate reference date of the population figures read, {@code null} if none
 * @param dryRun whether this was a dry run (nothing written)
 * @param committed whether the changes were written
 * @param recordsRead records (GV100AD) or features (GeoJSON) read
 * @param created units created
 * @param changed units whose name, type, seat, area, parent or validity changed
 * @param closed units closed because they disappeared from the register (valid_to set; nothing deleted)
 * @param unchanged units that were already up to date
 * @param populationAdded population figures added for a new reference date
 * @param populationChanged population figures corrected for an existing reference date
 * @param boundariesUpdated boundaries stored (GeoJSON)
 * @param scope which part of the hierarchy the file covers
 * @param changes the individual changes (all closures and changes; creations up to a limit)
 * @param unmatched features or records that matched no unit
 * @param errors problems that prevent the import
 * @param warnings problems that do not prevent it
 */
public record TerritoryImportReport(
        String fileName,
        String format,
        LocalDate edition,
        LocalDate populationDate,
        boolean dryRun,
        boolean committed,
        int recordsRead,
        int created,
        int changed,
        int closed,
        int unchanged,
        int populationAdded,
        int populationChanged,
        int boundariesUpdated,
        Scope scope,
        List<Change> changes,
        List<String> unmatched,
        List<ImportProblem> errors,
        List<ImportProblem> warnings)
        implements java.io.Serializable {

    /** Whether the file had errors (then nothing was written). */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * One change to one unit.
     *
     * @param kind CREATED, CHANGED, CLOSED, REOPENED, POPULATION_CHANGED or BOUNDARY
     * @param level level of the unit
     * @param key native key of the unit
     * @param name name of the unit
     * @param fields what changed, field by field (empty for CREATED)
     */
    public record Change(String kind, TerritoryLevel level, String key, String name, List<FieldChange> fields)
            implements java.io.Serializable {

        Change(String kind, TerritoryLevel level, String key, String name) {
            this(kind, level, key, name, List.of());
        }

        /** The changes in one line, for the audit trail. */
        public String summary() {
            return name + " (" + key + ")"
                    + (fields.isEmpty()
                            ? ""
                            : ": "
                                    + String.join(
                                            "; ",
                                            fields.stream()
                                                    .map(FieldChange::toString)
                                                    .toList()));
        }
    }

    /**
     * A changed field: {@code name}, {@code type}, {@code seat}, {@code areaKm2}, {@code path}, {@code validTo},
     * {@code population} (with the reference date in {@code referenceDate}) or {@code parts} (boundary features
     * combined).
     */
    public record FieldChange(String field, String before, String after) implements java.io.Serializable {

        @Override
        public String toString() {
            return field + ": " + (before == null ? "–" : before) + " → " + (after == null ? "–" : after);
        }
    }

    /**
     * Which part of the hierarchy a file covers.
     *
     * @param kind COMPLETE (every Land), EXTRACT (only the listed Kreise; units elsewhere are left alone) or
     *     BOUNDARIES
     * @param states number of Länder in the file
     * @param counties keys of the Kreise in the file (for an extract)
     * @param level level of the boundaries (for BOUNDARIES)
     * @param olderThan for an edition older than the newest one imported: that newest edition; then only population
     *     figures were read
     */
    public record Scope(String kind, int states, List<String> counties, TerritoryLevel level, LocalDate olderThan)
            implements java.io.Serializable {}

    static TerritoryImportReport failed(String fileName, String format, List<ImportProblem> errors, boolean dryRun) {
        return new TerritoryImportReport(
                fileName,
                format,
                null,
                null,
                dryRun,
                false,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                null,
                List.of(),
                List.of(),
                List.copyOf(errors),
                List.of());
    }
}
