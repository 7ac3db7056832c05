package de.lotse.directory.review;

import de.lotse.directory.ReviewState;
import de.lotse.directory.ServiceDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The table {@code directory_change_request}: plain SQL; the draft is stored as JSON. */
@Repository
class ProposalRepository {

    private static final String SELECT = """
            SELECT id, organisation_id, service_id, base_version, state, payload::text AS payload, title,
                   created_at, created_by, updated_at, updated_by, submitted_at, submitted_by, decided_at,
                   decided_by, decision_note, version
              FROM directory_change_request
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProposalRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Proposal> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(this::proposal)
                .optional();
    }

    /** Locks the row for the rest of the transaction and returns the proposal. */
    Optional<Proposal> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::proposal)
                .optional();
    }

    List<Proposal> all() {
        return jdbc.sql(SELECT + " ORDER BY updated_at DESC, id")
                .query(this::proposal)
                .list();
    }

    List<Proposal> inState(ReviewState state) {
        return jdbc.sql(SELECT + " WHERE state = ? ORDER BY submitted_at, id")
                .param(state.name())
                .query(this::proposal)
                .list();
    }

    List<Proposal> ofOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE organisation_id IN (:ids) ORDER BY updated_at DESC, id")
                .param("ids", organisationIds)
                .query(this::proposal)
                .list();
    }

    /** The open (not yet published) proposal for a published service, if any. */
    Optional<UUID> openFor(UUID serviceId) {
        return jdbc.sql("""
                        SELECT id FROM directory_change_request
                         WHERE service_id = ? AND state IN ('DRAFT', 'SUBMITTED', 'RETURNED')""").param(serviceId).query(UUID.class).optional();
    }

    long countInState(ReviewState state) {
        return jdbc.sql("SELECT count(*) FROM directory_change_request WHERE state = ?")
                .param(state.name())
                .query(Long.class)
                .single();
    }

    UUID insert(long organisationId, UUID serviceId, Long baseVersion, ServiceDraft draft, String actor) {
        return jdbc.sql("""
                        INSERT INTO directory_change_request
                               (organisation_id, service_id, base_version, payload, title, created_by, updated_by)
                        VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
                        RETURNING id""")
                .params(organisationId, serviceId, baseVersion, write(draft), title(draft), actor, actor)
                .query(UUID.class)
                .single();
    }

    void updateDraft(UUID id, ServiceDraft draft, String actor) {
        jdbc.sql("""
                        UPDATE directory_change_request
                           SET payload = CAST(? AS jsonb), title = ?, updated_at = now(), updated_by = ?,
                               version = version + 1
                         WHERE id = ?""").params(write(draft), title(draft), actor, id).update();
    }

    void submit(UUID id, String actor) {
        jdbc.sql("""
                        UPDATE directory_change_request
                           SET state = 'SUBMITTED', submitted_at = now(), submitted_by = ?, updated_at = now(),
                               updated_by = ?, version = version + 1
                         WHERE id = ?""").params(actor, actor, id).update();
    }

    void decide(UUID id, ReviewState state, UUID serviceId, String note, String actor) {
        jdbc.sql("""
                        UPDATE directory_change_request
                           SET state = ?, service_id = ?, decided_at = now(), decided_by = ?, decision_note = ?,
                               updated_at = now(), updated_by = ?, version = version + 1
                         WHERE id = ?""").params(state.name(), serviceId, actor, note, actor, id).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM directory_change_request WHERE id = ?").param(id).update();
    }

    private static String title(ServiceDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    private String write(ServiceDraft draft) {
        return json.writeValueAsString(draft);
    }

    private Proposal proposal(ResultSet rs, int row) throws SQLException {
        Long base = rs.getLong("base_version");
        if (rs.wasNull()) {
            base = null;
        }
        return new Proposal(
                rs.getObject("id", UUID.class),
                rs.getLong("organisation_id"),
                rs.getObject("service_id", UUID.class),
                base,
                ReviewState.valueOf(rs.getString("state")),
                json.readValue(rs.getString("payload"), ServiceDraft.class),
                rs.getString("title"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("updated_at")),
                rs.getString("updated_by"),
                instant(rs.getTimestamp("submitted_at")),
                rs.getString("submitted_by"),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decided_by"),
                rs.getString("decision_note"),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
