package de.lotse.directory.hsds;

import de.lotse.indicator.LifeStage;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-to-many parts of services that only services have: taxonomy terms and life stages (as attributes),
 * languages, service areas, cost options and the change log (metadata), each read for many services at once.
 */
@Component
class HsdsServiceExtras {

    /**
     * Who changed a record is not published: the metadata name the editorial office instead of a username (usernames
     * of Lotse users are not public).
     */
    static final String PUBLIC_EDITOR = "Lotse-Redaktion";

    private final JdbcClient jdbc;
    private final Territories territories;

    HsdsServiceExtras(JdbcClient jdbc, Territories territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    record Loaded(
            Map<UUID, List<HsdsModel.Attribute>> terms,
            Map<UUID, List<HsdsModel.Language>> languages,
            Map<UUID, List<HsdsModel.ServiceArea>> areas,
            Map<UUID, List<HsdsModel.CostOption>> costOptions,
            Map<UUID, List<HsdsModel.Metadata>> metadata) {}

    Loaded load(Set<UUID> ids) {
        return new Loaded(terms(ids), languages(ids), areas(ids), costOptions(ids), metadata(ids));
    }

    private Map<UUID, List<HsdsModel.Attribute>> terms(Set<UUID> ids) {
        List<HsdsParts.Owned<HsdsModel.Attribute>> rows = new ArrayList<>(jdbc.sql("""
                        SELECT st.service_id, st.attribute_id, st.link_type, t.id, t.code, t.name, t.description,
                               t.parent_id, t.term_uri, x.id AS taxonomy_id, x.name AS taxonomy_name
                        FROM directory_service_term st
                        JOIN directory_taxonomy_term t ON t.id = st.term_id
                        JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                        WHERE st.service_id IN (:ids)
                        ORDER BY CASE st.link_type WHEN 'category' THEN 0 WHEN 'audience' THEN 1 ELSE 2 END,
                                 t.position, t.code
                        """)
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID service = rs.getObject("service_id", UUID.class);
                    HsdsModel.TaxonomyTerm term = new HsdsModel.TaxonomyTerm(
                            rs.getObject("id", UUID.class),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("description"),
                            rs.getObject("parent_id", UUID.class),
                            rs.getString("taxonomy_name"),
                            rs.getObject("taxonomy_id", UUID.class),
                            "de",
                            HsdsText.uri(rs.getString("term_uri")));
                    return new HsdsParts.Owned<>(
                            service,
                            new HsdsModel.Attribute(
                                    rs.getObject("attribute_id", UUID.class),
                                    service,
                                    term.id(),
                                    rs.getString("link_type"),
                                    "service",
                                    null,
                                    term));
                })
                .list());
        List<HsdsParts.Owned<LifeStage>> stages = jdbc
                .sql("SELECT service_id, life_stage FROM directory_service_life_stage WHERE service_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) ->
                        new HsdsParts.Owned<>(rs.getObject(1, UUID.class), LifeStage.valueOf(rs.getString(2))))
                .list()
                .stream()
                .sorted(Comparator.comparing(o -> o.value().ordinal()))
                .toList();
        for (HsdsParts.Owned<LifeStage> stage : stages) {
            HsdsModel.TaxonomyTerm term = HsdsTaxonomies.lifeStageTerm(stage.value());
            rows.add(new HsdsParts.Owned<>(
                    stage.owner(),
                    new HsdsModel.Attribute(
                            HsdsIds.attribute(
                                    stage.owner(), "life_stage:" + stage.value().name()),
                            stage.owner(),
                            term.id(),
                            "life_stage",
                            "service",
                            null,
                            term)));
        }
        return HsdsParts.grouped(rows);
    }

    private Map<UUID, List<HsdsModel.Language>> languages(Set<UUID> ids) {
        return HsdsParts.grouped(
                jdbc.sql("SELECT service_id, code, note FROM directory_service_language WHERE service_id IN (:ids)"
                                + " ORDER BY code")
                        .param("ids", ids)
                        .query((rs, n) -> {
                            UUID service = rs.getObject(1, UUID.class);
                            String code = rs.getString(2);
                            return new HsdsParts.Owned<>(
                                    service,
                                    new HsdsModel.Language(
                                            HsdsIds.serviceLanguage(service, code),
                                            service,
                                            null,
                                            HsdsLocationReader.languageName(code),
                                            code,
                                            rs.getString(3)));
                        })
                        .list());
    }

    private Map<UUID, List<HsdsModel.ServiceArea>> areas(Set<UUID> ids) {
        record AreaRow(UUID id, UUID service, Long territoryId, String name, String description) {}
        List<AreaRow> rows = jdbc.sql(
                        "SELECT * FROM directory_service_area WHERE service_id IN (:ids)" + " ORDER BY name, id")
                .param("ids", ids)
                .query((rs, n) -> new AreaRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getObject("territory_id", Long.class),
                        rs.getString("name"),
                        rs.getString("description")))
                .list();
        Set<Long> territoryIds = new HashSet<>();
        rows.stream()
                .map(AreaRow::territoryId)
                .filter(java.util.Objects::nonNull)
                .forEach(territoryIds::add);
        Map<Long, Territory> places = territoryIds.isEmpty() ? Map.of() : territories.findAllById(territoryIds);
        List<HsdsParts.Owned<HsdsModel.ServiceArea>> owned = new ArrayList<>();
        for (AreaRow row : rows) {
            Territory place = row.territoryId() == null ? null : places.get(row.territoryId());
            String name = row.name() != null ? row.name() : place == null ? null : place.name();
            owned.add(new HsdsParts.Owned<>(
                    row.service(),
                    new HsdsModel.ServiceArea(
                            row.id(),
                            row.service(),
                            name,
                            row.description(),
                            place == null ? null : "text",
                            place == null
                                    ? null
                                    : place.ags() != null ? place.ags().value() : place.key())));
        }
        return HsdsParts.grouped(owned);
    }

    private Map<UUID, List<HsdsModel.CostOption>> costOptions(Set<UUID> ids) {
        return HsdsParts.grouped(jdbc.sql("SELECT * FROM directory_cost_option WHERE service_id IN (:ids)"
                        + " ORDER BY valid_from NULLS FIRST, option, id")
                .param("ids", ids)
                .query((rs, n) -> new HsdsParts.Owned<>(
                        rs.getObject("service_id", UUID.class),
                        new HsdsModel.CostOption(
                                rs.getObject("id", UUID.class),
                                rs.getObject("service_id", UUID.class),
                                HsdsText.date(rs.getObject("valid_from", LocalDate.class)),
                                HsdsText.date(rs.getObject("valid_to", LocalDate.class)),
                                rs.getString("option"),
                                rs.getString("currency"),
                                rs.getBigDecimal("amount"),
                                rs.getString("amount_description"))))
                .list());
    }

    private Map<UUID, List<HsdsModel.Metadata>> metadata(Set<UUID> ids) {
        return HsdsParts.grouped(jdbc.sql("SELECT * FROM directory_metadata WHERE resource_id IN (:ids)"
                        + " ORDER BY last_action_date, id")
                .param("ids", ids)
                .query((rs, n) -> new HsdsParts.Owned<>(
                        rs.getObject("resource_id", UUID.class),
                        new HsdsModel.Metadata(
                                rs.getObject("id", UUID.class),
                                rs.getObject("resource_id", UUID.class),
                                rs.getString("resource_type"),
                                HsdsText.dateTime(
                                        rs.getTimestamp("last_action_date").toInstant()),
                                rs.getString("last_action_type"),
                                rs.getString("field_name"),
                                rs.getString("previous_value"),
                                rs.getString("replacement_value"),
                                PUBLIC_EDITOR)))
                .list());
    }

    /** The service at location entries with their phones, contacts, schedules and fully nested places. */
    static Map<UUID, List<HsdsModel.ServiceAtLocation>> withParts(
            List<HsdsModel.ServiceAtLocation> bare, HsdsParts parts, HsdsLocationReader locations) {
        Set<UUID> ids = new HashSet<>();
        Set<UUID> locationIds = new java.util.LinkedHashSet<>();
        bare.forEach(s -> {
            ids.add(s.id());
            locationIds.add(s.locationId());
        });
        Map<UUID, HsdsModel.Location> places = HsdsParts.index(locations.full(locationIds), HsdsModel.Location::id);
        Map<UUID, List<HsdsModel.Phone>> phones = parts.phones(HsdsParts.Owner.SERVICE_AT_LOCATION, ids);
        Map<UUID, List<HsdsModel.Contact>> contacts = parts.contacts(HsdsParts.Owner.SERVICE_AT_LOCATION, ids);
        Map<UUID, List<HsdsModel.Schedule>> schedules = parts.schedules(HsdsParts.Owner.SERVICE_AT_LOCATION, ids);
        Map<UUID, List<HsdsModel.ServiceAtLocation>> byService = new HashMap<>();
        for (HsdsModel.ServiceAtLocation s : bare) {
            byService
                    .computeIfAbsent(s.serviceId(), k -> new ArrayList<>())
                    .add(new HsdsModel.ServiceAtLocation(
                            s.id(),
                            s.serviceId(),
                            s.locationId(),
                            s.description(),
                            contacts.getOrDefault(s.id(), List.of()),
                            phones.getOrDefault(s.id(), List.of()),
                            schedules.getOrDefault(s.id(), List.of()),
                            places.get(s.locationId()),
                            s.service()));
        }
        return byService;
    }
}
