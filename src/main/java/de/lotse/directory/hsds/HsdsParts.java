package de.lotse.directory.hsds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the parts a service, a place and a service at a place share (phones, contacts, schedules), each owned by
 * exactly one of them, for many owners with one query per part.
 */
@Component
class HsdsParts {

    /** Which owner column the parts are read by. */
    enum Owner {
        SERVICE("service_id"),
        LOCATION("location_id"),
        SERVICE_AT_LOCATION("service_at_location_id");

        final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    HsdsParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, List<HsdsModel.Phone>> phones(Owner owner, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Owned<HsdsModel.Phone>> rows = jdbc.sql(
                        "SELECT * FROM directory_phone WHERE " + owner.column + " IN (:ids) ORDER BY number, id")
                .param("ids", ids)
                .query((rs, n) -> new Owned<>(rs.getObject(owner.column, UUID.class), phone(rs)))
                .list();
        return grouped(rows);
    }

    Map<UUID, List<HsdsModel.Contact>> contacts(Owner owner, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Owned<HsdsModel.Contact>> rows = jdbc.sql(
                        "SELECT * FROM directory_contact WHERE " + owner.column + " IN (:ids) ORDER BY name, id")
                .param("ids", ids)
                .query((rs, n) -> new Owned<>(
                        rs.getObject(owner.column, UUID.class),
                        new HsdsModel.Contact(
                                rs.getObject("id", UUID.class),
                                rs.getObject("service_id", UUID.class),
                                rs.getObject("location_id", UUID.class),
                                rs.getObject("service_at_location_id", UUID.class),
                                rs.getString("name"),
                                rs.getString("title"),
                                rs.getString("department"),
                                HsdsText.email(rs.getString("email")),
                                exampleFlag(rs, "contact"))))
                .list();
        return grouped(rows);
    }

    Map<UUID, List<HsdsModel.Schedule>> schedules(Owner owner, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Owned<HsdsModel.Schedule>> rows = jdbc.sql("SELECT * FROM directory_schedule WHERE " + owner.column
                        + " IN (:ids) ORDER BY kind DESC, dtstart, valid_from, byday, opens_at, id")
                .param("ids", ids)
                .query((rs, n) -> new Owned<>(rs.getObject(owner.column, UUID.class), schedule(rs)))
                .list();
        return grouped(rows);
    }

    private static HsdsModel.Phone phone(ResultSet rs) throws SQLException {
        String extension = rs.getString("extension");
        String description = rs.getString("description");
        BigDecimal numeric = null;
        if (extension != null && extension.strip().matches("\\d{1,9}")) {
            numeric = new BigDecimal(extension.strip());
        } else if (extension != null && !extension.isBlank()) {
            description = (description == null ? "" : description + " ") + "(Durchwahl " + extension.strip() + ")";
        }
        return new HsdsModel.Phone(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("location_id", UUID.class),
                rs.getObject("service_at_location_id", UUID.class),
                null,
                rs.getString("number"),
                numeric,
                rs.getString("type"),
                description,
                exampleFlag(rs, "phone"));
    }

    private static HsdsModel.Schedule schedule(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        LocalDate dtstart = rs.getObject("dtstart", LocalDate.class);
        LocalDate validFrom = rs.getObject("valid_from", LocalDate.class);
        String zone = rs.getString("timezone");
        boolean recurring = "RECURRING".equals(kind);
        return new HsdsModel.Schedule(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("location_id", UUID.class),
                rs.getObject("service_at_location_id", UUID.class),
                HsdsText.date(validFrom),
                HsdsText.date(rs.getObject("valid_to", LocalDate.class)),
                HsdsText.date(dtstart),
                offsetHours(zone, dtstart != null ? dtstart : validFrom),
                rs.getString("freq"),
                recurring ? rs.getInt("interval") : null,
                rs.getString("byday"),
                rs.getString("bymonthday"),
                rs.getString("description"),
                time(rs.getObject("opens_at", LocalTime.class)),
                time(rs.getObject("closes_at", LocalTime.class)),
                HsdsText.uri(rs.getString("schedule_link")),
                rs.getString("attending_type"),
                rs.getString("notes"),
                kind.toLowerCase(java.util.Locale.ROOT),
                zone,
                recurring ? rs.getBoolean("skip_school_holidays") : null,
                recurring ? rs.getBoolean("skip_public_holidays") : null,
                recurring ? rs.getString("holiday_region") : null,
                rs.getBoolean("example_data") ? Boolean.TRUE : null);
    }

    /** The UTC offset in whole hours of the zone on that day (HSDS 3.0 {@code timezone} is a number). */
    static Integer offsetHours(String zone, LocalDate day) {
        try {
            ZonedDateTime at =
                    (day == null ? LocalDate.now() : day).atTime(12, 0).atZone(ZoneId.of(zone));
            return at.getOffset().getTotalSeconds() / 3600;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString().substring(0, 5);
    }

    private static List<HsdsModel.Attribute> exampleFlag(ResultSet rs, String entity) throws SQLException {
        if (!rs.getBoolean("example_data")) {
            return null;
        }
        return List.of(HsdsTaxonomies.profileAttribute(rs.getObject("id", UUID.class), entity, "example-data", true));
    }

    record Owned<T>(UUID owner, T value) {}

    static <T> Map<UUID, List<T>> grouped(List<Owned<T>> rows) {
        Map<UUID, List<T>> byOwner = new HashMap<>();
        for (Owned<T> row : rows) {
            byOwner.computeIfAbsent(row.owner(), k -> new java.util.ArrayList<>())
                    .add(row.value());
        }
        return byOwner;
    }

    static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }

    static Set<UUID> none() {
        return Set.of();
    }
}
