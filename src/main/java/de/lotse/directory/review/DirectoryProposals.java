package de.lotse.directory.review;

import de.lotse.account.AuditTrail;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.ReviewState;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredService;
import de.lotse.organisation.Organisations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provider self-service with review: a member of an organisation proposes a new service of the organisation or a
 * change to one of its published services (Entwurf), edits it, and submits it (eingereicht); a planner compares it
 * field by field with the published service and publishes it (veröffentlicht, applied to the directory and counted as
 * verification) or returns it with a note (zurückgegeben), after which the provider edits and submits again. A member
 * may also confirm that a published entry is still right ("Angaben sind noch aktuell").
 *
 * <p>Every step checks who acts: planners may do everything, members of the proposing organisation everything except
 * publishing and returning; anybody else is refused ({@link ProposalException.Reason#FORBIDDEN}). Every step is
 * written to the audit trail in the same transaction. At most one open proposal exists per published service.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryProposals {

    private final ProposalRepository proposals;
    private final ServiceEntries entries;
    private final DirectoryServices services;
    private final ProposalDiff diff;
    private final ProposalPublication publication;
    private final ReviewAccess access;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final Clock clock;

    DirectoryProposals(
            ProposalRepository proposals,
            ServiceEntries entries,
            DirectoryServices services,
            ProposalDiff diff,
            ProposalPublication publication,
            ReviewAccess access,
            AuditTrail audit,
            Organisations organisations,
            Optional<Clock> clock) {
        this.proposals = proposals;
        this.entries = entries;
        this.services = services;
        this.diff = diff;
        this.publication = publication;
        this.access = access;
        this.audit = audit;
        this.organisations = organisations;
        this.clock = clock.orElse(Clock.system(Staleness.ZONE));
    }

    /** A proposal the current user may read (planner or member of its organisation). */
    public Proposal find(UUID id) {
        Proposal proposal = proposals.find(id).orElseThrow(() -> unknown(id));
        access.requireActFor(proposal.organisationId());
        return proposal;
    }

    /** Every proposal for planners; the proposals of the user's organisations for everybody else. */
    public List<Proposal> visible() {
        return access.isPlanner() ? proposals.all() : proposals.ofOrganisations(access.organisationIds());
    }

    /** The planners' review queue: every submitted proposal, the longest waiting first. */
    public List<Proposal> submitted() {
        access.requirePlanner();
        return proposals.inState(ReviewState.SUBMITTED);
    }

    public long countSubmitted() {
        return proposals.countInState(ReviewState.SUBMITTED);
    }

    /** The published services of the current user's organisations, with "zuletzt geprüft am" and staleness. */
    public List<ServiceEntry> entriesOfMyOrganisations() {
        return entries.ofOrganisations(access.organisationIds(), Staleness.today(clock));
    }

    /** Every entry nobody confirmed for 12 months (planners). */
    public List<ServiceEntry> stale() {
        access.requirePlanner();
        return entries.stale(Staleness.today(clock));
    }

    public long countStale() {
        return entries.countStale(Staleness.today(clock));
    }

    /** The published service a change may be proposed for, if the current user may act for its organisation. */
    public ServiceEntry entry(UUID serviceId) {
        ServiceEntry entry = entries.find(serviceId, Staleness.today(clock))
                .orElseThrow(() -> ProposalException.notFound("No service " + serviceId + "."));
        access.requireActFor(entry.organisationId());
        return entry;
    }

    /** The published content of a service the current user may act for (the start of a change proposal). */
    public StoredService published(UUID serviceId) {
        entry(serviceId);
        return services.find(serviceId).orElseThrow(() -> ProposalException.notFound("No service " + serviceId + "."));
    }

    /** Proposes a new service of {@code draft.organisationId()}; the current user must act for that organisation. */
    @Transactional
    public Proposal proposeNew(ServiceDraft draft) {
        ProposalRules.requireDraft(draft);
        access.requireActFor(draft.organisationId());
        ProposalRules.refuseIfAny(ProposalRules.forDraft(draft));
        if (organisations.findById(draft.organisationId()).isEmpty()) {
            throw ProposalException.invalid(List.of(ProposalFieldProblem.of(
                    "organisationId",
                    "unknownOrganisation",
                    "There is no organisation " + draft.organisationId() + ".")));
        }
        UUID id = proposals.insert(
                draft.organisationId(), null, null, Drafts.withIdentity(draft, null, draft.organisationId()), actor());
        Proposal created = proposals.find(id).orElseThrow();
        record("DIRECTORY_PROPOSAL_CREATED", created, "Vorschlag für ein neues Angebot „%s“ angelegt", Map.of());
        return created;
    }

    /**
     * Proposes a change to a published service; {@code draft} null starts from the published content. Refused (409)
     * when the service already has an open proposal.
     */
    @Transactional
    public Proposal proposeChange(UUID serviceId, ServiceDraft draft) {
        StoredService current = published(serviceId);
        long organisationId = current.content().organisationId();
        ServiceDraft content = draft == null ? current.content() : draft;
        if (content.organisationId() != organisationId) {
            throw ProposalException.invalid(List.of(ProposalFieldProblem.of(
                    "organisationId", "organisationFixed", "A change proposal keeps the service's organisation.")));
        }
        ProposalRules.refuseIfAny(ProposalRules.forDraft(content));
        Optional<UUID> open = proposals.openFor(serviceId);
        if (open.isPresent()) {
            throw ProposalException.illegalState(
                    "The service already has an open proposal: " + open.get() + ". Edit that one instead.");
        }
        UUID id = proposals.insert(
                organisationId,
                serviceId,
                current.version(),
                Drafts.withIdentity(content, serviceId, organisationId),
                actor());
        Proposal created = proposals.find(id).orElseThrow();
        record(
                "DIRECTORY_PROPOSAL_CREATED",
                created,
                "Änderungsvorschlag für „%s“ angelegt",
                Map.of("serviceId", serviceId.toString(), "baseVersion", current.version()));
        return created;
    }

    /** Saves a new content of a proposal that is still an Entwurf or zurückgegeben, if it is at that version. */
    @Transactional
    public Proposal update(UUID id, long expectedVersion, ServiceDraft draft) {
        // the version first: a stale editor learns of the conflict (409) before any problem of its content (422)
        Proposal proposal = lockEditable(id, expectedVersion, "edited");
        ProposalRules.requireDraft(draft);
        if (draft.organisationId() != proposal.organisationId()) {
            throw ProposalException.invalid(List.of(ProposalFieldProblem.of(
                    "organisationId", "organisationFixed", "A proposal keeps its organisation.")));
        }
        ProposalRules.refuseIfAny(ProposalRules.forDraft(draft));
        List<FieldChange> changed = diff.between(proposal.draft(), draft);
        proposals.updateDraft(id, Drafts.withIdentity(draft, proposal.serviceId(), proposal.organisationId()), actor());
        Proposal updated = proposals.find(id).orElseThrow();
        record(
                "DIRECTORY_PROPOSAL_UPDATED",
                updated,
                "Vorschlag „%s“ geändert",
                Map.of(
                        "version",
                        updated.version(),
                        "fields",
                        changed.stream().map(FieldChange::topField).distinct().toList()));
        return updated;
    }

    /** Hands the proposal to the planners (eingereicht); refused with the missing fields when it is incomplete. */
    @Transactional
    public Proposal submit(UUID id, Long expectedVersion) {
        Proposal proposal = lockEditable(id, expectedVersion, "submitted");
        List<ProposalFieldProblem> problems = new ArrayList<>(ProposalRules.forSubmission(proposal.draft()));
        services.problems(proposal.draft()).stream()
                .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.path())))
                .map(p -> new ProposalFieldProblem(p.path(), p.messageKey(), p.arguments(), p.message()))
                .forEach(problems::add);
        ProposalRules.refuseIfAny(problems);
        proposals.submit(id, actor());
        Proposal submitted = proposals.find(id).orElseThrow();
        record("DIRECTORY_PROPOSAL_SUBMITTED", submitted, "Vorschlag „%s“ zur Prüfung eingereicht", Map.of());
        return submitted;
    }

    /** Withdraws (deletes) a proposal that is still an Entwurf or zurückgegeben. */
    @Transactional
    public void withdraw(UUID id, Long expectedVersion) {
        Proposal proposal = lockEditable(id, expectedVersion, "withdrawn");
        proposals.delete(id);
        record("DIRECTORY_PROPOSAL_WITHDRAWN", proposal, "Vorschlag „%s“ zurückgezogen", Map.of());
    }

    /** The proposal with the published service and the differences field by field, for the review page. */
    public ProposalReview review(UUID id) {
        Proposal proposal = find(id);
        StoredService current = proposal.serviceId() == null
                ? null
                : services.find(proposal.serviceId()).orElse(null);
        boolean published = proposal.state() == ReviewState.PUBLISHED;
        List<FieldChange> changes =
                published ? List.of() : diff.between(current == null ? null : current.content(), proposal.draft());
        boolean changedSince = !published
                && current != null
                && proposal.baseVersion() != null
                && current.version() != proposal.baseVersion();
        List<String> changedFields =
                changedSince ? entries.changedFieldsSince(proposal.serviceId(), proposal.baseVersion()) : List.of();
        return new ProposalReview(proposal, current, changes, changedSince, changedFields);
    }

    /**
     * Publishes a submitted proposal (planners): the new or changed service is written to the directory in this
     * transaction and counts as verified today. When the published service changed since the proposal was based on
     * it, publishing is refused (409) unless {@code confirmServiceChanged}.
     */
    @Transactional
    public Proposal publish(UUID id, Long expectedVersion, boolean confirmServiceChanged) {
        access.requirePlanner();
        Proposal proposal = lockSubmitted(id, expectedVersion, "published");
        UUID serviceId = publication.apply(proposal, confirmServiceChanged, actor());
        proposals.decide(id, ReviewState.PUBLISHED, serviceId, null, actor());
        Proposal published = proposals.find(id).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("serviceId", serviceId.toString());
        details.put("newService", proposal.isNewService());
        details.put("confirmedServiceChanged", confirmServiceChanged);
        record("DIRECTORY_PROPOSAL_PUBLISHED", published, "Vorschlag „%s“ veröffentlicht", details);
        return published;
    }

    /** Returns a submitted proposal to the provider with a note saying what to change (planners). */
    @Transactional
    public Proposal returnToProvider(UUID id, Long expectedVersion, String note) {
        access.requirePlanner();
        if (note == null || note.isBlank()) {
            throw ProposalException.invalid(
                    List.of(ProposalFieldProblem.of("note", "required", "Say what the provider should change.")));
        }
        Proposal proposal = lockSubmitted(id, expectedVersion, "returned");
        proposals.decide(id, ReviewState.RETURNED, proposal.serviceId(), note.strip(), actor());
        Proposal returned = proposals.find(id).orElseThrow();
        record("DIRECTORY_PROPOSAL_RETURNED", returned, "Vorschlag „%s“ mit Hinweis zurückgegeben", Map.of());
        return returned;
    }

    /** Confirms that a published entry is still right without changing it ("zuletzt geprüft am" = today). */
    @Transactional
    public ServiceEntry confirmCurrent(UUID serviceId) {
        ServiceEntry entry = entry(serviceId);
        services.verify(serviceId, actor());
        audit.record(
                "DIRECTORY_SERVICE_CONFIRMED",
                "directory_service",
                serviceId.toString(),
                "Angaben von „" + entry.name() + "“ als aktuell bestätigt",
                Map.of("organisationId", entry.organisationId()));
        return entries.find(serviceId, Staleness.today(clock)).orElseThrow();
    }

    private Proposal lockEditable(UUID id, Long expectedVersion, String step) {
        return lock(id, expectedVersion).requireEditable(step);
    }

    private Proposal lockSubmitted(UUID id, Long expectedVersion, String step) {
        return lock(id, expectedVersion).requireSubmitted(step);
    }

    private Proposal lock(UUID id, Long expectedVersion) {
        Proposal proposal = proposals.lock(id).orElseThrow(() -> unknown(id));
        access.requireActFor(proposal.organisationId());
        if (expectedVersion != null && expectedVersion != proposal.version()) {
            throw ProposalException.stale(expectedVersion, proposal.version());
        }
        return proposal;
    }

    private void record(String action, Proposal proposal, String summary, Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("organisationId", proposal.organisationId());
        all.put("state", proposal.state().name());
        audit.record(
                action, "directory_change_request", proposal.id().toString(), summary.formatted(proposal.title()), all);
    }

    private String actor() {
        return access.username();
    }

    private static ProposalException unknown(UUID id) {
        return ProposalException.notFound("No proposal " + id + ".");
    }
}
