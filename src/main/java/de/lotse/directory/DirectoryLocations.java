package de.lotse.directory;

import de.lotse.account.AuditTrail;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
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
 * The places of the directory (HSDS location with address and accessibility): schools, Kitas, family centres,
 * counselling centres, town halls, online places. Each place lies in a municipality (Gemeinde, i.e. its AGS), found
 * automatically from its coordinates by point in polygon ({@link #municipalityAt}) or chosen by the editor. Every
 * change is validated, logged field by field (HSDS metadata), audited and announced with {@link DirectoryChanged}
 * for the services offered there.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryLocations {

    private static final Set<String> NOT_COMPARED = Set.of("id");

    private final DirectoryLocationRepository repository;
    private final DirectoryMunicipalityIndex municipalities;
    private final Territories territories;
    private final Organisations organisations;
    private final DirectoryMetadataLog metadata;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DirectoryLocations(
            DirectoryLocationRepository repository,
            DirectoryMunicipalityIndex municipalities,
            Territories territories,
            Organisations organisations,
            DirectoryMetadataLog metadata,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.municipalities = municipalities;
        this.territories = territories;
        this.organisations = organisations;
        this.metadata = metadata;
        this.audit = audit;
        this.events = events;
    }

    public Optional<StoredLocation> find(UUID id) {
        return repository.find(id);
    }

    /** Places by id; unknown ids are missing from the map. */
    public Map<UUID, StoredLocation> findAll(java.util.Collection<UUID> ids) {
        return repository.findAll(ids);
    }

    /**
     * The municipality (Gemeinde level territory) whose full boundary covers the point, if any boundary does. Only
     * municipalities whose boundary is loaded can be found.
     */
    public Optional<Territory> municipalityAt(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return Optional.empty();
        }
        return municipalities.at(latitude.doubleValue(), longitude.doubleValue());
    }

    /** Creates a place; refused with every invalid field. */
    @Transactional
    public StoredLocation create(LocationDraft draft, String actor) {
        DraftProblems problems = new DraftProblems();
        check(draft, "", problems);
        if (draft.id() != null && repository.exists(draft.id())) {
            problems.add("id", "id.taken", "a place with this id exists", draft.id());
        }
        InvalidServiceException.refuseIfAny(problems.list());
        UUID id = insertChecked(draft, actor);
        StoredLocation created = repository.find(id).orElseThrow();
        metadata.record(
                id,
                "location",
                "create",
                DirectoryMetadataLog.diff(null, created.content(), NOT_COMPARED),
                actor,
                created.version());
        audit.record(
                "DIRECTORY_LOCATION_CREATED",
                "directory_location",
                id.toString(),
                "Ort „" + created.content().name() + "“ angelegt",
                Map.of("facilityType", draft.facilityType().name()));
        return created;
    }

    /**
     * Changes a place if it is still at {@code expectedVersion}; the services offered there are announced as changed.
     *
     * @throws StaleServiceException when somebody else changed it since (naming the fields and who changed them)
     * @throws UnknownDirectoryEntryException when there is no such place
     */
    @Transactional
    public StoredLocation update(UUID id, long expectedVersion, LocationDraft draft, String actor) {
        long version = repository.lock(id).orElseThrow(() -> new UnknownDirectoryEntryException("No place " + id));
        if (version != expectedVersion) {
            throw new StaleServiceException(
                    "Place " + id, expectedVersion, version, metadata.changesSince(id, expectedVersion));
        }
        StoredLocation before = repository.find(id).orElseThrow();
        DraftProblems problems = new DraftProblems();
        check(draft, "", problems);
        InvalidServiceException.refuseIfAny(problems.list());
        Assignment assignment = assignment(draft, before);
        repository.update(id, draft, assignment.territoryId(), assignment.how(), actor);
        StoredLocation after = repository.find(id).orElseThrow();
        metadata.record(
                id,
                "location",
                "update",
                DirectoryMetadataLog.diff(before.content(), after.content(), NOT_COMPARED),
                actor,
                after.version());
        audit.record(
                "DIRECTORY_LOCATION_UPDATED",
                "directory_location",
                id.toString(),
                "Ort „" + after.content().name() + "“ geändert",
                Map.of("version", after.version()));
        List<UUID> services = repository.servicesAt(id);
        if (!services.isEmpty()) {
            DirectoryEvents.afterCommit(events, new DirectoryChanged(new HashSet<>(services)));
        }
        return after;
    }

    /** Checks a place draft, adding problems with the given path prefix (e.g. {@code sites[0].newLocation.}). */
    void check(LocationDraft d, String prefix, DraftProblems p) {
        p.requiredText(prefix + "name", d.name(), 300);
        p.length(prefix + "alternateName", d.alternateName(), 300);
        p.required(prefix + "facilityType", d.facilityType());
        p.url(prefix + "url", d.url());
        p.email(prefix + "email", d.email());
        p.coordinates(prefix, d.latitude(), d.longitude());
        p.length(prefix + "address1", d.address1(), 300);
        p.length(prefix + "address2", d.address2(), 300);
        p.length(prefix + "postalCode", d.postalCode(), 10);
        p.length(prefix + "city", d.city(), 120);
        p.length(prefix + "stateProvince", d.stateProvince(), 60);
        p.length(prefix + "sourceNote", d.sourceNote(), 500);
        if (!d.country().strip().matches("[A-Za-z]{2}")) {
            p.add(prefix + "country", "country", "must be a two-letter country code such as DE");
        }
        if (d.organisationId() != null
                && organisations.findById(d.organisationId()).isEmpty()) {
            p.add(
                    prefix + "organisationId",
                    "organisation.unknown",
                    "no organisation with id " + d.organisationId(),
                    d.organisationId());
        }
        if (d.territoryId() != null) {
            Optional<Territory> chosen = territories.findById(d.territoryId());
            if (chosen.isEmpty() || chosen.get().level() != TerritoryLevel.MUNICIPALITY) {
                p.add(
                        prefix + "territoryId",
                        "territory.municipality",
                        "territory " + d.territoryId() + " is not a municipality (Gemeinde)",
                        d.territoryId());
            }
        }
        if (d.socialSpaceId() != null) {
            Optional<Territory> space = territories.findById(d.socialSpaceId());
            if (space.isEmpty() || space.get().level() != TerritoryLevel.SOCIAL_SPACE) {
                p.add(
                        prefix + "socialSpaceId",
                        "territory.social-space",
                        "territory " + d.socialSpaceId() + " is not a social space",
                        d.socialSpaceId());
            }
        }
        ScheduleChecks.phones(p, prefix, d.phones());
    }

    /** Inserts a checked place (in the caller's transaction) with its metadata and audit entry; returns its id. */
    UUID insertChecked(LocationDraft draft, String actor) {
        UUID id = draft.id() == null ? UUID.randomUUID() : draft.id();
        Assignment assignment = assignment(draft, null);
        repository.insert(id, draft, assignment.territoryId(), assignment.how(), actor);
        StoredLocation created = repository.find(id).orElseThrow();
        metadata.record(
                id,
                "location",
                "create",
                DirectoryMetadataLog.diff(null, created.content(), NOT_COMPARED),
                actor,
                created.version());
        audit.record(
                "DIRECTORY_LOCATION_CREATED",
                "directory_location",
                id.toString(),
                "Ort „" + created.content().name() + "“ angelegt",
                Map.of("facilityType", draft.facilityType().name()));
        return id;
    }

    boolean exists(UUID id) {
        return repository.exists(id);
    }

    private record Assignment(Long territoryId, TerritoryAssignment how) {}

    /**
     * A chosen municipality wins, unless it is the one found automatically before (a round trip of the stored
     * place): then the place stays assigned from its coordinates.
     */
    private Assignment assignment(LocationDraft draft, StoredLocation before) {
        boolean keepsAutomatic = before != null
                && before.territoryAssignment() == TerritoryAssignment.POINT_IN_POLYGON
                && draft.territoryId() != null
                && draft.territoryId().equals(before.territoryId());
        if (draft.territoryId() != null && !keepsAutomatic) {
            return new Assignment(draft.territoryId(), TerritoryAssignment.CHOSEN);
        }
        return municipalityAt(draft.latitude(), draft.longitude())
                .map(t -> new Assignment(t.id(), TerritoryAssignment.POINT_IN_POLYGON))
                .orElse(new Assignment(null, null));
    }
}
