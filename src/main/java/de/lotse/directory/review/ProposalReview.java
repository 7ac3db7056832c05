package de.lotse.directory.review;

import de.lotse.directory.StoredService;
import java.util.List;

/**
 * A proposal as the review page shows it.
 *
 * @param published the published service now, {@code null} for a proposed new service
 * @param changes the fields the proposal changes compared with the published service (all fields for a new one);
 *     empty once published
 * @param serviceChangedSince whether the published service changed since the proposal was based on it (publishing
 *     then needs the planner's confirmation)
 * @param serviceChangedFields the fields changed since then, as far as the directory's change log names them
 */
public record ProposalReview(
        Proposal proposal,
        StoredService published,
        List<FieldChange> changes,
        boolean serviceChangedSince,
        List<String> serviceChangedFields) {}
