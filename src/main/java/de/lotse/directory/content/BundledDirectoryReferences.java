package de.lotse.directory.content;

import de.lotse.directory.content.BundledDirectoryModel.OrganisationItem;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the keys of the bundled file into ids: organisations (created through {@link Organisations} when no
 * organisation with the key exists; an existing one is used as it is, e.g. from the bundled planning content) and
 * territories (by official key; a key Lotse does not know is an error, never guessed). One instance per load.
 */
final class BundledDirectoryReferences {

    private final Organisations organisations;
    private final Territories territories;
    private final Map<String, Long> organisationIds = new HashMap<>();
    private final Map<String, Long> territoryIds = new HashMap<>();
    private int organisationsCreated;

    BundledDirectoryReferences(Organisations organisations, Territories territories) {
        this.organisations = organisations;
        this.territories = territories;
    }

    int organisationsCreated() {
        return organisationsCreated;
    }

    void organisation(OrganisationItem item) {
        if (item.sourceNote() == null || item.sourceNote().isBlank()) {
            throw new IllegalArgumentException("source_note is missing");
        }
        Organisation organisation = organisations.find(item.key()).orElseGet(() -> {
            organisationsCreated++;
            return organisations.create(new OrganisationDraft(
                    item.key(),
                    item.name(),
                    item.shortName(),
                    item.kind(),
                    item.providerType(),
                    null,
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

    /** The id of the organisation with this key; it must be declared in the file. */
    Long organisationId(String key) {
        Long id = organisationIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("unknown organisation '" + key + "' (not declared in the file)");
        }
        return id;
    }

    /** The id of the territory with this official key (Kreis 5 digits, Gemeinde 12-digit ARS), null for null. */
    Long territoryId(String key) {
        if (key == null) {
            return null;
        }
        return territoryIds.computeIfAbsent(key, k -> territories
                .find(k)
                .orElseThrow(() -> new IllegalArgumentException("no territory with the official key '" + k + "'"))
                .id());
    }
}
