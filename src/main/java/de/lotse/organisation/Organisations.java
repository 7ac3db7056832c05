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
 *
 * <p>Refusals: {@link InvalidOrganisationException} names every invalid field (also a taken key, an unknown parent,
 * territory, convenor, member organisation or user); {@link StaleOrganisationException} when the entry was changed
 * since the expected version; {@link UnknownOrganisationException} when the organisation or body itself does not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository repository;
    private final ReferenceChecks checks;
    private final AuditTrail audit;

    Organisations(OrganisationRepository repository, ReferenceChecks checks, AuditTrail audit) {
        this.repository = repository;
        this.checks = checks;
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

    /** The units directly inside this organisation (whose parent it is), by name. */
    public List<Organisation> subUnits(long organisationId) {
        return repository.subUnits(organisationId);
    }

    /** Creates an organisation; refused with the invalid fields, or when the key is taken. */
    @Transactional
    public Organisation create(OrganisationDraft draft) {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && repository.organisationKeyTaken(draft.key())) {
            problems.add(new OrganisationDraft.FieldProblem("key", "key.taken", "already taken"));
        }
        checks.organisation(draft, null, problems);
        refuseIfAny(problems);
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
        OrganisationDraft withKey = draft.withKey(key);
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(withKey.problems());
        checks.organisation(withKey, current.id(), problems);
        refuseIfAny(problems);
        List<String> changed = withKey.changedFields(current);
        repository.update(current.id(), withKey, Actors.currentUsername());
        audit.record(
                "ORGANISATION_UPDATED",
                "organisation",
                key,
                "Organisation „" + withKey.name().strip() + "“ geändert",
                Map.of("version", version + 1, "fields", changed));
        return repository.organisation(current.id()).orElseThrow();
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

    /**
     * Lets a user act for an organisation; nothing changes when they already do.
     *
     * @throws InvalidOrganisationException (field {@code username}) when there is no such user
     */
    @Transactional
    public void addMember(long organisationId, String username) {
        Organisation organisation = findById(organisationId).orElseThrow(() -> unknown("organisation", organisationId));
        if (username == null || !repository.userExists(username)) {
            throw new InvalidOrganisationException(List.of(
                    new OrganisationDraft.FieldProblem("username", "username.unknown", "no user '" + username + "'")));
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

    /** Ends a user's acting for an organisation; nothing changes when they did not. */
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
        refuseIfAny(newBodyProblems(draft));
        return insertBody(draft);
    }

    /**
     * Creates a body with its member organisations in one transaction; refused with the invalid fields of both.
     */
    @Transactional
    public Body createBody(BodyDraft draft, List<BodyMember> members) {
        List<OrganisationDraft.FieldProblem> problems = newBodyProblems(draft);
        checks.members(members, problems);
        refuseIfAny(problems);
        Body body = insertBody(draft);
        if (!members.isEmpty()) {
            replaceMembers(body, members);
        }
        return body;
    }

    /**
     * Changes a body (its key stays) if it is still at {@code expectedVersion}.
     *
     * @throws StaleOrganisationException when somebody else changed it since
     */
    @Transactional
    public Body updateBody(String key, long expectedVersion, BodyDraft draft) {
        Body current = lockedBody(key, expectedVersion);
        BodyDraft withKey = draft.withKey(key);
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(withKey.problems());
        checks.body(withKey, problems);
        refuseIfAny(problems);
        return storeBody(current, withKey);
    }

    /**
     * Changes a body and replaces its member organisations in one transaction (the version rises once for the
     * content; members that stay the same are not recorded as a change).
     *
     * @throws StaleOrganisationException when somebody else changed the body since
     */
    @Transactional
    public Body updateBody(String key, long expectedVersion, BodyDraft draft, List<BodyMember> members) {
        Body current = lockedBody(key, expectedVersion);
        BodyDraft withKey = draft.withKey(key);
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(withKey.problems());
        checks.body(withKey, problems);
        checks.members(members, problems);
        refuseIfAny(problems);
        Body updated = storeBody(current, withKey);
        if (!BodyMember.sameMembers(repository.bodyMembers(current.id()), members)) {
            replaceMembers(updated, members);
        }
        return updated;
    }

    private List<OrganisationDraft.FieldProblem> newBodyProblems(BodyDraft draft) {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && repository.bodyKeyTaken(draft.key())) {
            problems.add(new OrganisationDraft.FieldProblem("key", "key.taken", "already taken"));
        }
        checks.body(draft, problems);
        return problems;
    }

    private Body insertBody(BodyDraft draft) {
        long id = repository.insert(draft, Actors.currentUsername());
        audit.record(
                "BODY_CREATED",
                "body",
                draft.key(),
                "Gremium „" + draft.name().strip() + "“ angelegt",
                Map.of("kind", draft.kind().name()));
        return repository.body(id).orElseThrow();
    }

    private Body lockedBody(String key, long expectedVersion) {
        Body current = findBody(key).orElseThrow(() -> unknown("body", key));
        long version = repository.lockBody(current.id()).orElseThrow();
        if (version != expectedVersion) {
            throw new StaleOrganisationException("Body '" + key + "'", expectedVersion, version);
        }
        return current;
    }

    private Body storeBody(Body current, BodyDraft withKey) {
        List<String> changed = withKey.changedFields(current);
        repository.update(current.id(), withKey, Actors.currentUsername());
        audit.record(
                "BODY_UPDATED",
                "body",
                current.key(),
                "Gremium „" + withKey.name().strip() + "“ geändert",
                Map.of("version", current.version() + 1, "fields", changed));
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

    /** The bodies an organisation is a member of, with its role in each, by the bodies' names. */
    public List<BodyMembership> bodyMemberships(long organisationId) {
        return repository.bodyMemberships(organisationId);
    }

    /**
     * Replaces the member organisations of a body. Refused (field {@code members}) when an organisation does not
     * exist or is named twice, or a role is longer than 100 characters.
     */
    @Transactional
    public void setBodyMembers(long bodyId, List<BodyMember> members) {
        Body body = findBodyById(bodyId).orElseThrow(() -> unknown("body", bodyId));
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>();
        checks.members(members, problems);
        refuseIfAny(problems);
        replaceMembers(body, members);
    }

    private void replaceMembers(Body body, List<BodyMember> members) {
        repository.replaceBodyMembers(body.id(), members);
        audit.record(
                "BODY_MEMBERS_SET",
                "body",
                body.key(),
                "Mitglieder von „" + body.name() + "“ festgelegt (" + members.size() + ")",
                Map.of(
                        "organisations",
                        members.stream().map(BodyMember::organisationId).toList()));
    }

    private static void refuseIfAny(List<OrganisationDraft.FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
    }

    private static UnknownOrganisationException unknown(String what, Object key) {
        return new UnknownOrganisationException("No " + what + " '" + key + "'");
    }
}
