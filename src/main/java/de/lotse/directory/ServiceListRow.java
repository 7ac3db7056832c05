package de.lotse.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One service in the planners' list.
 *
 * @param categoryCodes its counselling categories (codes of {@code lotse-beratung})
 * @param municipalityIds the municipalities of its places (territory ids), without duplicates
 */
public record ServiceListRow(
        UUID id,
        String name,
        long organisationId,
        String organisationName,
        ServiceStatus status,
        List<String> categoryCodes,
        List<Long> municipalityIds,
        int siteCount,
        LocalDate lastVerifiedAt,
        boolean exampleData,
        Instant updatedAt,
        long version) {}
