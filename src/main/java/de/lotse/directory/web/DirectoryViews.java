package de.lotse.directory.web;

import de.lotse.directory.DirectoryLocations;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.ServiceListRow;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.StoredService;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns stored services and places into what the API and the pages show (names of organisations, municipalities). */
@Component
class DirectoryViews {

    private final Organisations organisations;
    private final DirectoryLocations locations;
    private final Territories territories;

    DirectoryViews(Organisations organisations, DirectoryLocations locations, Territories territories) {
        this.organisations = organisations;
        this.locations = locations;
        this.territories = territories;
    }

    DirectoryJson.ServiceResponse service(StoredService s, boolean planner) {
        Organisation organisation =
                organisations.findById(s.content().organisationId()).orElse(null);
        return new DirectoryJson.ServiceResponse(
                s.id(),
                s.version(),
                organisation == null ? null : organisation.key(),
                organisation == null ? null : organisation.name(),
                s.content(),
                places(s.content().sites()),
                s.lastVerifiedAt(),
                planner ? s.lastVerifiedBy() : null,
                s.createdAt(),
                s.updatedAt(),
                planner ? s.updatedBy() : null,
                s.content().exampleData());
    }

    List<DirectoryJson.Place> places(List<ServiceDraft.SiteDraft> sites) {
        Map<UUID, StoredLocation> byId = locations.findAll(sites.stream()
                .map(ServiceDraft.SiteDraft::locationId)
                .filter(Objects::nonNull)
                .toList());
        Map<Long, Territory> municipalities = territories.findAllById(byId.values().stream()
                .map(StoredLocation::territoryId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return sites.stream()
                .filter(site -> byId.containsKey(site.locationId()))
                .map(site -> {
                    StoredLocation l = byId.get(site.locationId());
                    return new DirectoryJson.Place(
                            site.id(),
                            l.id(),
                            l.content().name(),
                            l.content().facilityType(),
                            l.content().facilityType().isDecentral(),
                            l.content().address1(),
                            l.content().postalCode(),
                            l.content().city(),
                            municipality(municipalities.get(l.territoryId())));
                })
                .toList();
    }

    DirectoryJson.ServiceListItem listItem(ServiceListRow r, Map<Long, Territory> municipalities) {
        return new DirectoryJson.ServiceListItem(
                r.id(),
                r.name(),
                r.organisationId(),
                r.organisationName(),
                r.status().hsds(),
                r.categoryCodes(),
                r.municipalityIds().stream()
                        .map(municipalities::get)
                        .filter(Objects::nonNull)
                        .map(DirectoryViews::municipality)
                        .toList(),
                r.siteCount(),
                r.lastVerifiedAt(),
                r.exampleData(),
                r.updatedAt());
    }

    Map<Long, Territory> municipalitiesOf(Collection<ServiceListRow> rows) {
        return territories.findAllById(rows.stream()
                .flatMap(r -> r.municipalityIds().stream())
                .distinct()
                .toList());
    }

    DirectoryJson.LocationResponse location(StoredLocation l) {
        Territory t = l.territoryId() == null
                ? null
                : territories.findById(l.territoryId()).orElse(null);
        return DirectoryJson.LocationResponse.of(l, municipality(t));
    }

    static DirectoryJson.Municipality municipality(Territory t) {
        return t == null
                ? null
                : new DirectoryJson.Municipality(
                        t.ags() == null ? t.key() : t.ags().value(), t.name());
    }
}
