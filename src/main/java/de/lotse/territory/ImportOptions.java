package de.lotse.territory;

import java.time.LocalDate;

/**
 * How to import a territory file.
 *
 * @param dryRun only report what would change; write nothing
 * @param level for boundary files: the level the features belong to; {@code null} to infer it from the keys
 * @param populationDate for register files: the reference date of the population figures; {@code null} to derive it
 *     from the edition (annual edition 31.12.: that day; editions during the year: 31.12. of the previous year)
 * @param populationBasis for register files: the census basis of the population figures (e.g. "Zensus 2022"), if
 *     known
 */
public record ImportOptions(boolean dryRun, TerritoryLevel level, LocalDate populationDate, String populationBasis) {

    public static ImportOptions check() {
        return new ImportOptions(true, null, null, null);
    }

    public static ImportOptions commit() {
        return new ImportOptions(false, null, null, null);
    }
}
