package de.lotse.directory.wegweiser;

import de.lotse.directory.ServiceStatus;
import de.lotse.directory.wegweiser.WegweiserEntry.Area;
import de.lotse.directory.wegweiser.WegweiserEntry.Place;
import de.lotse.directory.wegweiser.WegweiserEntry.Term;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the published services the Wegweiser shows (status active or temporarily closed) with everything the search
 * filters on, in a few bulk queries (one per kind of row), for all services or for a set of ids.
 */
@Repository
class WegweiserEntries {

    private static final String SELECTED = "s.status IN ('active', 'temporarily closed')"
            + " AND (CAST(:all AS boolean) OR s.id = ANY(CAST(:ids AS uuid[])))";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Territories territories;

    WegweiserEntries(JdbcClient jdbc, Organisations organisations, Territories territories) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.territories = territories;
    }

    /** Every service the Wegweiser shows. */
    List<WegweiserEntry> all() {
        return load(null);
    }

    /** The given services, as far as the Wegweiser shows them (others are missing from the list). */
    List<WegweiserEntry> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : load(ids);
    }

    /** Names and keywords of all taxonomy terms: the words compound splitting knows. */
    List<String> taxonomyWords() {
        return jdbc.sql("SELECT name || ' ' || COALESCE(keywords, '') FROM directory_taxonomy_term")
                .query(String.class)
                .list();
    }

    private record ServiceRow(
            UUID id,
            String name,
            String alternateName,
            String description,
            String status,
            long organisationId,
            String textLanguage,
            Boolean freeOfCharge,
            Boolean anonymous,
            Boolean outreach,
            Boolean phone,
            Boolean video,
            Boolean chat,
            Integer minimumAge,
            Integer maximumAge,
            boolean exampleData) {}

    private record SiteRow(
            UUID serviceId,
            UUID salId,
            UUID locationId,
            String name,
            String address,
            String postalCode,
            String city,
            BigDecimal latitude,
            BigDecimal longitude,
            Long territoryId,
            String facilityType,
            String locationType,
            Boolean stepFreeAccess,
            boolean exampleData) {}

    private List<WegweiserEntry> load(Collection<UUID> ids) {
        boolean all = ids == null;
        String idArray = all ? "{}" : ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        List<ServiceRow> services = jdbc.sql("""
                        SELECT s.id, s.name, s.alternate_name, s.description, s.status, s.organisation_id,
                               s.text_language, s.free_of_charge, s.anonymous, s.outreach, s.phone_counselling AS phone,
                               s.video_counselling AS video, s.chat_counselling AS chat, s.minimum_age, s.maximum_age, s.example_data
                        FROM directory_service s WHERE\s""" + SELECTED)
                .param("all", all)
                .param("ids", idArray)
                .query(ServiceRow.class)
                .list();
        if (services.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, List<Term>>> terms = terms(all, idArray);
        Map<UUID, List<String>> languages = new HashMap<>();
        jdbc.sql("SELECT l.service_id, l.code FROM directory_service_language l JOIN directory_service s"
                        + " ON s.id = l.service_id WHERE " + SELECTED + " ORDER BY l.code")
                .param("all", all)
                .param("ids", idArray)
                .query((rs, n) -> languages
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        List<SiteRow> sites = jdbc.sql("""
                        SELECT sal.service_id, sal.id AS sal_id, l.id AS location_id, l.name, l.address_1 AS address,
                               l.postal_code, l.city, l.latitude, l.longitude, l.territory_id, l.facility_type,
                               l.location_type, l.step_free_access, l.example_data
                        FROM directory_service_at_location sal
                        JOIN directory_location l ON l.id = sal.location_id
                        JOIN directory_service s ON s.id = sal.service_id
                        WHERE\s""" + SELECTED + " ORDER BY l.city, l.name")
                .param("all", all)
                .param("ids", idArray)
                .query(SiteRow.class)
                .list();
        Map<UUID, List<Long>> areaIds = new HashMap<>();
        jdbc.sql("SELECT a.service_id, a.territory_id FROM directory_service_area a JOIN directory_service s"
                        + " ON s.id = a.service_id WHERE a.territory_id IS NOT NULL AND " + SELECTED)
                .param("all", all)
                .param("ids", idArray)
                .query((rs, n) -> areaIds.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        Map<UUID, Map<String, Map<String, String>>> translations = translations(all, idArray);
        Set<Long> territoryIds = new HashSet<>();
        sites.stream()
                .map(SiteRow::territoryId)
                .filter(java.util.Objects::nonNull)
                .forEach(territoryIds::add);
        areaIds.values().forEach(territoryIds::addAll);
        Map<Long, Territory> territoryById = territories.findAllById(territoryIds);
        Map<Long, Organisation> organisationById = organisations.findAllById(
                services.stream().map(ServiceRow::organisationId).collect(Collectors.toSet()));
        Map<UUID, List<SiteRow>> sitesByService = sites.stream()
                .collect(Collectors.groupingBy(SiteRow::serviceId, LinkedHashMap::new, Collectors.toList()));

        List<WegweiserEntry> entries = new ArrayList<>(services.size());
        for (ServiceRow s : services) {
            List<SiteRow> own = sitesByService.getOrDefault(s.id(), List.of());
            List<Place> places = own.stream().map(r -> place(r, territoryById)).toList();
            List<Area> areas = areaIds.getOrDefault(s.id(), List.of()).stream()
                    .map(territoryById::get)
                    .filter(java.util.Objects::nonNull)
                    .map(t -> new Area(t.key(), t.name(), path(t)))
                    .toList();
            Map<String, List<Term>> ownTerms = terms.getOrDefault(s.id(), Map.of());
            Organisation organisation = organisationById.get(s.organisationId());
            boolean phone = Boolean.TRUE.equals(s.phone());
            boolean video = Boolean.TRUE.equals(s.video());
            boolean chat = Boolean.TRUE.equals(s.chat());
            entries.add(new WegweiserEntry(
                    s.id(),
                    s.name(),
                    s.alternateName(),
                    s.description(),
                    organisation == null ? null : organisation.name(),
                    ServiceStatus.TEMPORARILY_CLOSED.hsds().equals(s.status()),
                    s.textLanguage(),
                    translations.getOrDefault(s.id(), Map.of()),
                    ownTerms.getOrDefault("category", List.of()),
                    ownTerms.getOrDefault("audience", List.of()),
                    ownTerms.getOrDefault("field_of_action", List.of()),
                    languages.getOrDefault(s.id(), List.of()),
                    s.minimumAge(),
                    s.maximumAge(),
                    s.freeOfCharge(),
                    s.anonymous(),
                    s.outreach(),
                    phone,
                    video,
                    chat,
                    phone || video || chat || places.stream().anyMatch(Place::virtual),
                    places.stream().anyMatch(p -> Boolean.TRUE.equals(p.stepFreeAccess())),
                    places,
                    areas,
                    s.exampleData() || own.stream().anyMatch(SiteRow::exampleData)));
        }
        return entries;
    }

    private Map<UUID, Map<String, List<Term>>> terms(boolean all, String idArray) {
        Map<UUID, Map<String, String>> labels = new HashMap<>();
        jdbc.sql("SELECT term_id, lang, name FROM directory_taxonomy_term_label")
                .query((rs, n) -> labels.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        Map<UUID, Map<String, List<Term>>> terms = new HashMap<>();
        jdbc.sql("""
                        SELECT st.service_id, st.link_type, t.id, t.code, t.name, t.keywords
                        FROM directory_service_term st
                        JOIN directory_taxonomy_term t ON t.id = st.term_id
                        JOIN directory_service s ON s.id = st.service_id
                        WHERE\s""" + SELECTED + " ORDER BY t.position, t.name")
                .param("all", all)
                .param("ids", idArray)
                .query((rs, n) -> terms.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(new Term(
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                labels.getOrDefault(rs.getObject(3, UUID.class), Map.of()))))
                .list();
        return terms;
    }

    private Map<UUID, Map<String, Map<String, String>>> translations(boolean all, String idArray) {
        Map<UUID, Map<String, Map<String, String>>> result = new HashMap<>();
        jdbc.sql("SELECT t.entity_id, t.field, t.lang, t.text FROM directory_translation t"
                        + " JOIN directory_service s ON s.id = t.entity_id WHERE t.entity = 'service' AND " + SELECTED)
                .param("all", all)
                .param("ids", idArray)
                .query((rs, n) -> result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new HashMap<>())
                        .put(rs.getString(3), rs.getString(4)))
                .list();
        return result;
    }

    private static Place place(SiteRow r, Map<Long, Territory> territoryById) {
        Territory municipality = r.territoryId() == null ? null : territoryById.get(r.territoryId());
        return new Place(
                r.salId(),
                r.locationId(),
                r.name(),
                r.address(),
                r.postalCode(),
                r.city(),
                r.latitude() == null ? null : r.latitude().doubleValue(),
                r.longitude() == null ? null : r.longitude().doubleValue(),
                municipality == null ? null : municipality.key(),
                municipality == null ? null : municipality.name(),
                municipality == null ? List.of() : path(municipality),
                r.facilityType(),
                "virtual".equals(r.locationType()) || "ONLINE".equals(r.facilityType()),
                r.stepFreeAccess());
    }

    /** The keys of a unit and every unit above it, plus its AGS (so the filter takes either). */
    static List<String> path(Territory territory) {
        List<String> keys = new ArrayList<>(Arrays.asList(territory.path().split("/")));
        if (!keys.contains(territory.key())) {
            keys.add(territory.key());
        }
        if (territory.ags() != null) {
            keys.add(territory.ags().value());
        }
        return keys;
    }
}
