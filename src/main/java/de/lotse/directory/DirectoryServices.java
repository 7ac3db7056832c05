package de.lotse.directory;

import de.lotse.account.AuditTrail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services of the directory (HSDS service with everything that belongs to it): create, change, read, verify. A
 * whole service — its terms, languages, contacts, areas, costs, translations and the places where it is offered
 * (existing or new) with their consultation hours — is written in ONE transaction, or nothing is written. Every change
 * is logged field by field (HSDS metadata, {@code directory_metadata}), recorded in the audit trail and announced
 * with {@link DirectoryChanged} after the commit.
 *
 * <p>Refusals: {@link InvalidServiceException} lists every invalid field; {@link StaleServiceException} names the
 * fields changed since the expected version and who changed them; {@link UnknownDirectoryEntryException} when the
 * service does not exist. Permissions are checked by the callers (planners write here directly, providers through
 * proposals).
 */
@Service
@Transactional(readOnly = true)
public class DirectoryServices {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Set<String> NOT_COMPARED = Set.of("id");

    private final DirectoryServiceReader reader;
    private final DirectoryServiceWriter writer;
    private final DirectoryServiceChecks checks;
    private final DirectoryLocations locations;
    private final DirectoryMetadataLog metadata;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DirectoryServices(
            DirectoryServiceReader reader,
            DirectoryServiceWriter writer,
            DirectoryServiceChecks checks,
            DirectoryLocations locations,
            DirectoryMetadataLog metadata,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.reader = reader;
        this.writer = writer;
        this.checks = checks;
        this.locations = locations;
        this.metadata = metadata;
        this.audit = audit;
        this.events = events;
    }

    /** A service with every id filled in; empty when there is none. */
    public Optional<StoredService> find(UUID id) {
        return reader.find(id);
    }

    /**
     * Checks a draft without writing anything: the problems {@link #create} would refuse it with (empty when valid).
     * Used by proposals to show problems before a planner publishes.
     */
    public List<DirectoryProblem> problems(ServiceDraft draft) {
        DraftProblems problems = new DraftProblems();
        checks.check(draft, null, problems);
        return problems.list();
    }

    /**
     * Creates a service with its new places, sites, consultation hours and everything else, in one transaction.
     *
     * @throws InvalidServiceException with every invalid field; nothing is written
     */
    @Transactional
    public StoredService create(ServiceDraft draft, String actor) {
        DraftProblems problems = new DraftProblems();
        Map<UUID, TermLinkType> terms = checks.check(draft, null, problems);
        if (draft.id() != null && writer.exists(draft.id())) {
            problems.add("id", "id.taken", "a service with this id exists", draft.id());
        }
        for (int i = 0; i < draft.sites().size(); i++) {
            UUID siteId = draft.sites().get(i).id();
            if (siteId != null && writer.siteExists(siteId)) {
                problems.add("sites[" + i + "].id", "id.taken", "a site with this id exists", siteId);
            }
        }
        InvalidServiceException.refuseIfAny(problems.list());
        UUID id = draft.id() == null ? UUID.randomUUID() : draft.id();
        writer.insert(id, draft, actor);
        writer.replaceParts(id, draft, terms);
        writeSites(id, draft.sites(), Map.of(), actor);
        StoredService created = reader.find(id).orElseThrow();
        metadata.record(
                id,
                "service",
                "create",
                DirectoryMetadataLog.diff(null, created.content(), NOT_COMPARED),
                actor,
                created.version());
        audit.record(
                "DIRECTORY_SERVICE_CREATED",
                "directory_service",
                id.toString(),
                "Angebot „" + created.content().name() + "“ angelegt",
                Map.of(
                        "organisationId",
                        draft.organisationId(),
                        "sites",
                        draft.sites().size()));
        DirectoryEvents.afterCommit(events, new DirectoryChanged(Set.of(id)));
        return created;
    }

