package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserDetail.Contact;
import de.lotse.directory.wegweiser.WegweiserDetail.Cost;
import de.lotse.directory.wegweiser.WegweiserDetail.Location;
import de.lotse.directory.wegweiser.WegweiserDetail.Phone;
import de.lotse.directory.wegweiser.WegweiserDetail.Schedule;
import de.lotse.directory.wegweiser.WegweiserDetail.Site;
import de.lotse.organisation.Organisations;
import de.lotse.organisation.ProviderType;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the whole public detail of one service the Wegweiser shows. */
@Repository
@Transactional(readOnly = true)
class WegweiserDetails {

    private static final String SCHEDULE_COLUMNS = """
            kind, freq, interval, byday, bymonthday, dtstart, valid_from, valid_to, opens_at, closes_at,
            skip_school_holidays, skip_public_holidays, attending_type, schedule_link, description, notes, example_data
            """;
    private static final String ORDER_SCHEDULES = " ORDER BY kind DESC, dtstart, valid_from, opens_at";

    private final JdbcClient jdbc;
    private final WegweiserSearch search;
    private final Organisations organisations;
    private final Territories territories;

    WegweiserDetails(JdbcClient jdbc, WegweiserSearch search, Organisations organisations, Territories territories) {
        this.jdbc = jdbc;
        this.search = search;
        this.organisations = organisations;
        this.territories = territories;
    }

    private record ServiceRow(
            String url,
            String email,
            String interpretationServices,
            String applicationProcess,
            String feesDescription,
            String eligibilityDescription,
            String alert,
            LocalDate lastVerifiedAt,
            String sourceNote,
            long organisationId) {}

    /** The detail of a published service the Wegweiser shows; empty for unknown, inactive or defunct services. */
    Optional<WegweiserDetail> find(UUID id) {
        Optional<WegweiserEntry> entry = search.find(id);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<ServiceRow> row =
                jdbc.sql("""
                        SELECT url, email, interpretation_services, application_process, fees_description,
                               eligibility_description, alert, last_verified_at, source_note, organisation_id
                        FROM directory_service WHERE id = ? AND status IN ('active', 'temporarily closed')""").param(id).query(ServiceRow.class).optional();
        return row.map(s -> detail(entry.get(), s));
    }

    private WegweiserDetail detail(WegweiserEntry entry, ServiceRow s) {
        UUID id = entry.id();
        Map<String, String> languageNotes = new LinkedHashMap<>();
        jdbc.sql("SELECT code, note FROM directory_service_language WHERE service_id = ? AND note IS NOT NULL")
                .param(id)
                .query((rs, n) -> languageNotes.put(rs.getString(1), rs.getString(2)))
                .list();
        boolean publicProvider = organisations
                .findById(s.organisationId())
                .map(o -> o.providerType() == ProviderType.PUBLIC)
                .orElse(false);
        return new WegweiserDetail(
                entry,
                s.url(),
                s.email(),
                s.interpretationServices(),
                s.applicationProcess(),
                s.feesDescription(),
                s.eligibilityDescription(),
                s.alert(),
                s.lastVerifiedAt(),
                s.sourceNote(),
                publicProvider,
                languageNotes,
                phones("service_id", id),
                contacts("service_id", id),
                jdbc.sql("SELECT option, amount, currency, amount_description FROM directory_cost_option"
                                + " WHERE service_id = ? ORDER BY valid_from NULLS FIRST, option")
                        .param(id)
                        .query(Cost.class)
                        .list(),
                schedules("service_id", id),
                sites(id),
                areaNames(id));
    }

    private List<Site> sites(UUID serviceId) {
        record SiteRow(UUID salId, UUID locationId, String description) {}
        List<SiteRow> rows = jdbc.sql("""
                        SELECT sal.id AS sal_id, sal.location_id, sal.description
                        FROM directory_service_at_location sal JOIN directory_location l ON l.id = sal.location_id
                        WHERE sal.service_id = ? ORDER BY l.city, l.name""").param(serviceId).query(SiteRow.class).list();
        List<Site> sites = new ArrayList<>();
        for (SiteRow r : rows) {
            List<Schedule> schedules = new ArrayList<>(schedules("service_at_location_id", r.salId()));
            schedules.addAll(schedules("location_id", r.locationId()));
            List<Phone> phones = new ArrayList<>(phones("service_at_location_id", r.salId()));
            phones.addAll(phones("location_id", r.locationId()));
            sites.add(new Site(
                    r.salId(),
                    r.description(),
                    location(r.locationId()),
                    schedules,
                    phones,
                    contacts("service_at_location_id", r.salId())));
        }
        return sites;
    }

