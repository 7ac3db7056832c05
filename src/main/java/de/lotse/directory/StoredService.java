package de.lotse.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service as stored: its content as a {@link ServiceDraft} with every id filled in (the service id, each site's
 * {@code id} and {@code locationId}; {@code newLocation} is null) and the bookkeeping.
 *
 * @param version optimistic-lock version (the API's ETag), raised by every change of the content
 * @param lastVerifiedAt "zuletzt geprüft am" (HSDS assured_date), null if never verified
 * @param lastVerifiedBy who confirmed the entry last
 */
public record StoredService(
        UUID id,
        long version,
        ServiceDraft content,
        LocalDate lastVerifiedAt,
        String lastVerifiedBy,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {}
