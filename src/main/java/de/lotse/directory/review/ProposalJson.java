package de.lotse.directory.review;

import de.lotse.directory.ReviewState;
import de.lotse.directory.ServiceDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the proposal API (never the stored rows themselves). */
final class ProposalJson {

    private ProposalJson() {}

    @Schema(
            description = "A provider's proposal with the whole proposed service; visible to planners and members of"
                    + " the proposing organisation only")
    record Detail(
            UUID id,
            long organisationId,

            @Schema(description = "The published service it changes (or, once published, created); null for a new one")
            UUID serviceId,

            @Schema(description = "The service version it is based on; null for a new service")
            Long baseVersion,

            ReviewState state,
            String title,
            ServiceDraft draft,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Instant submittedAt,
            String submittedBy,
            Instant decidedAt,
            String decidedBy,

            @Schema(description = "The planner's note when returned")
            String decisionNote,

            long version) {

        static Detail of(Proposal p) {
            return new Detail(
                    p.id(),
                    p.organisationId(),
                    p.serviceId(),
                    p.baseVersion(),
                    p.state(),
                    p.title(),
                    p.draft(),
                    p.createdAt(),
                    p.createdBy(),
                    p.updatedAt(),
                    p.updatedBy(),
                    p.submittedAt(),
                    p.submittedBy(),
                    p.decidedAt(),
                    p.decidedBy(),
                    p.decisionNote(),
                    p.version());
        }
    }

    @Schema(description = "A proposal in a list (without the proposed content)")
    record Summary(
            UUID id,
            long organisationId,
            UUID serviceId,
            boolean newService,
            ReviewState state,
            String title,
            Instant updatedAt,
            Instant submittedAt,
            String decisionNote,
            long version) {

        static Summary of(Proposal p) {
            return new Summary(
                    p.id(),
                    p.organisationId(),
                    p.serviceId(),
                    p.isNewService(),
                    p.state(),
                    p.title(),
                    p.updatedAt(),
                    p.submittedAt(),
                    p.decisionNote(),
                    p.version());
        }
    }

    @Schema(
            description = "A new proposal: a new service (draft with its organisationId) or a change to a published"
                    + " service (serviceId; draft null starts from the published content)")
    record CreateRequest(UUID serviceId, ServiceDraft draft) {}

    @Schema(description = "The new content of a proposal")
    record UpdateRequest(ServiceDraft draft) {}

    @Schema(description = "Publish a submitted proposal")
    record PublishRequest(
            @Schema(description = "Publish even though the service changed since the proposal was based on it")
            Boolean confirmServiceChanged) {}

    @Schema(description = "Return a submitted proposal to the provider")
    record ReturnRequest(
            @Schema(description = "What the provider should change", requiredMode = Schema.RequiredMode.REQUIRED)
            String note) {}

    @Schema(description = "What a proposal changes compared with the published service")
    record Changes(
            UUID id,
            UUID serviceId,
            Long baseVersion,
            Long publishedVersion,
            boolean serviceChangedSince,
            List<String> serviceChangedFields,
            List<FieldChange> changes) {

        static Changes of(ProposalReview r) {
            return new Changes(
                    r.proposal().id(),
                    r.proposal().serviceId(),
                    r.proposal().baseVersion(),
                    r.published() == null ? null : r.published().version(),
                    r.serviceChangedSince(),
                    r.serviceChangedFields(),
                    r.changes());
        }
    }

    @Schema(description = "A published directory entry with its \"zuletzt geprüft am\"")
    record Entry(
            UUID id,
            long organisationId,
            String organisationName,
            String name,
            String status,

            @Schema(description = "Last confirmed as right (ISO date); null if never")
            LocalDate lastVerifiedAt,

            boolean stale,
            boolean exampleData,
            UUID openProposalId) {

        static Entry of(ServiceEntry e) {
            return new Entry(
                    e.id(),
                    e.organisationId(),
                    e.organisationName(),
                    e.name(),
                    e.status(),
                    e.lastVerifiedAt(),
                    e.stale(),
                    e.exampleData(),
                    e.openProposalId());
        }
    }
}
