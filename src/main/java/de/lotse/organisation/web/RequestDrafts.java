package de.lotse.organisation.web;

import de.lotse.organisation.BodyDraft;
import de.lotse.organisation.BodyKind;
import de.lotse.organisation.BodyMember;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.Organisations;
import de.lotse.organisation.ProviderType;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns API requests into drafts: resolves the keys of parent, territory, convenor and member organisations to ids
 * and parses the enum names. Unknown keys and names become field problems (422) together with the draft's own.
 */
@Component
class RequestDrafts {

    private final Organisations organisations;
    private final Territories territories;

    RequestDrafts(Organisations organisations, Territories territories) {
        this.organisations = organisations;
        this.territories = territories;
    }

    OrganisationDraft organisation(OrganisationJson.OrganisationRequest r) {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>();
        OrganisationKind kind = choice(OrganisationKind.class, "kind", r.kind(), problems);
        ProviderType type = choice(ProviderType.class, "providerType", r.providerType(), problems);
        Long parentId = organisationId("parentKey", r.parentKey(), problems);
        Long territoryId = territoryId(r.territoryKey(), problems);
        OrganisationDraft draft = new OrganisationDraft(
                r.key(),
                r.name(),
                r.shortName(),
                kind,
                type,
                parentId,
                territoryId,
                r.description(),
                r.website(),
                r.email(),
                r.phone(),
                Boolean.TRUE.equals(r.exampleData()),
                r.sourceNote());
        refuse("organisation", problems, draft.problems());
        return draft;
    }

    BodyDraft body(OrganisationJson.BodyRequest r) {
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>();
        BodyKind kind = choice(BodyKind.class, "kind", r.kind(), problems);
        Long territoryId = territoryId(r.territoryKey(), problems);
        Long convenorId = organisationId("convenorKey", r.convenorKey(), problems);
        BodyDraft draft = new BodyDraft(
                r.key(),
                r.name(),
                r.shortName(),
                kind,
                territoryId,
                convenorId,
                r.description(),
                Boolean.TRUE.equals(r.exampleData()),
                r.sourceNote());
        if (r.members() != null) {
            members(r.members(), problems);
        }
        refuse("body", problems, draft.problems());
        return draft;
    }

    /** The members of a body request, {@code null} when the request names none (a PUT keeps them). */
    List<BodyMember> membersOrNull(OrganisationJson.BodyRequest r) {
        if (r.members() == null) {
            return null;
        }
        List<OrganisationDraft.FieldProblem> problems = new ArrayList<>();
        List<BodyMember> members = members(r.members(), problems);
        refuse("body", problems, List.of());
        return members;
    }

    private List<BodyMember> members(
            List<OrganisationJson.MemberRequest> requested, List<OrganisationDraft.FieldProblem> problems) {
        List<BodyMember> members = new ArrayList<>();
        for (OrganisationJson.MemberRequest m : requested) {
            Long id = m == null ? null : organisationId("members", m.organisationKey(), problems);
            if (id == null && (m == null || m.organisationKey() == null)) {
                problems.add(new OrganisationDraft.FieldProblem("members", "each member needs an organisationKey"));
            } else if (id != null) {
                members.add(new BodyMember(
                        id,
                        m.role() == null || m.role().isBlank() ? null : m.role().strip()));
            }
        }
        return members;
    }

    private Long organisationId(String field, String key, List<OrganisationDraft.FieldProblem> problems) {
        if (key == null || key.isBlank()) {
            return null;
        }
        var found = organisations.find(key.strip()).map(Organisation::id);
        if (found.isEmpty()) {
            problems.add(new OrganisationDraft.FieldProblem(field, "no organisation with key '" + key + "'"));
        }
        return found.orElse(null);
    }

    private Long territoryId(String key, List<OrganisationDraft.FieldProblem> problems) {
        if (key == null || key.isBlank()) {
            return null;
        }
        var found = territories.find(key.strip()).map(Territory::id);
        if (found.isEmpty()) {
            problems.add(new OrganisationDraft.FieldProblem("territoryKey", "no territory with key '" + key + "'"));
        }
        return found.orElse(null);
    }

    private static <E extends Enum<E>> E choice(
            Class<E> type, String field, String value, List<OrganisationDraft.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E parsed = Choices.parse(type, value);
        if (parsed == null) {
            problems.add(new OrganisationDraft.FieldProblem(
                    field, "not one of " + Arrays.toString(type.getEnumConstants())));
        }
        return parsed;
    }

    /** Refuses with the resolution problems and the draft's own, when there are resolution problems. */
    private static void refuse(
            String what,
            List<OrganisationDraft.FieldProblem> resolution,
            List<OrganisationDraft.FieldProblem> draftProblems) {
        if (resolution.isEmpty()) {
            return;
        }
        List<OrganisationDraft.FieldProblem> all = new ArrayList<>(resolution);
        draftProblems.stream()
                .filter(p -> resolution.stream().noneMatch(q -> q.field().equals(p.field())))
                .forEach(all::add);
        throw ApiProblems.invalid(what, all);
    }
}
