package de.lotse.directory.hsds;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.ProviderType;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Matches the organizations of a dataset with the organisation register: by the HSDS id Lotse gives its
 * organisations, by the identifier {@code lotse}/{@code key}, or by name (case-insensitive). Organizations that match
 * none are new: the import creates them as providers (kind PROVIDER) — a dry run only lists them.
 */
final class HsdsImportOrganisations {

    /** Where a dataset organization goes: an existing organisation, or a new one to create. */
    record Target(Long existingId, OrganisationDraft newDraft, String path) {}

    private final Map<UUID, Organisation> byUuid = new HashMap<>();
    private final Map<String, Organisation> byKey = new HashMap<>();
    private final Map<String, Organisation> byName = new HashMap<>();
    private final Map<UUID, Target> targets = new LinkedHashMap<>();
    private final Map<String, Target> newByName = new LinkedHashMap<>();

    HsdsImportOrganisations(List<Organisation> all) {
        for (Organisation o : all) {
            byUuid.put(HsdsIds.organisation(o.key()), o);
            byKey.put(o.key(), o);
            byName.putIfAbsent(o.name().strip().toLowerCase(Locale.ROOT), o);
        }
    }

    /** Registers a dataset organization (top-level or nested in a service) and returns where it goes. */
    Target add(String path, HsdsModel.Organization org, HsdsImportReport.Problems problems) {
        if (org.id() != null && targets.containsKey(org.id())) {
            return targets.get(org.id());
        }
        Target target =
                match(org).map(o -> new Target(o.id(), null, path)).orElseGet(() -> newTarget(path, org, problems));
        if (target != null && org.id() != null) {
            targets.put(org.id(), target);
        }
        return target;
    }

    /** The target of an organization id the dataset names, also an existing organisation not in the dataset. */
    Optional<Target> byId(UUID id) {
        if (targets.containsKey(id)) {
            return Optional.of(targets.get(id));
        }
        return Optional.ofNullable(byUuid.get(id)).map(o -> new Target(o.id(), null, null));
    }

    /** The new organisations, by name. */
    List<Target> newOnes() {
        return List.copyOf(newByName.values());
    }

    private Optional<Organisation> match(HsdsModel.Organization org) {
        if (org.id() != null && byUuid.containsKey(org.id())) {
            return Optional.of(byUuid.get(org.id()));
        }
        if (org.organizationIdentifiers() != null) {
            for (HsdsModel.OrganizationIdentifier identifier : org.organizationIdentifiers()) {
                if ("lotse".equals(identifier.identifierScheme())
                        && "key".equals(identifier.identifierType())
                        && byKey.containsKey(identifier.identifier())) {
                    return Optional.of(byKey.get(identifier.identifier()));
                }
            }
        }
        return org.name() == null
                ? Optional.empty()
                : Optional.ofNullable(byName.get(org.name().strip().toLowerCase(Locale.ROOT)));
    }

    private Target newTarget(String path, HsdsModel.Organization org, HsdsImportReport.Problems problems) {
        if (org.name() == null || org.name().isBlank()) {
            problems.add(path + ".name", "required to create the organization", "Pflichtangabe fehlt");
            return null;
        }
        String name = org.name().strip();
        Target known = newByName.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        ProviderType providerType = null;
        String type = HsdsImportValues.profileValue(org.attributes(), "provider_type");
        if (type != null) {
            try {
                providerType = ProviderType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                problems.add(path + ".attributes", "unknown provider_type '" + type + "'", "Unbekannte Trägerart");
            }
        }
        String phone = org.phones() == null || org.phones().isEmpty()
                ? null
                : org.phones().get(0).number();
        OrganisationDraft draft = new OrganisationDraft(
                key(name, org.id()),
                name,
                org.alternateName(),
                OrganisationKind.PROVIDER,
                providerType,
                null,
                null,
                org.description() == null || org.description().isBlank() ? null : org.description(),
                org.website(),
                org.email(),
                phone,
                HsdsImportValues.exampleData(org.attributes()),
                "HSDS-Import");
        Target target = new Target(null, draft, path);
        newByName.put(name.toLowerCase(Locale.ROOT), target);
        return target;
    }

    /** A key from the name (ASCII, hyphens) with a short suffix from the HSDS id, so it is free and stable. */
    static String key(String name, UUID id) {
        String ascii = Normalizer.normalize(
                        name.toLowerCase(Locale.ROOT)
                                .replace("ß", "ss")
                                .replace("ä", "ae")
                                .replace("ö", "oe")
                                .replace("ü", "ue"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        String suffix = (id == null ? UUID.randomUUID() : id).toString().substring(0, 8);
        return (ascii.isEmpty() ? "organisation" : ascii) + "-" + suffix;
    }
}
