package de.lotse.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an HSDS import did (or, in a dry run, would do): services and places created or updated, organisations it
 * creates, or the problems that stopped it (then nothing was written).
 *
 * @param dryRun whether it was a dry run (nothing written in any case)
 * @param applied whether the dataset was written (a real run without problems)
 * @param newOrganisations names of the organisations the import creates (kind PROVIDER)
 * @param problems each with the JSON path of the field, e.g. {@code services[3].schedules[0].closes_at}
 */
record HsdsImportReport(
        boolean dryRun,
        boolean applied,
        List<UUID> servicesCreated,
        List<UUID> servicesUpdated,
        List<UUID> locationsCreated,
        List<UUID> locationsUpdated,
        List<String> newOrganisations,
        List<Problem> problems)
        implements java.io.Serializable {

    /** One problem of the dataset: where (JSON path) and what, in English and German. */
    record Problem(String path, String message, String messageDe) implements java.io.Serializable {}

    public boolean ok() {
        return problems.isEmpty();
    }

    static HsdsImportReport refused(boolean dryRun, List<Problem> problems) {
        return new HsdsImportReport(dryRun, false, List.of(), List.of(), List.of(), List.of(), List.of(), problems);
    }

    /** Collects the problems of a dataset with their paths. */
    static final class Problems {

        private final List<Problem> list = new ArrayList<>();

        void add(String path, String message, String messageDe) {
            list.add(new Problem(path, message, messageDe));
        }

        void required(String path, Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                add(path, "required, missing", "Pflichtangabe fehlt");
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<Problem> list() {
            return List.copyOf(list);
        }
    }
}
