package de.lotse.directory.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A school holiday period or a public holiday of a state, as imported (rows of {@code directory_holiday}).
 *
 * @param region the state, ISO 3166-2 subdivision code without country ("NI" = Niedersachsen)
 * @param startDate first day (inclusive)
 * @param endDate last day (inclusive)
 * @param source publisher, document or URL the dates come from
 */
public record Holiday(
        String region,
        HolidayKind kind,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        String source,
        Instant importedAt,
        String importedBy) {

    /** Whether the day lies in this period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
