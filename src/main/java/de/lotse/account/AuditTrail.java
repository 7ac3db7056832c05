package de.lotse.account;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of Lotse: every module records here who changed what and when. Entries are written in the caller's
 * transaction, so a change and its audit entry are committed or rolled back together. The actor is the signed-in user
 * of the current request (see {@link Actors#currentUsername()}).
 */
@Component
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_event (actor, action, entity_type, entity_key, summary, details)
            VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records one change.
     *
     * @param action what happened, e.g. {@code USER_CREATED}
     * @param entityType the kind of thing that changed, e.g. {@code user}
     * @param entityKey the identifier of the changed thing, e.g. a username
     * @param summary one German sentence for the people who read the audit trail
     * @param details further facts, stored as JSON; never secrets
     */
    @Transactional
    public void record(String action, String entityType, String entityKey, String summary, Map<String, ?> details) {
        recordAll(List.of(new AuditEntry(action, entityType, entityKey, summary, details)));
    }

    /** Records many changes of one operation (e.g. an import) with a single JDBC batch. */
    @Transactional
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String actor = Actors.currentUsername();
        jdbc.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
            statement.setString(1, actor);
            statement.setString(2, entry.action());
            statement.setString(3, entry.entityType());
            statement.setString(4, entry.entityKey());
            statement.setString(5, entry.summary());
            statement.setString(6, entry.details().isEmpty() ? null : json.writeValueAsString(entry.details()));
        });
    }
}
