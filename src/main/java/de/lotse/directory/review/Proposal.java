package de.lotse.directory.review;

import de.lotse.directory.ReviewState;
import de.lotse.directory.ServiceDraft;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider's proposal (Änderungsvorschlag): a whole new service of its organisation, or a change to one of its
 * organisation's published services, waiting for a planner's review. Only planners and members of the proposing
 * organisation ever see it; the public pages and APIs show the published service only.
 *
 * @param serviceId the published service the proposal changes; {@code null} for a proposed new service (after
 *     publication, the service it created)
 * @param baseVersion the version of the published service the proposal was based on ({@code null} for a new one);
 *     publishing over a newer version warns the planner
 * @param draft the whole proposed service
 * @param title the proposed service's name when it was last saved
 * @param decisionNote the planner's note when the proposal was returned
 * @param version optimistic-lock version of the proposal, raised by every change
 */
public record Proposal(
        UUID id,
        long organisationId,
        UUID serviceId,
        Long baseVersion,
        ReviewState state,
        ServiceDraft draft,
        String title,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant submittedAt,
        String submittedBy,
        Instant decidedAt,
        String decidedBy,
        String decisionNote,
        long version) {

    /** Whether the proposal is a new service rather than a change to a published one. */
    public boolean isNewService() {
        return baseVersion == null;
    }

    /** Whether the provider may still edit, withdraw or submit it (Entwurf or zurückgegeben). */
    public boolean isEditable() {
        return state == ReviewState.DRAFT || state == ReviewState.RETURNED;
    }

    /** This proposal, if the provider may still edit, withdraw or submit it; else refused (409). */
    Proposal requireEditable(String step) {
        if (!isEditable()) {
            throw ProposalException.illegalState(
                    "A proposal in state " + state + " cannot be " + step + "; only DRAFT and RETURNED proposals can.");
        }
        return this;
    }

    /** This proposal, if it waits for a planner's decision; else refused (409). */
    Proposal requireSubmitted(String step) {
        if (state != ReviewState.SUBMITTED) {
            throw ProposalException.illegalState(
                    "A proposal in state " + state + " cannot be " + step + "; only SUBMITTED proposals can.");
        }
        return this;
    }
}
