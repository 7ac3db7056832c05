package de.lotse.organisation;

import de.lotse.territory.Territories;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks the references of a draft: the parent organisation (exists, is not the organisation itself, makes no
 * cycle), the territory, the convenor and the member organisations of a body. Adds a problem per invalid field.
 */
@Component
class ReferenceChecks {

    static final int ROLE_LENGTH = 100;

    private final OrganisationRepository repository;
    private final Territories territories;

    ReferenceChecks(OrganisationRepository repository, Territories territories) {
        this.repository = repository;
        this.territories = territories;
    }

    void organisation(OrganisationDraft draft, Long selfId, List<OrganisationDraft.FieldProblem> problems) {
        parent(draft.parentId(), selfId, problems);
        territory(draft.territoryId(), problems);
    }

    void body(BodyDraft draft, List<OrganisationDraft.FieldProblem> problems) {
        territory(draft.territoryId(), problems);
        if (draft.convenorId() != null
                && repository.organisation(draft.convenorId()).isEmpty()) {
            problems.add(new OrganisationDraft.FieldProblem(
                    "convenorId", "convenor.unknown", "no organisation with id " + draft.convenorId()));
        }
    }

    void members(List<BodyMember> members, List<OrganisationDraft.FieldProblem> problems) {
        Set<Long> seen = new HashSet<>();
        for (BodyMember member : members) {
            if (repository.organisation(member.organisationId()).isEmpty()) {
                problems.add(new OrganisationDraft.FieldProblem(
                        "members", "members.unknown", "no organisation with id " + member.organisationId()));
            } else if (!seen.add(member.organisationId())) {
                problems.add(new OrganisationDraft.FieldProblem(
                        "members", "members.duplicate", "organisation " + member.organisationId() + " is named twice"));
            }
            if (member.role() != null && member.role().strip().length() > ROLE_LENGTH) {
                problems.add(new OrganisationDraft.FieldProblem(
                        "members", "members.role", "a role has at most " + ROLE_LENGTH + " characters"));
            }
        }
    }

    private void parent(Long parentId, Long selfId, List<OrganisationDraft.FieldProblem> problems) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(selfId)) {
            problems.add(new OrganisationDraft.FieldProblem(
                    "parentId", "parent.self", "an organisation cannot be its own parent"));
            return;
        }
        if (repository.organisation(parentId).isEmpty()) {
            problems.add(new OrganisationDraft.FieldProblem(
                    "parentId", "parent.unknown", "no organisation with id " + parentId));
            return;
        }
        if (selfId != null && isAncestorChain(parentId, selfId)) {
            problems.add(new OrganisationDraft.FieldProblem(
                    "parentId", "parent.cycle", "the parent is a sub-unit of this organisation"));
        }
    }

    /** Whether walking up from {@code start} reaches {@code selfId} (the new parent would make a cycle). */
    private boolean isAncestorChain(long start, long selfId) {
        Set<Long> visited = new HashSet<>();
        Long current = start;
        while (current != null && visited.add(current)) {
            if (current == selfId) {
                return true;
            }
            current =
                    repository.organisation(current).map(Organisation::parentId).orElse(null);
        }
        return false;
    }

    private void territory(Long territoryId, List<OrganisationDraft.FieldProblem> problems) {
        if (territoryId != null && territories.findById(territoryId).isEmpty()) {
            problems.add(new OrganisationDraft.FieldProblem(
                    "territoryId", "territory.unknown", "no territory with id " + territoryId));
        }
    }
}
