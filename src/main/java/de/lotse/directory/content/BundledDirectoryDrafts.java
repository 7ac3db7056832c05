package de.lotse.directory.content;

import de.lotse.directory.LocationDraft;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.content.BundledDirectoryModel.LocationItem;
import de.lotse.directory.content.BundledDirectoryModel.ScheduleItem;
import de.lotse.directory.content.BundledDirectoryModel.ServiceItem;
import de.lotse.directory.content.BundledDirectoryModel.SiteItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns the items of the bundled file into the directory's {@link ServiceDraft}s. A place shared by several services
 * is written with the first service that names it ({@code newLocation} with its fixed id) and referred to by id
 * afterwards. Nothing is added that the file does not state: no phone numbers, no contacts, no addresses.
 */
final class BundledDirectoryDrafts {

    /** The language the bundled texts are written in. */
    static final String TEXT_LANGUAGE = "de";

    private final Map<String, LocationItem> locations;
    private final Function<String, Long> organisationIds;
    private final Function<String, Long> territoryIds;
    private final Predicate<UUID> locationExists;
    private final Set<String> written = new HashSet<>();

    /**
     * @param locations the places of the file by key
     * @param organisationIds organisation key → id (fails for an unknown key)
     * @param territoryIds official key → territory id (fails for an unknown key)
     * @param locationExists whether a place with this id is already stored (then it is referred to, not created)
     */
    BundledDirectoryDrafts(
            Map<String, LocationItem> locations,
            Function<String, Long> organisationIds,
            Function<String, Long> territoryIds,
            Predicate<UUID> locationExists) {
        this.locations = Map.copyOf(locations);
        this.organisationIds = organisationIds;
        this.territoryIds = territoryIds;
        this.locationExists = locationExists;
    }

    /** The draft of one service; checks that the service names its source and owns up to its example details. */
    ServiceDraft draft(ServiceItem item) {
        requireText(item.key(), "key");
        requireText(item.sourceNote(), "source_note");
        if (item.categories().isEmpty()) {
            throw new IllegalArgumentException("at least one category is required");
        }
        if (item.hasExampleDetails(locations) && !item.exampleData()) {
            throw new IllegalArgumentException(
                    "a place or consultation hour is example data, so the service must be example_data too");
        }
        List<ServiceDraft.SiteDraft> sites = new ArrayList<>();
        for (SiteItem site : item.sites()) {
            sites.add(site(item.key(), site));
        }
        List<ServiceDraft.ServiceAreaDraft> areas = item.areas().stream()
                .map(a -> new ServiceDraft.ServiceAreaDraft(
                        a.territory() == null ? null : territoryIds.apply(a.territory()), a.name(), null))
                .toList();
        return new ServiceDraft(
                BundledDirectoryIds.service(item.key()),
                organisationIds.apply(item.organisation()),
                item.name(),
                item.alternateName(),
                item.description(),
                item.status(),
                item.url(),
                item.email(),
                null,
                null,
                null,
                item.freeOfCharge(),
                item.eligibilityDescription(),
                item.minimumAge(),
                item.maximumAge(),
                item.anonymous(),
                item.outreach(),
                item.phoneCounselling(),
                item.videoCounselling(),
                item.chatCounselling(),
                null,
                TEXT_LANGUAGE,
                item.categories(),
                item.audiences(),
                item.fieldsOfAction(),
                item.lifeStages(),
                List.of(),
                List.of(),
                List.of(),
                areas,
                List.of(),
                List.of(),
                sites,
                item.translations().stream()
                        .map(t -> new ServiceDraft.TranslationDraft(t.field(), t.lang(), t.text()))
                        .toList(),
                item.exampleData(),
                item.sourceNote());
    }

    private ServiceDraft.SiteDraft site(String serviceKey, SiteItem site) {
        LocationItem location = locations.get(site.location());
        if (location == null) {
            throw new IllegalArgumentException("unknown place '" + site.location() + "' (not declared in the file)");
        }
        UUID locationId = BundledDirectoryIds.location(location.key());
        boolean first = written.add(location.key()) && !locationExists.test(locationId);
        List<ScheduleDraft> schedules =
                site.schedules().stream().map(BundledDirectoryDrafts::schedule).toList();
        return new ServiceDraft.SiteDraft(
                BundledDirectoryIds.site(serviceKey, location.key()),
                first ? null : locationId,
                first ? location(location) : null,
                site.description(),
                schedules,
                List.of(),
                List.of());
    }

    private LocationDraft location(LocationItem item) {
        requireText(item.sourceNote(), "source_note of place '" + item.key() + "'");
        return new LocationDraft(
                BundledDirectoryIds.location(item.key()),
                item.organisation() == null ? null : organisationIds.apply(item.organisation()),
                item.name(),
                null,
                item.description(),
                item.locationType(),
                item.facilityType(),
                null,
                null,
                item.latitude(),
                item.longitude(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                item.exampleData(),
                item.sourceNote());
    }

    static ScheduleDraft schedule(ScheduleItem item) {
        return new ScheduleDraft(
                item.kind(),
                item.freq(),
                item.interval(),
                item.byday(),
                item.bymonthday(),
                item.dtstart(),
                item.validFrom(),
                item.validTo(),
                item.opensAt(),
                item.closesAt(),
                item.skipSchoolHolidays(),
                item.skipPublicHolidays(),
                null,
                item.attendingType(),
                null,
                item.description(),
                item.notes(),
                item.exampleData());
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