    private Location location(UUID id) {
        Map<String, Map<String, String>> translations = new HashMap<>();
        jdbc.sql("SELECT field, lang, text FROM directory_translation WHERE entity = 'location' AND entity_id = ?")
                .param(id)
                .query((rs, n) -> translations
                        .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("""
                        SELECT id, name, description, location_type, facility_type, url, email, address_1, address_2,
                               postal_code, city, transportation, latitude, longitude, territory_id, step_free_access,
                               accessible_toilet, induction_loop, sign_language, easy_language,
                               accessibility_details, example_data
                        FROM directory_location WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Location(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getString("location_type"),
                        rs.getString("facility_type"),
                        rs.getString("url"),
                        rs.getString("email"),
                        rs.getString("address_1"),
                        rs.getString("address_2"),
                        rs.getString("postal_code"),
                        rs.getString("city"),
                        rs.getString("transportation"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        municipality(rs.getObject("territory_id", Long.class)),
                        rs.getObject("step_free_access", Boolean.class),
                        rs.getObject("accessible_toilet", Boolean.class),
                        rs.getObject("induction_loop", Boolean.class),
                        rs.getObject("sign_language", Boolean.class),
                        rs.getObject("easy_language", Boolean.class),
                        rs.getString("accessibility_details"),
                        rs.getBoolean("example_data"),
                        translations))
                .single();
    }

    private String municipality(Long territoryId) {
        return territoryId == null
                ? null
                : territories.findById(territoryId).map(Territory::name).orElse(null);
    }

    private List<Schedule> schedules(String owner, UUID id) {
        return jdbc.sql("SELECT " + SCHEDULE_COLUMNS + " FROM directory_schedule WHERE " + owner + " = ?"
                        + ORDER_SCHEDULES)
                .param(id)
                .query((rs, n) -> new Schedule(
                        rs.getString("kind"),
                        rs.getString("freq"),
                        rs.getInt("interval"),
                        rs.getString("byday"),
                        rs.getString("bymonthday"),
                        date(rs.getDate("dtstart")),
                        date(rs.getDate("valid_from")),
                        date(rs.getDate("valid_to")),
                        rs.getObject("opens_at", java.time.LocalTime.class),
                        rs.getObject("closes_at", java.time.LocalTime.class),
                        rs.getBoolean("skip_school_holidays"),
                        rs.getBoolean("skip_public_holidays"),
                        rs.getString("attending_type"),
                        rs.getString("schedule_link"),
                        rs.getString("description"),
                        rs.getString("notes"),
                        rs.getBoolean("example_data")))
                .list();
    }

    private List<Phone> phones(String owner, UUID id) {
        return jdbc.sql("SELECT number, extension, type, description, example_data FROM directory_phone WHERE " + owner
                        + " = ? ORDER BY number")
                .param(id)
                .query(Phone.class)
                .list();
    }

    private List<Contact> contacts(String owner, UUID id) {
        return jdbc.sql("SELECT name, title, department, email, example_data FROM directory_contact WHERE " + owner
                        + " = ? ORDER BY name")
                .param(id)
                .query(Contact.class)
                .list();
    }

    private List<String> areaNames(UUID serviceId) {
        List<String> names = new ArrayList<>();
        jdbc
                .sql("SELECT territory_id, name FROM directory_service_area WHERE service_id = ? ORDER BY name")
                .param(serviceId)
                .query((rs, n) -> {
                    Long territory = rs.getObject(1, Long.class);
                    String name = rs.getString(2);
                    return name != null ? name : municipality(territory);
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .forEach(names::add);
        return names;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
