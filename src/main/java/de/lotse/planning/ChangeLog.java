package de.lotse.planning;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code planning_change}: which fields each version of a strategy, field or measure changed. */
@Repository
class ChangeLog {

    static final String STRATEGY = "strategy";
    static final String FIELD = "field_of_action";
    static final String MEASURE = "measure";

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String type, long id, long version, String actor, List<String> fields) {
        jdbc.sql("""
                        INSERT INTO planning_change (entity_type, entity_id, version, changed_by, fields)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(type, id, version, actor, fields.toArray(String[]::new))
                .update();
    }

    /** The changes after {@code version}, oldest first. */
    List<StalePlanningException.Change> since(String type, long id, long version) {
        return jdbc.sql("""
                        SELECT version, changed_at, changed_by, fields FROM planning_change
                         WHERE entity_type = ? AND entity_id = ? AND version > ? ORDER BY version""")
                .params(type, id, version)
                .query((rs, n) -> {
                    Array fields = rs.getArray("fields");
                    return new StalePlanningException.Change(
                            rs.getLong("version"),
                            rs.getTimestamp("changed_at").toInstant(),
                            rs.getString("changed_by"),
                            Arrays.asList((String[]) fields.getArray()));
                })
                .list();
    }

    StalePlanningException stale(String what, String type, long id, long expected, long actual) {
        return new StalePlanningException(what, expected, actual, since(type, id, expected));
    }
}
