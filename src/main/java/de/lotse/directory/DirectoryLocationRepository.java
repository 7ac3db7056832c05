package de.lotse.directory;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code directory_location} and the phones of a place: plain SQL. */
@Repository
class DirectoryLocationRepository {

    static final String SELECT = """
            SELECT id, organisation_id, name, alternate_name, description, location_type, facility_type, url, email,
                   latitude, longitude, territory_id, territory_assignment, social_space_id, address_1, address_2,
                   postal_code, city, state_province, country, transportation, step_free_access, accessible_toilet,
                   induction_loop, sign_language, easy_language, accessibility_details, example_data, source_note,
                   version, created_at, updated_at, updated_by
              FROM directory_location
            """;

    private final JdbcClient jdbc;

    DirectoryLocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredLocation> find(UUID id) {
        Optional<StoredLocation> found = jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> location(rs, List.of()))
                .optional();
        return found.map(l -> withPhones(l, phones(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Places by id with their phones; unknown ids are missing. */
    Map<UUID, StoredLocation> findAll(Collection<UUID> ids) {
        Map<UUID, StoredLocation> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        Map<UUID, List<ServiceDraft.PhoneDraft>> phones = phones(ids);
        jdbc.sql(SELECT + " WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> location(rs, List.of()))
                .list()
                .forEach(l -> byId.put(l.id(), withPhones(l, phones.getOrDefault(l.id(), List.of()))));
        return byId;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM directory_location WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Long> lock(UUID id) {
        return jdbc.sql("SELECT version FROM directory_location WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void insert(UUID id, LocationDraft d, Long territoryId, TerritoryAssignment assignment, String actor) {
        jdbc.sql("""
                        INSERT INTO directory_location (id, organisation_id, name, alternate_name, description,
                               location_type, facility_type, url, email, latitude, longitude, territory_id,
                               territory_assignment, social_space_id, address_1, address_2, postal_code, city,
                               state_province, country, transportation, step_free_access, accessible_toilet,
                               induction_loop, sign_language, easy_language, accessibility_details, example_data,
                               source_note, created_by, updated_by)
                        VALUES (:id, :organisationId, :name, :alternateName, :description, :locationType,
                               :facilityType, :url, :email, :latitude, :longitude, :territoryId, :assignment,
                               :socialSpaceId, :address1, :address2, :postalCode, :city, :stateProvince, :country,
                               :transportation, :stepFree, :toilet, :loop, :sign, :easy, :accessibility, :example,
                               :sourceNote, :actor, :actor)""").params(params(id, d, territoryId, assignment, actor)).update();
        insertPhones(id, d.phones());
    }

    void update(UUID id, LocationDraft d, Long territoryId, TerritoryAssignment assignment, String actor) {
        jdbc.sql("""
                        UPDATE directory_location
                           SET organisation_id = :organisationId, name = :name, alternate_name = :alternateName,
                               description = :description, location_type = :locationType,
                               facility_type = :facilityType, url = :url, email = :email, latitude = :latitude,
                               longitude = :longitude, territory_id = :territoryId,
                               territory_assignment = :assignment, social_space_id = :socialSpaceId,
                               address_1 = :address1, address_2 = :address2, postal_code = :postalCode, city = :city,
                               state_province = :stateProvince, country = :country,
                               transportation = :transportation, step_free_access = :stepFree,
                               accessible_toilet = :toilet, induction_loop = :loop, sign_language = :sign,
                               easy_language = :easy, accessibility_details = :accessibility,
                               example_data = :example, source_note = :sourceNote, version = version + 1,
                               updated_at = now(), updated_by = :actor
                         WHERE id = :id""").params(params(id, d, territoryId, assignment, actor)).update();
        jdbc.sql("DELETE FROM directory_phone WHERE location_id = ?").param(id).update();
        insertPhones(id, d.phones());
    }

    /** The services offered at a place. */
    List<UUID> servicesAt(UUID locationId) {
        return jdbc.sql("SELECT DISTINCT service_id FROM directory_service_at_location WHERE location_id = ?")
                .param(locationId)
                .query(UUID.class)
                .list();
    }

    private void insertPhones(UUID locationId, List<ServiceDraft.PhoneDraft> phones) {
        for (ServiceDraft.PhoneDraft p : phones) {
            jdbc.sql("""
                            INSERT INTO directory_phone (location_id, number, extension, type, description, example_data)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            locationId,
                            p.number().strip(),
                            DraftProblems.strip(p.extension()),
                            DraftProblems.strip(p.type()),
                            DraftProblems.strip(p.description()),
                            p.exampleData())
                    .update();
        }
    }

    private Map<UUID, List<ServiceDraft.PhoneDraft>> phones(Collection<UUID> locationIds) {
        Map<UUID, List<ServiceDraft.PhoneDraft>> byLocation = new HashMap<>();
        jdbc.sql("""
                        SELECT location_id, number, extension, type, description, example_data FROM directory_phone
                         WHERE location_id IN (:ids) ORDER BY number, id""")
                .param("ids", locationIds)
                .query((rs, n) -> byLocation
                        .computeIfAbsent(rs.getObject("location_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(DirectoryServiceReader.phone(rs)))
                .list();
        return byLocation;
    }

    private static Map<String, Object> params(
            UUID id, LocationDraft d, Long territoryId, TerritoryAssignment assignment, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("organisationId", d.organisationId());
        p.put("name", d.name().strip());
        p.put("alternateName", DraftProblems.strip(d.alternateName()));
        p.put("description", DraftProblems.strip(d.description()));
        p.put("locationType", d.locationType().hsds());
        p.put("facilityType", d.facilityType().name());
        p.put("url", DraftProblems.strip(d.url()));
        p.put("email", DraftProblems.strip(d.email()));
        p.put("latitude", d.latitude());
        p.put("longitude", d.longitude());
        p.put("territoryId", territoryId);
        p.put("assignment", assignment == null ? null : assignment.name());
        p.put("socialSpaceId", d.socialSpaceId());
        p.put("address1", DraftProblems.strip(d.address1()));
        p.put("address2", DraftProblems.strip(d.address2()));
        p.put("postalCode", DraftProblems.strip(d.postalCode()));
        p.put("city", DraftProblems.strip(d.city()));
        p.put("stateProvince", DraftProblems.strip(d.stateProvince()));
        p.put("country", d.country().strip().toUpperCase(java.util.Locale.ROOT));
        p.put("transportation", DraftProblems.strip(d.transportation()));
        p.put("stepFree", d.stepFreeAccess());
        p.put("toilet", d.accessibleToilet());
        p.put("loop", d.inductionLoop());
        p.put("sign", d.signLanguage());
        p.put("easy", d.easyLanguage());
        p.put("accessibility", DraftProblems.strip(d.accessibilityDetails()));
        p.put("example", d.exampleData());
        p.put("sourceNote", DraftProblems.strip(d.sourceNote()));
        p.put("actor", actor);
        return p;
    }

    private static StoredLocation withPhones(StoredLocation l, List<ServiceDraft.PhoneDraft> phones) {
        LocationDraft c = l.content();
        return new StoredLocation(
                l.id(),
                l.version(),
                new LocationDraft(
                        c.id(),
                        c.organisationId(),
                        c.name(),
                        c.alternateName(),
                        c.description(),
                        c.locationType(),
                        c.facilityType(),
                        c.url(),
                        c.email(),
                        c.latitude(),
                        c.longitude(),
                        c.territoryId(),
                        c.socialSpaceId(),
                        c.address1(),
                        c.address2(),
                        c.postalCode(),
                        c.city(),
                        c.stateProvince(),
                        c.country(),
                        c.transportation(),
                        c.stepFreeAccess(),
                        c.accessibleToilet(),
                        c.inductionLoop(),
                        c.signLanguage(),
                        c.easyLanguage(),
                        c.accessibilityDetails(),
                        phones,
                        c.exampleData(),
                        c.sourceNote()),
                l.territoryAssignment(),
                l.createdAt(),
                l.updatedAt(),
                l.updatedBy());
    }

    static StoredLocation location(ResultSet rs, List<ServiceDraft.PhoneDraft> phones) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String assignment = rs.getString("territory_assignment");
        LocationDraft content = new LocationDraft(
                id,
                (Long) rs.getObject("organisation_id", Long.class),
                rs.getString("name"),
                rs.getString("alternate_name"),
                rs.getString("description"),
                LocationType.valueOf(rs.getString("location_type").toUpperCase(java.util.Locale.ROOT)),
                FacilityType.valueOf(rs.getString("facility_type")),
                rs.getString("url"),
                rs.getString("email"),
                rs.getObject("latitude", BigDecimal.class),
                rs.getObject("longitude", BigDecimal.class),
                rs.getObject("territory_id", Long.class),
                rs.getObject("social_space_id", Long.class),
                rs.getString("address_1"),
                rs.getString("address_2"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("state_province"),
                rs.getString("country"),
                rs.getString("transportation"),
                rs.getObject("step_free_access", Boolean.class),
                rs.getObject("accessible_toilet", Boolean.class),
                rs.getObject("induction_loop", Boolean.class),
                rs.getObject("sign_language", Boolean.class),
                rs.getObject("easy_language", Boolean.class),
                rs.getString("accessibility_details"),
                phones,
                rs.getBoolean("example_data"),
                rs.getString("source_note"));
        return new StoredLocation(
                id,
                rs.getLong("version"),
                content,
                assignment == null ? null : TerritoryAssignment.valueOf(assignment),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
