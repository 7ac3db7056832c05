package de.lotse.directory.hsds;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The organisations of the organisation module as HSDS organizations. Their HSDS id is the name-based UUID of
 * {@code lotse:organisation:<key>} ({@link HsdsIds#organisation}); the key is also given as an organization
 * identifier (scheme {@code lotse}, type {@code key}).
 */
@Component
class HsdsOrganisations {

    private final Organisations organisations;

    HsdsOrganisations(Organisations organisations) {
        this.organisations = organisations;
    }

    List<Organisation> all() {
        return organisations.list();
    }

    Optional<Organisation> byUuid(UUID id) {
        return all().stream()
                .filter(o -> HsdsIds.organisation(o.key()).equals(id))
                .findFirst();
    }

    Map<Long, Organisation> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : organisations.findAllById(ids);
    }

    /** Organisation id → its HSDS UUID, for all organisations (to resolve parents). */
    Map<Long, UUID> uuids() {
        Map<Long, UUID> byId = new HashMap<>();
        for (Organisation o : all()) {
            byId.put(o.id(), HsdsIds.organisation(o.key()));
        }
        return byId;
    }

    UUID uuid(Organisation organisation) {
        return HsdsIds.organisation(organisation.key());
    }

    /** The organization with its one-to-one fields, phone, identifier and profile attributes. */
    HsdsModel.Organization toHsds(
            Organisation o, UUID parent, List<HsdsModel.Location> locations, List<HsdsModel.Service> services) {
        UUID id = uuid(o);
        List<HsdsModel.Phone> phones = o.phone() == null || o.phone().isBlank()
                ? List.of()
                : List.of(new HsdsModel.Phone(
                        HsdsIds.organisationPhone(o.key()),
                        null,
                        null,
                        null,
                        id,
                        o.phone(),
                        null,
                        "voice",
                        null,
                        null));
        List<HsdsModel.Attribute> attributes = new ArrayList<>();
        attributes.add(HsdsTaxonomies.profileAttribute(id, "organization", "example-data", o.exampleData()));
        attributes.add(HsdsTaxonomies.profileAttribute(id, "organization", "organisation-kind", o.kind()));
        attributes.add(HsdsTaxonomies.profileAttribute(id, "organization", "provider-type", o.providerType()));
        attributes.add(HsdsTaxonomies.profileAttribute(id, "organization", "source-note", o.sourceNote()));
        attributes.removeIf(java.util.Objects::isNull);
        return new HsdsModel.Organization(
                id,
                o.name(),
                HsdsText.blankToNull(o.shortName()),
                o.description() == null ? "" : o.description(),
                HsdsText.email(o.email()),
                HsdsText.uri(o.website()),
                parent,
                phones,
                List.of(new HsdsModel.OrganizationIdentifier(
                        HsdsIds.organisationIdentifier(o.key()), id, "lotse", "key", o.key())),
                attributes,
                locations,
                services);
    }

    /** The organization as nested in a service: one-to-one fields and attributes. */
    HsdsModel.Organization nested(Organisation o) {
        UUID parent = o.parentId() == null
                ? null
                : organisations.findById(o.parentId()).map(this::uuid).orElse(null);
        return toHsds(o, parent, null, null);
    }
}
