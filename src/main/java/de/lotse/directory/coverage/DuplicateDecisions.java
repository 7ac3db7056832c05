package de.lotse.directory.coverage;

import de.lotse.directory.DuplicateVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The planners' decisions on duplicate groups (directory_duplicate_decision with its members). */
@Repository
class DuplicateDecisions {

    /** A recorded decision with its current members (members whose service was removed are gone). */
    record Decision(
            long id,
            String groupKey,
            DuplicateVerdict verdict,
            String reasons,
            String note,
            Instant decidedAt,
            String decidedBy,
            List<Member> members) {}

    record Member(UUID serviceId, String name) {}

    private final JdbcClient jdbc;

    DuplicateDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String groupKey) {
        return jdbc.sql("SELECT count(*) FROM directory_duplicate_decision WHERE group_key = :k")
                        .param("k", groupKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(
            String groupKey, List<UUID> members, DuplicateVerdict verdict, String reasons, String note, String actor) {
        long id = jdbc.sql("""
                        INSERT INTO directory_duplicate_decision (group_key, decision, reasons, note, decided_by)
                        VALUES (:k, :d, :r, :n, :by) RETURNING id
                        """)
                .param("k", groupKey)
                .param("d", verdict.name())
                .param("r", reasons)
                .param("n", note)
                .param("by", actor)
                .query(Long.class)
                .single();
        for (UUID member : members) {
            jdbc.sql("INSERT INTO directory_duplicate_member (decision_id, service_id) VALUES (:d, :s)")
                    .param("d", id)
                    .param("s", member)
                    .update();
        }
        return id;
    }

    /** Every decision, newest first. */
    List<Decision> all() {
        Map<Long, List<Member>> members = new HashMap<>();
        jdbc.sql("""
                        SELECT m.decision_id, m.service_id, s.name FROM directory_duplicate_member m
                          JOIN directory_service s ON s.id = m.service_id ORDER BY s.name
                        """).query(rs -> {
            members.computeIfAbsent(rs.getLong("decision_id"), k -> new ArrayList<>())
                    .add(new Member(rs.getObject("service_id", UUID.class), rs.getString("name")));
        });
        return jdbc.sql("""
                        SELECT id, group_key, decision, reasons, note, decided_at, decided_by
                          FROM directory_duplicate_decision ORDER BY decided_at DESC, id DESC
                        """)
                .query((rs, n) -> new Decision(
                        rs.getLong("id"),
                        rs.getString("group_key"),
                        DuplicateVerdict.valueOf(rs.getString("decision")),
                        rs.getString("reasons"),
                        rs.getString("note"),
                        rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("decided_by"),
                        List.copyOf(members.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
