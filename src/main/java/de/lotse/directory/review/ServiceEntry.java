package de.lotse.directory.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A published directory entry as the start page and the staleness list show it.
 *
 * @param status the HSDS status as stored (active, inactive, ...)
 * @param lastVerifiedAt "zuletzt geprüft am", {@code null} if never confirmed
 * @param stale whether nobody confirmed it for 12 months (see {@link Staleness})
 * @param openProposalId the open proposal for this service, if any
 */
public record ServiceEntry(
        UUID id,
        long organisationId,
        String organisationName,
        String name,
        String status,
        long version,
        LocalDate lastVerifiedAt,
        String lastVerifiedBy,
        boolean exampleData,
        boolean stale,
        UUID openProposalId) {}
