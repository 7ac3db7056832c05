package de.lotse.directory.web;

import de.lotse.directory.FacilityType;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.TerritoryAssignment;
import de.lotse.indicator.LifeStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Response records of the directory API. Requests use the module's draft records ({@link ServiceDraft},
 * {@link LocationDraft}) as they are — the same shape a provider's proposal stores — so one JSON shape describes a
 * service everywhere.
 */
final class DirectoryJson {

    private DirectoryJson() {}

    /** A municipality by its key (AGS) and name. */
    record Municipality(String key, String name) {}

    /** One service in a list. */
    record ServiceListItem(
            UUID id,
            String name,
            long organisationId,
            String organisationName,
            String status,
            List<String> categories,
            List<Municipality> municipalities,
            int sites,
            LocalDate lastVerifiedAt,
            boolean exampleData,
            Instant updatedAt) {}

    /** Where a service is offered, with the place's essentials (the site id is the .ics key). */
    record Place(
            UUID siteId,
            UUID locationId,
            String name,
            FacilityType facilityType,
            boolean decentral,
            String address,
            String postalCode,
            String city,
            Municipality municipality) {}

    /**
     * A whole service: {@code content} is the draft shape with every id filled in (send it back, changed, with PUT).
     * {@code lastVerifiedBy} and {@code updatedBy} are shown to planners only.
     */
    record ServiceResponse(
            UUID id,
            long version,
            String organisationKey,
            String organisationName,
            ServiceDraft content,
            List<Place> places,
            LocalDate lastVerifiedAt,
            String lastVerifiedBy,
            Instant createdAt,
            Instant updatedAt,
            String updatedBy,
            boolean exampleData) {}

    /** A place with its municipality and how it was assigned. */
    record LocationResponse(
            UUID id,
            long version,
            LocationDraft content,
            Municipality municipality,
            TerritoryAssignment territoryAssignment,
            Instant updatedAt,
            boolean exampleData) {

        static LocationResponse of(StoredLocation l, Municipality municipality) {
            return new LocationResponse(
                    l.id(),
                    l.version(),
                    l.content(),
                    municipality,
                    l.territoryAssignment(),
                    l.updatedAt(),
                    l.content().exampleData());
        }
    }

    record TaxonomyResponse(String key, String name, String description, String uri, String version) {}

    /** A term with its name in the requested language, every label, and what it maps to. */
    record TermResponse(
            String code,
            String name,
            String label,
            String description,
            Map<String, String> labels,
            String keywords,
            Integer minimumAge,
            Integer maximumAge,
            List<String> fieldsOfAction,
            List<LifeStage> lifeStages) {}
}
