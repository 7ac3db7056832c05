package de.lotse.planning;

import de.lotse.organisation.Body;
import de.lotse.organisation.BodyDraft;
import de.lotse.organisation.BodyMember;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.Organisations;
import de.lotse.planning.BundledPlanningModel.BodyItem;
import de.lotse.planning.BundledPlanningModel.MemberItem;
import de.lotse.planning.BundledPlanningModel.OrganisationItem;
import de.lotse.territory.Territories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the keys of the bundled content into ids: organisations and bodies (created through {@link Organisations} when
 * they are not in the register yet; existing ones with the same key are used as they are), cross-cutting aspects and
 * territories (by official key; a key Lotse does not know is an error, never guessed). One instance per load.
 */
final class BundledPlanningReferences {

    private final Organisations organisations;
    private final Territories territories;
    private final Map<String, Long> organisationIds = new HashMap<>();
    private final Map<String, Long> bodyIds = new HashMap<>();
    private final Map<String, Long> aspectIds = new HashMap<>();
    private final Map<String, Long> territoryIds = new HashMap<>();
    private int organisationsCreated;
    private int bodiesCreated;

    BundledPlanningReferences(Organisations organisations, Territories territories) {
        this.organisations = organisations;
        this.territories = territories;
    }

    int organisationsCreated() {
        return organisationsCreated;
    }

    int bodiesCreated() {
        return bodiesCreated;
    }

    void organisation(OrganisationItem item) {
        requireSource(item.sourceNote());
        Organisation organisation = organisations.find(item.key()).orElseGet(() -> {
            organisationsCreated++;
            return organisations.create(new OrganisationDraft(
                    item.key(),
                    item.name(),
                    item.shortName(),
                    item.kind(),
                    item.providerType(),
                    organisationId(item.parent()),
                    territoryId(item.territory()),
                    item.description(),
                    null,
                    null,
                    null,
                    false,
                    item.sourceNote()));
        });
        organisationIds.put(item.key(), organisation.id());
    }

    void body(BodyItem item) {
        requireSource(item.sourceNote());
        java.util.Optional<Body> existing = organisations.findBody(item.key());
        if (existing.isPresent()) {
            bodyIds.put(item.key(), existing.get().id());
            return;
        }
        Body body = organisations.createBody(new BodyDraft(
                item.key(),
                item.name(),
                item.shortName(),
                item.kind(),
                territoryId(item.territory()),
                organisationId(item.convenor()),
                item.description(),
                false,
                item.sourceNote()));
        bodiesCreated++;
        bodyIds.put(item.key(), body.id());
        if (!item.members().isEmpty()) {
            List<BodyMember> members = new ArrayList<>();
            for (MemberItem member : item.members()) {
                members.add(new BodyMember(organisationId(member.organisation()), member.role()));
            }
            organisations.setBodyMembers(body.id(), members);
        }
    }

    void aspect(String key, long id) {
        aspectIds.put(key, id);
    }

    /** The id of the organisation with this key, {@code null} for {@code null}. */
    Long organisationId(String key) {
        return key == null ? null : required("organisation", key, organisationIds.get(key));
    }

    Long bodyId(String key) {
        return key == null ? null : required("body", key, bodyIds.get(key));
    }

    long aspectId(String key) {
        return required("cross-cutting aspect", key, aspectIds.get(key));
    }

    /** The id of the territory with this official key (Kreis 5 digits, Gemeinde 12-digit ARS), {@code null} for null. */
    Long territoryId(String key) {
        if (key == null) {
            return null;
        }
        return territoryIds.computeIfAbsent(key, k -> territories
                .find(k)
                .orElseThrow(() -> new IllegalArgumentException("no territory with the official key '" + k + "'"))
                .id());
    }

    private static long required(String what, String key, Long id) {
        if (id == null) {
            throw new IllegalArgumentException(
                    "unknown " + what + " '" + key + "' (not declared in the bundled files)");
        }
        return id;
    }

    static void requireSource(String sourceNote) {
        if (sourceNote == null || sourceNote.isBlank()) {
            throw new IllegalArgumentException("source_note is missing");
        }
    }
}
