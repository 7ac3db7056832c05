package de.lotse.directory;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The field-level change log (HSDS metadata, table {@code directory_metadata}): one row per changed field with the
 * previous and the new value, who changed it and the version the change produced.
 *
 * <p>The log is published with the HSDS API, so values are written as readable text (HSDS codes such as {@code active},
 * lists joined by "; ") and fields that may hold personal data ({@link #PERSONAL}: phones, contacts, e-mail addresses)
 * are logged as changed without their values: a deleted contact person must not stay public in the change log.
 */
@Component
class DirectoryMetadataLog {

    /** One field's change. */
    record FieldChange(String field, String previous, String replacement) {}

    /** Fields, at any depth, whose values are never written to the log. */
    static final Set<String> PERSONAL = Set.of("phones", "contacts", "email");

    private final JdbcClient jdbc;

    DirectoryMetadataLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The fields (record components) whose values differ between two versions of a record; {@code before} null means
     * the record is new (every non-empty field is a change). Components named in {@code ignore} are left out.
     */
    static List<FieldChange> diff(Record before, Record after, Set<String> ignore) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (ignore.contains(component.getName())) {
                continue;
            }
            Object previous = before == null ? null : value(component, before);
            Object replacement = value(component, after);
            if (!Objects.equals(normal(previous), normal(replacement))) {
                changes.add(
                        PERSONAL.contains(component.getName())
                                ? new FieldChange(component.getName(), "", "")
                                : new FieldChange(component.getName(), text(previous), text(replacement)));
            }
        }
        return changes;
    }

    void record(UUID resourceId, String type, String action, List<FieldChange> changes, String actor, long version) {
        for (FieldChange change : changes) {
            jdbc.sql("""
                            INSERT INTO directory_metadata (resource_id, resource_type, last_action_type, field_name,
                                   previous_value, replacement_value, updated_by, resource_version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            resourceId,
                            type,
                            action,
                            change.field(),
                            change.previous(),
                            change.replacement(),
                            actor,
                            version)
                    .update();
        }
    }

    /** The fields changed after a version, each with the last person who changed it and when, by field name. */
    List<StaleServiceException.Change> changesSince(UUID resourceId, long version) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (field_name) field_name, updated_by, last_action_date
                          FROM directory_metadata
                         WHERE resource_id = ? AND resource_version > ?
                         ORDER BY field_name, last_action_date DESC""")
                .params(resourceId, version)
                .query((rs, n) -> new StaleServiceException.Change(
                        rs.getString("field_name"),
                        rs.getString("updated_by"),
                        rs.getObject("last_action_date", Timestamp.class).toInstant()))
                .list();
    }

    /** The newest entries of a resource's log, newest first. */
    List<FieldHistory> history(UUID resourceId, int limit) {
        return jdbc.sql("""
                        SELECT last_action_date, last_action_type, field_name, previous_value, replacement_value,
                               updated_by
                          FROM directory_metadata WHERE resource_id = ?
                         ORDER BY last_action_date DESC, field_name LIMIT ?""")
                .params(resourceId, limit)
                .query((rs, n) -> new FieldHistory(
                        rs.getObject("last_action_date", Timestamp.class).toInstant(),
                        rs.getString("last_action_type"),
                        rs.getString("field_name"),
                        rs.getString("previous_value"),
                        rs.getString("replacement_value"),
                        rs.getString("updated_by")))
                .list();
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty text and empty lists count as "not given", like null. */
    private static Object normal(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (value instanceof java.util.Collection<?> c && c.isEmpty()) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros();
        }
        return value;
    }

    /**
     * Readable text of a value: enums as their HSDS code or lower-case name, numbers plainly, lists joined by "; ",
     * nested records as their given components ("name: value", personal components left out).
     */
    static String text(Object value) {
        Object normal = normal(value);
        if (normal == null) {
            return "";
        }
        if (normal instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (normal instanceof ServiceStatus status) {
            return status.hsds();
        }
        if (normal instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (normal instanceof java.util.Collection<?> c) {
            return c.stream()
                    .map(DirectoryMetadataLog::text)
                    .filter(t -> !t.isEmpty())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        if (normal instanceof Record r) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                if (PERSONAL.contains(component.getName())) {
                    continue;
                }
                Object part = value(component, r);
                if (part == null
                        || Boolean.FALSE.equals(part)
                        || (part instanceof java.util.Collection<?> c && c.isEmpty())) {
                    continue;
                }
                String partText = Boolean.TRUE.equals(part) ? "true" : text(part);
                if (!partText.isEmpty()) {
                    parts.add(component.getName() + ": " + partText);
                }
            }
            return "(" + String.join(", ", parts) + ")";
        }
        return normal.toString();
    }
}