    /**
     * Replaces a service's content if it is still at {@code expectedVersion}. A site at the same place as before
     * keeps its id (so .ics links stay valid); sites no longer named are removed with their hours.
     *
     * @throws StaleServiceException when somebody else changed it since, naming the fields and who changed them
     * @throws InvalidServiceException with every invalid field; nothing is written
     * @throws UnknownDirectoryEntryException when there is no such service
     */
    @Transactional
    public StoredService update(UUID id, long expectedVersion, ServiceDraft draft, String actor) {
        long version = writer.lock(id).orElseThrow(() -> new UnknownDirectoryEntryException("No service " + id));
        if (version != expectedVersion) {
            throw new StaleServiceException(
                    "Service " + id, expectedVersion, version, metadata.changesSince(id, expectedVersion));
        }
        StoredService before = reader.find(id).orElseThrow();
        DraftProblems problems = new DraftProblems();
        Map<UUID, TermLinkType> terms = checks.check(draft, id, problems);
        InvalidServiceException.refuseIfAny(problems.list());
        writer.update(id, draft, actor);
        writer.replaceParts(id, draft, terms);
        Map<UUID, UUID> existing = writer.sitesByLocation(id);
        writeSites(id, draft.sites(), existing, actor);
        StoredService after = reader.find(id).orElseThrow();
        var changes = DirectoryMetadataLog.diff(before.content(), after.content(), NOT_COMPARED);
        metadata.record(id, "service", "update", changes, actor, after.version());
        audit.record(
                "DIRECTORY_SERVICE_UPDATED",
                "directory_service",
                id.toString(),
                "Angebot „" + after.content().name() + "“ geändert",
                Map.of(
                        "version",
                        after.version(),
                        "fields",
                        changes.stream()
                                .map(DirectoryMetadataLog.FieldChange::field)
                                .toList()));
        DirectoryEvents.afterCommit(events, new DirectoryChanged(Set.of(id)));
        return after;
    }

    /**
     * Confirms that the entry is still right: "zuletzt geprüft am" becomes today (Europe/Berlin). The version stays
     * (the content did not change), so an editor open at the same time can still save.
     */
    @Transactional
    public StoredService verify(UUID id, String actor) {
        StoredService before = writer.lock(id)
                .flatMap(v -> reader.find(id))
                .orElseThrow(() -> new UnknownDirectoryEntryException("No service " + id));
        LocalDate today = LocalDate.now(ZONE);
        writer.verify(id, today, actor);
        metadata.record(
                id,
                "service",
                "verify",
                List.of(new DirectoryMetadataLog.FieldChange(
                        "last_verified_at",
                        before.lastVerifiedAt() == null
                                ? ""
                                : before.lastVerifiedAt().toString(),
                        today.toString())),
                actor,
                before.version());
        audit.record(
                "DIRECTORY_SERVICE_VERIFIED",
                "directory_service",
                id.toString(),
                "Angebot „" + before.content().name() + "“ als geprüft bestätigt",
                Map.of("date", today.toString()));
        DirectoryEvents.afterCommit(events, new DirectoryChanged(Set.of(id)));
        return reader.find(id).orElseThrow();
    }

    /** Sets the HSDS status (e.g. temporarily closed); raises the version. */
    @Transactional
    public StoredService setStatus(UUID id, ServiceStatus status, String actor) {
        StoredService before = writer.lock(id)
                .flatMap(v -> reader.find(id))
                .orElseThrow(() -> new UnknownDirectoryEntryException("No service " + id));
        if (before.content().status() == status) {
            return before;
        }
        writer.setStatus(id, status, actor);
        metadata.record(
                id,
                "service",
                "update",
                List.of(new DirectoryMetadataLog.FieldChange(
                        "status", before.content().status().hsds(), status.hsds())),
                actor,
                before.version() + 1);
        audit.record(
                "DIRECTORY_SERVICE_STATUS",
                "directory_service",
                id.toString(),
                "Status von „" + before.content().name() + "“: " + status.hsds(),
                Map.of("status", status.hsds()));
        DirectoryEvents.afterCommit(events, new DirectoryChanged(Set.of(id)));
        return reader.find(id).orElseThrow();
    }

    private void writeSites(
            UUID serviceId, List<ServiceDraft.SiteDraft> sites, Map<UUID, UUID> existing, String actor) {
        Map<UUID, UUID> remaining = new HashMap<>(existing);
        Set<UUID> kept = new HashSet<>();
        for (ServiceDraft.SiteDraft site : sites) {
            UUID locationId =
                    site.locationId() != null ? site.locationId() : locations.insertChecked(site.newLocation(), actor);
            UUID siteId = remaining.remove(locationId);
            if (siteId != null) {
                writer.updateSite(siteId, site.description());
            } else {
                siteId = site.id() != null && !writer.siteExists(site.id()) ? site.id() : UUID.randomUUID();
                writer.insertSite(siteId, serviceId, locationId, site.description());
            }
            kept.add(siteId);
            writer.replaceOwned("service_at_location_id", siteId, site.schedules(), site.phones(), site.contacts());
        }
        remaining.values().stream().filter(s -> !kept.contains(s)).forEach(writer::deleteSite);
    }
}
