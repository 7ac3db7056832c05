package de.lotse.territory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A committed territory import.
 *
 * @param fileName name of the imported file
 * @param format GV100AD or GEOJSON
 * @param edition Gebietsstand of a register file, {@code null} for boundaries
 * @param importedBy user who imported it ("system" for the bundled data)
 * @param importedAt when
 */
public record ImportRun(String fileName, String format, LocalDate edition, String importedBy, Instant importedAt) {}
