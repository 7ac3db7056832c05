package de.lotse.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code field_of_action}, {@code objective} and their aspect links: plain SQL. */
@Repository
class FieldRepository {

    private final JdbcClient jdbc;

    FieldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of a strategy with their objectives, in document order. */
    List<FieldOfAction> fields(long strategyId) {
        List<Row> rows = jdbc.sql("""
                        SELECT id, strategy_id, position, code, title, situation, description, version,
                               ARRAY(SELECT aspect_id FROM field_of_action_aspect a WHERE a.field_id = f.id
                                     ORDER BY aspect_id) AS aspects
                          FROM field_of_action f WHERE strategy_id = ? ORDER BY position""")
                .param(strategyId)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("strategy_id"),
                        rs.getInt("position"),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("situation"),
                        rs.getString("description"),
                        rs.getLong("version"),
                        longs(rs.getArray("aspects"))))
                .list();
        Map<Long, List<Objective>> objectives =
                objectives(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> new FieldOfAction(
                        r.id,
                        r.strategyId,
                        r.position,
                        r.code,
                        r.title,
                        r.situation,
                        r.description,
                        r.version,
                        r.aspects,
                        objectives.getOrDefault(r.id, List.of())))
                .toList();
    }

    private record Row(
            long id,
            long strategyId,
            int position,
            String code,
            String title,
            String situation,
            String description,
            long version,
            List<Long> aspects) {}

    private Map<Long, List<Objective>> objectives(Collection<Long> fieldIds) {
        Map<Long, List<Objective>> byField = new LinkedHashMap<>();
        if (fieldIds.isEmpty()) {
            return byField;
        }
        jdbc.sql("""
                        SELECT id, field_id, position, code, title, description, version,
                               ARRAY(SELECT aspect_id FROM objective_aspect a WHERE a.objective_id = o.id
                                     ORDER BY aspect_id) AS aspects
                          FROM objective o WHERE field_id IN (:ids) ORDER BY field_id, position""")
                .param("ids", fieldIds)
                .query((rs, n) -> new Objective(
                        rs.getLong("id"),
                        rs.getLong("field_id"),
                        rs.getInt("position"),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getLong("version"),
                        longs(rs.getArray("aspects"))))
                .list()
                .forEach(o -> byField.computeIfAbsent(o.fieldId(), k -> new ArrayList<>())
                        .add(o));
        return byField;
    }

    /** The strategy a field belongs to. */
    Optional<Long> strategyOfField(long fieldId) {
        return jdbc.sql("SELECT strategy_id FROM field_of_action WHERE id = ?")
                .param(fieldId)
                .query(Long.class)
                .optional();
    }

    Optional<Long> lockField(long fieldId) {
        return jdbc.sql("SELECT version FROM field_of_action WHERE id = ? FOR UPDATE")
                .param(fieldId)
                .query(Long.class)
                .optional();
    }

    long insertField(long strategyId, FieldDraft d) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM field_of_action WHERE strategy_id = ?")
                .param(strategyId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        INSERT INTO field_of_action (strategy_id, position, code, title, situation, description)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(strategyId, position, d.code(), d.title(), d.situation(), d.description())
                .query(Long.class)
                .single();
        replaceAspects("field_of_action_aspect", "field_id", id, d.aspectIds());
        return id;
    }

    void updateField(long fieldId, FieldDraft d) {
        jdbc.sql("""
                        UPDATE field_of_action SET code = ?, title = ?, situation = ?, description = ?,
                               version = version + 1 WHERE id = ?""")
                .params(d.code(), d.title(), d.situation(), d.description(), fieldId)
                .update();
        replaceAspects("field_of_action_aspect", "field_id", fieldId, d.aspectIds());
    }

    /** Raises the version of a field (e.g. when one of its objectives changed). */
    void touchField(long fieldId) {
        jdbc.sql("UPDATE field_of_action SET version = version + 1 WHERE id = ?")
                .param(fieldId)
                .update();
    }

    long insertObjective(long fieldId, ObjectiveDraft d) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM objective WHERE field_id = ?")
                .param(fieldId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        INSERT INTO objective (field_id, position, code, title, description)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(fieldId, position, d.code(), d.title(), d.description())
                .query(Long.class)
                .single();
        replaceAspects("objective_aspect", "objective_id", id, d.aspectIds());
        return id;
    }

    /** Changes an objective; false when the field has no objective with this id. */
    boolean updateObjective(long fieldId, ObjectiveDraft d) {
        int updated = jdbc.sql("""
                        UPDATE objective SET code = ?, title = ?, description = ?, version = version + 1
                         WHERE id = ? AND field_id = ?""")
                .params(d.code(), d.title(), d.description(), d.id(), fieldId)
                .update();
        if (updated > 0) {
            replaceAspects("objective_aspect", "objective_id", d.id(), d.aspectIds());
        }
        return updated > 0;
    }

    /** Puts the rows of a table in the given order (positions 1…n); ids must be exactly the rows of the owner. */
    void reorder(String table, String ownerColumn, long ownerId, List<Long> ids) {
        jdbc.sql("UPDATE " + table + " SET position = -position WHERE " + ownerColumn + " = ?")
                .param(ownerId)
                .update();
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE " + table + " SET position = ? WHERE id = ? AND " + ownerColumn + " = ?")
                    .params(i + 1, ids.get(i), ownerId)
                    .update();
        }
    }

    List<Long> ids(String table, String ownerColumn, long ownerId) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + ownerColumn + " = ? ORDER BY position")
                .param(ownerId)
                .query(Long.class)
                .list();
    }

    private void replaceAspects(String table, String column, long ownerId, List<Long> aspectIds) {
        jdbc.sql("DELETE FROM " + table + " WHERE " + column + " = ?")
                .param(ownerId)
                .update();
        for (Long aspectId : aspectIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO " + table + " (" + column + ", aspect_id) VALUES (?, ?)")
                    .params(ownerId, aspectId)
                    .update();
        }
    }

    static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
        List<Long> list = new ArrayList<>();
        for (Long id : (Long[]) array.getArray()) {
            list.add(id);
        }
        return List.copyOf(list);
    }
}
