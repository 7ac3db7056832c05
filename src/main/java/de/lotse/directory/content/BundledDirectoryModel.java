package de.lotse.directory.content;

import de.lotse.directory.AttendingType;
import de.lotse.directory.FacilityType;
import de.lotse.directory.LocationType;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import de.lotse.directory.ServiceStatus;
import de.lotse.indicator.LifeStage;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.ProviderType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The JSON format of the bundled counselling landscape ({@code directory/bundled/services.json}, documented in {@code
 * docs/directory/content.md}). Field names are snake_case in the file; organisations and places are referred to by
 * their keys, territories by official key (5-digit Kreis, 12-digit ARS), taxonomy terms by code, planning measures by
 * the key of their strategy and their title. Every organisation, place and service names its source; whatever no
 * source states is either left out or marked {@code example_data}.
 */
final class BundledDirectoryModel {

    private BundledDirectoryModel() {}

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** The whole file: the marker name (in {@code bundled_dataset}) and the items in load order. */
    record Content(
            String dataset,
            List<OrganisationItem> organisations,
            List<LocationItem> locations,
            List<ServiceItem> services) {
        Content {
            organisations = list(organisations);
            locations = list(locations);
            services = list(services);
        }
    }

    /**
     * A providing organisation; created through the organisation register only when no organisation with this key
     * exists (the bundled planning content declares several of them with the same key).
     */
    record OrganisationItem(
            String key,
            String name,
            String shortName,
            OrganisationKind kind,
            ProviderType providerType,
            String territory,
            String description,
            String sourceNote) {}

    /**
     * A place. The municipality is found from the coordinates (point in polygon); {@code territory} states which
     * municipality that must be (checked by the tests). Invented places or coordinates carry {@code example_data}.
     */
    record LocationItem(
            String key,
            String organisation,
            String name,
            String description,
            FacilityType facilityType,
            LocationType locationType,
            BigDecimal latitude,
            BigDecimal longitude,
            String territory,
            boolean exampleData,
            String sourceNote) {}

    /** A service with the places it is offered at and the planning measures it implements. */
    record ServiceItem(
            String key,
            String organisation,
            String name,
            String alternateName,
            String description,
            ServiceStatus status,
            String url,
            String email,
            Boolean freeOfCharge,
            Boolean anonymous,
            Boolean outreach,
            Boolean phoneCounselling,
            Boolean videoCounselling,
            Boolean chatCounselling,
            Integer minimumAge,
            Integer maximumAge,
            String eligibilityDescription,
            List<String> categories,
            List<String> audiences,
            List<String> fieldsOfAction,
            List<LifeStage> lifeStages,
            List<AreaItem> areas,
            List<SiteItem> sites,
            List<MeasureItem> measures,
            List<TranslationItem> translations,
            boolean exampleData,
            String sourceNote) {
        ServiceItem {
            categories = list(categories);
            audiences = list(audiences);
            fieldsOfAction = list(fieldsOfAction);
            lifeStages = list(lifeStages);
            areas = list(areas);
            sites = list(sites);
            measures = list(measures);
            translations = list(translations);
        }

        /** Whether any place or consultation hour of this service is an example (then the service must say so). */
        boolean hasExampleDetails(java.util.Map<String, LocationItem> locations) {
            return sites.stream()
                    .anyMatch(site -> site.schedules().stream().anyMatch(ScheduleItem::exampleData)
                            || (locations.containsKey(site.location())
                                    && locations.get(site.location()).exampleData()));
        }
    }

    /** An area the service serves: a territory by official key, or a name. */
    record AreaItem(String territory, String name) {}

    /** The service at a place (by the place's key) with its consultation hours there. */
    record SiteItem(String location, String description, List<ScheduleItem> schedules) {
        SiteItem {
            schedules = list(schedules);
        }
    }

    /** Consultation hours as {@link de.lotse.directory.ScheduleDraft} describes them. */
    record ScheduleItem(
            ScheduleKind kind,
            ScheduleFrequency freq,
            Integer interval,
            String byday,
            String bymonthday,
            LocalDate dtstart,
            LocalDate validFrom,
            LocalDate validTo,
            LocalTime opensAt,
            LocalTime closesAt,
            boolean skipSchoolHolidays,
            boolean skipPublicHolidays,
            AttendingType attendingType,
            String description,
            String notes,
            boolean exampleData) {}

    /** A translation of one text field of the service (e.g. {@code name}, {@code description}) into a language. */
    record TranslationItem(String field, String lang, String text) {}

    /** A planning measure: the key of its strategy and its title there. */
    record MeasureItem(String strategy, String measure) {}
}
