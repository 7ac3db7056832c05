package de.lotse.directory.hsds;

import de.lotse.organisation.Organisation;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads places (HSDS location) with address, barrier-free details (one accessibility entry per known detail), phones,
 * contacts, schedules and the languages of the services offered there; the AGS of the municipality is the
 * {@code external_identifier} (type {@code ags}) and an attribute.
 */
@Component
class HsdsLocationReader {

    /** Barrier-free details: column → profile term code. */
    static final Map<String, String> FEATURES = new java.util.LinkedHashMap<>();

    static {
        FEATURES.put("step_free_access", "step-free-access");
        FEATURES.put("accessible_toilet", "accessible-toilet");
        FEATURES.put("induction_loop", "induction-loop");
        FEATURES.put("sign_language", "sign-language");
        FEATURES.put("easy_language", "easy-language");
    }

    private final JdbcClient jdbc;
    private final HsdsParts parts;
    private final HsdsOrganisations organisations;
    private final Territories territories;

    HsdsLocationReader(JdbcClient jdbc, HsdsParts parts, HsdsOrganisations organisations, Territories territories) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.organisations = organisations;
        this.territories = territories;
    }

    /** A stored place as read, before it becomes HSDS. */
    record Row(
            UUID id,
            Long organisationId,
            String name,
            String alternateName,
            String description,
            String locationType,
            String facilityType,
            String url,
            String email,
            BigDecimal latitude,
            BigDecimal longitude,
            Long territoryId,
            String territoryAssignment,
            Long socialSpaceId,
            String address1,
            String address2,
            String postalCode,
            String city,
            String stateProvince,
            String country,
            String transportation,
            Map<String, Boolean> features,
            String accessibilityDetails,
            boolean exampleData,
            String sourceNote) {}

    List<Row> rows(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT * FROM directory_location l WHERE " + where)
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The places with these ids, fully nested, in the order of the ids. */
    List<HsdsModel.Location> full(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Row> rows = HsdsParts.index(rows("l.id IN (:ids)", Map.of("ids", ids)), Row::id);
        return toHsds(ids.stream().map(rows::get).filter(Objects::nonNull).toList(), true);
    }

    /** HSDS locations for these rows, nested (phones, schedules, …) or with one-to-one fields only. */
    List<HsdsModel.Location> toHsds(List<Row> rows, boolean nested) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        Set<Long> territoryIds = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        for (Row row : rows) {
            ids.add(row.id());
            if (row.territoryId() != null) {
                territoryIds.add(row.territoryId());
            }
            if (row.socialSpaceId() != null) {
                territoryIds.add(row.socialSpaceId());
            }
            if (row.organisationId() != null) {
                organisationIds.add(row.organisationId());
            }
        }
        Map<Long, Territory> places = territoryIds.isEmpty() ? Map.of() : territories.findAllById(territoryIds);
        Map<Long, Organisation> owners = organisations.byIds(organisationIds);
        Map<UUID, List<HsdsModel.Phone>> phones = nested ? parts.phones(HsdsParts.Owner.LOCATION, ids) : Map.of();
        Map<UUID, List<HsdsModel.Contact>> contacts = nested ? parts.contacts(HsdsParts.Owner.LOCATION, ids) : Map.of();
        Map<UUID, List<HsdsModel.Schedule>> schedules =
                nested ? parts.schedules(HsdsParts.Owner.LOCATION, ids) : Map.of();
        Map<UUID, List<String>> languages = nested ? languages(ids) : Map.of();
        List<HsdsModel.Location> result = new ArrayList<>();
        for (Row row : rows) {
            Territory municipality = row.territoryId() == null ? null : places.get(row.territoryId());
            Organisation owner = row.organisationId() == null ? null : owners.get(row.organisationId());
            result.add(new HsdsModel.Location(
                    row.id(),
                    row.locationType(),
                    HsdsText.uri(row.url()),
                    owner == null ? null : organisations.uuid(owner),
                    row.name(),
                    row.alternateName(),
                    row.description(),
                    row.transportation(),
                    row.latitude(),
                    row.longitude(),
                    municipality == null || municipality.ags() == null
                            ? null
                            : municipality.ags().value(),
                    municipality == null || municipality.ags() == null ? null : "ags",
                    HsdsText.email(row.email()),
                    nested ? languageList(row.id(), languages.getOrDefault(row.id(), List.of())) : null,
                    nested ? addresses(row, municipality) : null,
                    nested ? contacts.getOrDefault(row.id(), List.of()) : null,
                    nested ? accessibility(row) : null,
                    nested ? phones.getOrDefault(row.id(), List.of()) : null,
                    nested ? schedules.getOrDefault(row.id(), List.of()) : null,
                    attributes(
                            row, municipality, row.socialSpaceId() == null ? null : places.get(row.socialSpaceId()))));
        }
        return result;
    }

    private Map<UUID, List<String>> languages(Set<UUID> ids) {
        Map<UUID, List<String>> byLocation = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT sal.location_id, sl.code FROM directory_service_at_location sal
                        JOIN directory_service_language sl ON sl.service_id = sal.service_id
                        WHERE sal.location_id IN (:ids) ORDER BY sl.code
                        """)
                .param("ids", ids)
                .query((rs, n) -> byLocation
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return byLocation;
    }

    private static List<HsdsModel.Language> languageList(UUID locationId, List<String> codes) {
        return codes.stream()
                .map(code -> new HsdsModel.Language(
                        HsdsIds.locationLanguage(locationId, code), null, locationId, languageName(code), code, null))
                .toList();
    }

    /** The German name of an ISO 639 language code, or null when Java does not know it. */
    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.GERMAN);
        return name.isBlank() || name.equalsIgnoreCase(code) ? null : name;
    }

    private List<HsdsModel.Address> addresses(Row row, Territory municipality) {
        if (row.address1() == null || row.city() == null || row.postalCode() == null) {
            return List.of();
        }
        String state = row.stateProvince();
        if (state == null && municipality != null) {
            state = territories
                    .find(municipality.key().substring(0, 2))
                    .map(Territory::name)
                    .orElse(null);
        }
        return List.of(new HsdsModel.Address(
                HsdsIds.address(row.id()),
                row.id(),
                row.address1(),
                row.address2(),
                row.city(),
                state == null ? "" : state,
                row.postalCode(),
                row.country(),
                "virtual".equals(row.locationType()) ? "postal" : row.locationType()));
    }

    /** One entry per known barrier-free detail (yes or no) and one for the free-text details. */
    private static List<HsdsModel.Accessibility> accessibility(Row row) {
        List<HsdsModel.Accessibility> entries = new ArrayList<>();
        row.features().forEach((column, known) -> {
            if (known == null) {
                return;
            }
            String code = FEATURES.get(column);
            UUID id = HsdsIds.accessibility(row.id(), code);
            entries.add(new HsdsModel.Accessibility(
                    id,
                    row.id(),
                    HsdsTaxonomies.PROFILE_TERMS.get(code),
                    known ? "ja" : "nein",
                    List.of(HsdsTaxonomies.profileAttribute(id, "accessibility", code, known))));
        });
        if (row.accessibilityDetails() != null && !row.accessibilityDetails().isBlank()) {
            UUID id = HsdsIds.accessibility(row.id(), "accessibility-details");
            entries.add(new HsdsModel.Accessibility(
                    id,
                    row.id(),
                    HsdsTaxonomies.PROFILE_TERMS.get("accessibility-details"),
                    row.accessibilityDetails(),
                    List.of(HsdsTaxonomies.profileAttribute(id, "accessibility", "accessibility-details", true))));
        }
        return entries;
    }

    private static List<HsdsModel.Attribute> attributes(Row row, Territory municipality, Territory socialSpace) {
        List<HsdsModel.Attribute> attributes = new ArrayList<>();
        UUID id = row.id();
        attributes.add(HsdsTaxonomies.profileAttribute(id, "location", "example-data", row.exampleData()));
        attributes.add(HsdsTaxonomies.profileAttribute(id, "location", "facility-type", row.facilityType()));
        if (municipality != null) {
            attributes.add(HsdsTaxonomies.profileAttribute(
                    id,
                    "location",
                    "ags",
                    municipality.ags() == null ? null : municipality.ags().value()));
            attributes.add(HsdsTaxonomies.profileAttribute(
                    id, "location", "ars", municipality.ars().value()));
        }
        attributes.add(
                HsdsTaxonomies.profileAttribute(id, "location", "territory-assignment", row.territoryAssignment()));
        attributes.add(HsdsTaxonomies.profileAttribute(
                id, "location", "social-space", socialSpace == null ? null : socialSpace.key()));
        attributes.add(HsdsTaxonomies.profileAttribute(id, "location", "source-note", row.sourceNote()));
        attributes.removeIf(Objects::isNull);
        return attributes;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Map<String, Boolean> features = new java.util.LinkedHashMap<>();
        for (String column : FEATURES.keySet()) {
            features.put(column, rs.getObject(column, Boolean.class));
        }
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", Long.class),
                rs.getString("name"),
                rs.getString("alternate_name"),
                rs.getString("description"),
                rs.getString("location_type"),
                rs.getString("facility_type"),
                rs.getString("url"),
                rs.getString("email"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                rs.getObject("territory_id", Long.class),
                rs.getString("territory_assignment"),
                rs.getObject("social_space_id", Long.class),
                rs.getString("address_1"),
                rs.getString("address_2"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("state_province"),
                rs.getString("country"),
                rs.getString("transportation"),
                features,
                rs.getString("accessibility_details"),
                rs.getBoolean("example_data"),
                rs.getString("source_note"));
    }
}
