package de.lotse.organisation;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of organisations and bodies, and which users act for which organisation. Every change is written to
 * the audit trail in the same transaction; changes name the version they are based on and are refused when somebody
 * else changed the entry in the meantime.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository repository;
    private final AuditTrail audit;

    Organisations(OrganisationRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** All organisations, by name. */
    public List<Organisation> list() {
        return repository.organisations();
    }

    public Optional<Organisation> find(String key) {
        return repository.organisation(key);
    }

    public Optional<Organisation> findById(long id) {
        return repository.organisation(id);
    }

    /** The organisations with these ids by id; ids that do not exist are left out. */
    public Map<Long, Organisation> findAllById(Collection<Long> ids) {
        return repository.organisations(ids).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Creates an organisation; refused with the invalid fields, or when the key is taken. */
    @Transactional
    public Organisation create(OrganisationDraft draft) {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && repository.organisationKeyTaken(draft.key())) {
            problems.add(new OrganisationDraft.FieldProblem("key", "already taken"));
        }
        checkReferences(draft.parentId(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        long id = repository.insert(draft, Actors.currentUsername());
        audit.record(
                "ORGANISATION_CREATED",
                "organisation",
                draft.key(),
                "Organisation „" + draft.name().strip() + "“ angelegt",
                Map.of("kind", draft.kind().name()));
        return repository.organisation(id).orElseThrow();
    }

    /**
     * Changes an organisation (its key stays) if it is still at {@code expectedVersion}.
     *
     * @throws StaleOrganisationException when somebody else changed it since
     */
    @Transactional
    public Organisation update(String key, long expectedVersion, OrganisationDraft draft) {
        Organisation current = find(key).orElseThrow(() -> unknown("organisation", key));
        long version = repository.lockOrganisation(current.id()).orElseThrow();
        if (version != expectedVersion) {
            throw new StaleOrganisationException("Organisation '" + key + "'", expectedVersion, version);
        }
        OrganisationDraft withKey = new OrganisationDraft(
                key,
                draft.name(),
                draft.shortName(),
                draft.kind(),
                draft.providerType(),
                draft.parentId(),
                draft.territoryId(),
                draft.description(),
                draft.website(),
                draft.email(),
                draft.phone(),
                draft.exampleData(),
                draft.sourceNote());
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(withKey.problems());
        checkReferences(withKey.parentId(), current.id(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        repository.update(current.id(), withKey, Actors.currentUsername());
        audit.record(
                "ORGANISATION_UPDATED",
                "organisation",
                key,
                "Organisation „" + withKey.name().strip() + "“ geändert",
                Map.of("version", version + 1));
        return repository.organisation(current.id()).orElseThrow();
    }

    private void checkReferences(Long parentId, Long selfId, List<OrganisationDraft.FieldProblem> problems) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(selfId)) {
            problems.add(new OrganisationDraft.FieldProblem("parentId", "an organisation cannot be its own parent"));
        } else if (repository.organisation(parentId).isEmpty()) {
            problems.add(new OrganisationDraft.FieldProblem("parentId", "no organisation with id " + parentId));
        }
    }

    /** The usernames of the users who act for this organisation. */
    public List<String> members(long organisationId) {
        return repository.members(organisationId);
    }

    /** The ids of the organisations this user acts for; empty for a user of none. */
    public List<Long> organisationIdsOf(String username) {
        return repository.organisationIdsOf(username);
    }

    /** Whether this user acts for this organisation. */
    public boolean isMember(String username, long organisationId) {
        return repository.organisationIdsOf(username).contains(organisationId);
    }

    /** Lets a user act for an organisation; nothing changes when they already do. */
    @Transactional
    public void addMember(long organisationId, String username) {
        Organisation organisation = findById(organisationId).orElseThrow(() -> unknown("organisation", organisationId));
        if (!repository.userExists(username)) {
            throw new UnknownOrganisationException("No user '" + username + "'");
        }
        if (repository.addMember(organisationId, username, Actors.currentUsername())) {
            audit.record(
                    "ORGANISATION_MEMBER_ADDED",
                    "organisation",
                    organisation.key(),
                    "Benutzer " + username + " handelt für „" + organisation.name() + "“",
                    Map.of("username", username));
        }
    }

    @Transactional
    public void removeMember(long organisationId, String username) {
        Organisation organisation = findById(organisationId).orElseThrow(() -> unknown("organisation", organisationId));
        if (repository.removeMember(organisationId, username)) {
            audit.record(
                    "ORGANISATION_MEMBER_REMOVED",
                    "organisation",
                    organisation.key(),
                    "Benutzer " + username + " handelt nicht mehr für „" + organisation.name() + "“",
                    Map.of("username", username));
        }
    }

    /** All bodies, by name. */
    public List<Body> bodies() {
        return repository.bodies();
    }

    public Optional<Body> findBody(String key) {
        return repository.body(key);
    }

    public Optional<Body> findBodyById(long id) {
        return repository.body(id);
    }

    /** Creates a body; refused with the invalid fields, or when the key is taken. */
    @Transactional
    public Body createBody(BodyDraft draft) {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && repository.bodyKeyTaken(draft.key())) {
            problems.add(new OrganisationDraft.FieldProblem("key", "already taken"));
        }
        if (draft.convenorId() != null
                && repository.organisation(draft.convenorId()).isEmpty()) {
            problems.add(
                    new OrganisationDraft.FieldProblem("convenorId", "no organisation with id " + draft.convenorId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        long id = repository.insert(draft, Actors.currentUsername());
        audit.record(
                "BODY_CREATED",
                "body",
                draft.key(),
                "Gremium „" + draft.name().strip() + "“ angelegt",
                Map.of("kind", draft.kind().name()));
        return repository.body(id).orElseThrow();
    }

    /**
     * Changes a body (its key stays) if it is still at {@code expectedVersion}.
     *
     * @throws StaleOrganisationException when somebody else changed it since
     */
    @Transactional
    public Body updateBody(String key, long expectedVersion, BodyDraft draft) {
        Body current = findBody(key).orElseThrow(() -> unknown("body", key));
        long version = repository.lockBody(current.id()).orElseThrow();
        if (version != expectedVersion) {
            throw new StaleOrganisationException("Body '" + key + "'", expectedVersion, version);
        }
        BodyDraft withKey = new BodyDraft(
                key,
                draft.name(),
                draft.shortName(),
                draft.kind(),
                draft.territoryId(),
                draft.convenorId(),
                draft.description(),
                draft.exampleData(),
                draft.sourceNote());
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(withKey.problems());
        if (withKey.convenorId() != null
                && repository.organisation(withKey.convenorId()).isEmpty()) {
            problems.add(new OrganisationDraft.FieldProblem(
                    "convenorId", "no organisation with id " + withKey.convenorId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        repository.update(current.id(), withKey, Actors.currentUsername());
        audit.record(
                "BODY_UPDATED",
                "body",
                key,
                "Gremium „" + withKey.name().strip() + "“ geändert",
                Map.of("version", version + 1));
        return repository.body(current.id()).orElseThrow();
    }

    /** The member organisations of a body, by name. */
    public List<BodyMember> bodyMembers(long bodyId) {
        return repository.bodyMembers(bodyId);
    }

    /** The ids of the bodies an organisation is a member of. */
    public List<Long> bodyIdsOf(long organisationId) {
        return repository.bodyIdsOf(organisationId);
    }

    /** Replaces the member organisations of a body. */
    @Transactional
    public void setBodyMembers(long bodyId, List<BodyMember> members) {
        Body body = findBodyById(bodyId).orElseThrow(() -> unknown("body", bodyId));
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>();
        for (BodyMember member : members) {
            if (repository.organisation(member.organisationId()).isEmpty()) {
                problems.add(new OrganisationDraft.FieldProblem(
                        "members", "no organisation with id " + member.organisationId()));
            }
        }
        if (members.stream().map(BodyMember::organisationId).distinct().count() != members.size()) {
            problems.add(new OrganisationDraft.FieldProblem("members", "an organisation is named twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        repository.replaceBodyMembers(bodyId, members);
        audit.record(
                "BODY_MEMBERS_SET",
                "body",
                body.key(),
                "Mitglieder von „" + body.name() + "“ festgelegt (" + members.size() + ")",
                Map.of(
                        "organisations",
                        members.stream().map(BodyMember::organisationId).toList()));
    }

    private static UnknownOrganisationException unknown(String what, Object key) {
        return new UnknownOrganisationException("No " + what + " '" + key + "'");
    }
}
