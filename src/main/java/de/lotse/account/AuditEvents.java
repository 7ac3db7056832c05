package de.lotse.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail, newest first, for the administrators' audit page. */
@Repository
class AuditEvents {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of events, newest first.
     *
     * @param entityType only events about this kind of thing, or {@code null} for all
     * @param page page number, 0 for the newest events
     */
    AuditPage page(String entityType, int page) {
        int safePage = Math.max(0, page);
        List<AuditEvent> rows = jdbc.sql("""
                        SELECT id, occurred_at, actor, action, entity_type, entity_key, summary
                        FROM audit_event
                        WHERE (CAST(:type AS varchar) IS NULL OR entity_type = :type)
                        ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("type", entityType)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) safePage * PAGE_SIZE)
                .query((rs, n) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_key"),
                        rs.getString("summary")))
                .list();
        boolean hasOlder = rows.size() > PAGE_SIZE;
        return new AuditPage(hasOlder ? rows.subList(0, PAGE_SIZE) : rows, safePage, safePage > 0, hasOlder);
    }

    /** All entity types that occur in the audit trail, alphabetically (for the filter). */
    List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_event ORDER BY entity_type")
                .query(String.class)
                .list();
    }

    /** One recorded change as the audit page shows it. */
    record AuditEvent(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityKey,
            String summary) {}

    /** A page of events with the information needed for the links to newer and older events. */
    record AuditPage(List<AuditEvent> events, int page, boolean hasNewer, boolean hasOlder) {}
}
