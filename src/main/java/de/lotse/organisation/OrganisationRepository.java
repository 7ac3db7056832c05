package de.lotse.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code organisation}, {@code organisation_member}, {@code body} and {@code body_member}: plain SQL. */
@Repository
class OrganisationRepository {

    private static final String ORGANISATION = """
            SELECT id, key, name, short_name, kind, provider_type, parent_id, territory_id, description, website,
                   email, phone, example_data, source_note, version, updated_at, updated_by
              FROM organisation
            """;

    private static final String BODY = """
            SELECT id, key, name, short_name, kind, territory_id, convenor_id, description, example_data,
                   source_note, version, updated_at, updated_by
              FROM body
            """;

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> organisations() {
        return jdbc.sql(ORGANISATION + " ORDER BY lower(name), id")
                .query(OrganisationRepository::organisation)
                .list();
    }

    Optional<Organisation> organisation(String key) {
        return jdbc.sql(ORGANISATION + " WHERE key = ?")
                .param(key)
                .query(OrganisationRepository::organisation)
                .optional();
    }

    Optional<Organisation> organisation(long id) {
        return jdbc.sql(ORGANISATION + " WHERE id = ?")
                .param(id)
                .query(OrganisationRepository::organisation)
                .optional();
    }

    List<Organisation> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ORGANISATION + " WHERE id IN (:ids) ORDER BY lower(name), id")
                .param("ids", ids)
                .query(OrganisationRepository::organisation)
                .list();
    }

    List<Organisation> subUnits(long parentId) {
        return jdbc.sql(ORGANISATION + " WHERE parent_id = ? ORDER BY lower(name), id")
                .param(parentId)
                .query(OrganisationRepository::organisation)
                .list();
    }

    boolean organisationKeyTaken(String key) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(OrganisationDraft d, String actor) {
        return jdbc.sql("""
                        INSERT INTO organisation (key, name, short_name, kind, provider_type, parent_id, territory_id,
                                                  description, website, email, phone, example_data, source_note,
                                                  created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        d.key(),
                        d.name().strip(),
                        blankToNull(d.shortName()),
                        d.kind().name(),
                        d.providerType() == null ? null : d.providerType().name(),
                        d.parentId(),
                        d.territoryId(),
                        blankToNull(d.description()),
                        blankToNull(d.website()),
                        blankToNull(d.email()),
                        blankToNull(d.phone()),
                        d.exampleData(),
                        blankToNull(d.sourceNote()),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    /** The current version, locking the row until the end of the transaction. */
    Optional<Long> lockOrganisation(long id) {
        return jdbc.sql("SELECT version FROM organisation WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void update(long id, OrganisationDraft d, String actor) {
        jdbc.sql("""
                        UPDATE organisation
                           SET name = ?, short_name = ?, kind = ?, provider_type = ?, parent_id = ?, territory_id = ?,
                               description = ?, website = ?, email = ?, phone = ?, example_data = ?, source_note = ?,
                               version = version + 1, updated_at = now(), updated_by = ?
                         WHERE id = ?""")
                .params(
                        d.name().strip(),
                        blankToNull(d.shortName()),
                        d.kind().name(),
                        d.providerType() == null ? null : d.providerType().name(),
                        d.parentId(),
                        d.territoryId(),
                        blankToNull(d.description()),
                        blankToNull(d.website()),
                        blankToNull(d.email()),
                        blankToNull(d.phone()),
                        d.exampleData(),
                        blankToNull(d.sourceNote()),
                        actor,
                        id)
                .update();
    }

    List<String> members(long organisationId) {
        return jdbc.sql("SELECT username FROM organisation_member WHERE organisation_id = ? ORDER BY username")
                .param(organisationId)
                .query(String.class)
                .list();
    }

    List<Long> organisationIdsOf(String username) {
        return jdbc.sql("SELECT organisation_id FROM organisation_member WHERE username = ? ORDER BY organisation_id")
                .param(username)
                .query(Long.class)
                .list();
    }

    boolean addMember(long organisationId, String username, String actor) {
        return jdbc.sql("""
                                INSERT INTO organisation_member (organisation_id, username, added_by) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""").params(organisationId, username, actor).update() > 0;
    }

    boolean removeMember(long organisationId, String username) {
        return jdbc.sql("DELETE FROM organisation_member WHERE organisation_id = ? AND username = ?")
                        .params(organisationId, username)
                        .update()
                > 0;
    }

    boolean userExists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Body> bodies() {
        return jdbc.sql(BODY + " ORDER BY lower(name), id")
                .query(OrganisationRepository::body)
                .list();
    }

    Optional<Body> body(String key) {
        return jdbc.sql(BODY + " WHERE key = ?")
                .param(key)
                .query(OrganisationRepository::body)
                .optional();
    }

    Optional<Body> body(long id) {
        return jdbc.sql(BODY + " WHERE id = ?")
                .param(id)
                .query(OrganisationRepository::body)
                .optional();
    }

    boolean bodyKeyTaken(String key) {
        return jdbc.sql("SELECT count(*) FROM body WHERE key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(BodyDraft d, String actor) {
        return jdbc.sql("""
                        INSERT INTO body (key, name, short_name, kind, territory_id, convenor_id, description,
                                          example_data, source_note, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        d.key(),
                        d.name().strip(),
                        blankToNull(d.shortName()),
                        d.kind().name(),
                        d.territoryId(),
                        d.convenorId(),
                        blankToNull(d.description()),
                        d.exampleData(),
                        blankToNull(d.sourceNote()),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    Optional<Long> lockBody(long id) {
        return jdbc.sql("SELECT version FROM body WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void update(long id, BodyDraft d, String actor) {
        jdbc.sql("""
                        UPDATE body
                           SET name = ?, short_name = ?, kind = ?, territory_id = ?, convenor_id = ?, description = ?,
                               example_data = ?, source_note = ?, version = version + 1, updated_at = now(),
                               updated_by = ?
                         WHERE id = ?""")
                .params(
                        d.name().strip(),
                        blankToNull(d.shortName()),
                        d.kind().name(),
                        d.territoryId(),
                        d.convenorId(),
                        blankToNull(d.description()),
                        d.exampleData(),
                        blankToNull(d.sourceNote()),
                        actor,
                        id)
                .update();
    }

    List<BodyMember> bodyMembers(long bodyId) {
        return jdbc.sql("""
                        SELECT m.organisation_id, m.role FROM body_member m JOIN organisation o ON o.id = m.organisation_id
                         WHERE m.body_id = ? ORDER BY lower(o.name), o.id""")
                .param(bodyId)
                .query((rs, n) -> new BodyMember(rs.getLong(1), rs.getString(2)))
                .list();
    }

    List<Long> bodyIdsOf(long organisationId) {
        return jdbc.sql("SELECT body_id FROM body_member WHERE organisation_id = ? ORDER BY body_id")
                .param(organisationId)
                .query(Long.class)
                .list();
    }

    List<BodyMembership> bodyMemberships(long organisationId) {
        return jdbc.sql("""
                        SELECT b.id, b.key, b.name, b.short_name, b.kind, b.territory_id, b.convenor_id, b.description,
                               b.example_data, b.source_note, b.version, b.updated_at, b.updated_by, m.role AS member_role
                          FROM body_member m JOIN body b ON b.id = m.body_id
                         WHERE m.organisation_id = ? ORDER BY lower(b.name), b.id""")
                .param(organisationId)
                .query((rs, n) -> new BodyMembership(body(rs, n), rs.getString("member_role")))
                .list();
    }

    void replaceBodyMembers(long bodyId, List<BodyMember> members) {
        jdbc.sql("DELETE FROM body_member WHERE body_id = ?").param(bodyId).update();
        for (BodyMember member : members) {
            jdbc.sql("INSERT INTO body_member (body_id, organisation_id, role) VALUES (?, ?, ?)")
                    .params(bodyId, member.organisationId(), blankToNull(member.role()))
                    .update();
        }
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        String providerType = rs.getString("provider_type");
        return new Organisation(
                rs.getLong("id"),
                rs.getString("key"),
                rs.getString("name"),
                rs.getString("short_name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                providerType == null ? null : ProviderType.valueOf(providerType),
                rs.getObject("parent_id", Long.class),
                rs.getObject("territory_id", Long.class),
                rs.getString("description"),
                rs.getString("website"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("example_data"),
                rs.getString("source_note"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    private static Body body(ResultSet rs, int row) throws SQLException {
        return new Body(
                rs.getLong("id"),
                rs.getString("key"),
                rs.getString("name"),
                rs.getString("short_name"),
                BodyKind.valueOf(rs.getString("kind")),
                rs.getObject("territory_id", Long.class),
                rs.getObject("convenor_id", Long.class),
                rs.getString("description"),
                rs.getBoolean("example_data"),
                rs.getString("source_note"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
