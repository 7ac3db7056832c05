package de.lotse.directory.schedule;

import de.lotse.directory.AttendingType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads schedules and the service/place context of a service at a place (plain SQL on the V018 tables). */
@Repository
class ScheduleRepository {

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedules of the service at the place, of the service and of the place, in a stable order. */
    List<StoredSchedule> forServiceAtLocation(UUID serviceAtLocationId) {
        return jdbc.sql("""
                        SELECT s.*,
                               CASE WHEN s.service_at_location_id IS NOT NULL THEN 'SERVICE_AT_LOCATION'
                                    WHEN s.service_id IS NOT NULL THEN 'SERVICE' ELSE 'LOCATION' END AS owner
                        FROM directory_service_at_location sal
                        JOIN directory_schedule s ON s.service_at_location_id = sal.id
                            OR s.service_id = sal.service_id OR s.location_id = sal.location_id
                        WHERE sal.id = ?
                        ORDER BY owner, s.kind, s.dtstart NULLS LAST, s.valid_from NULLS LAST, s.opens_at, s.id
                        """)
                .param(serviceAtLocationId)
                .query(ScheduleRepository::map)
                .list();
    }

    /** The service and place a service-at-location id stands for, if it exists. */
    Optional<Site> site(UUID serviceAtLocationId) {
        return jdbc.sql("""
                        SELECT sal.id, s.id AS service_id, s.name AS service_name, s.status, s.example_data AS sx,
                               l.name AS location_name, l.address_1, l.postal_code, l.city, l.example_data AS lx
                        FROM directory_service_at_location sal
                        JOIN directory_service s ON s.id = sal.service_id
                        JOIN directory_location l ON l.id = sal.location_id
                        WHERE sal.id = ?
                        """)
                .param(serviceAtLocationId)
                .query((rs, row) -> new Site(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getString("service_name"),
                        rs.getString("status"),
                        rs.getString("location_name"),
                        rs.getString("address_1"),
                        rs.getString("postal_code"),
                        rs.getString("city"),
                        rs.getBoolean("sx") || rs.getBoolean("lx")))
                .optional();
    }

    /** A service offered at a place, with what the iCalendar file names; exampleData if service or place is. */
    record Site(
            UUID id,
            UUID serviceId,
            String serviceName,
            String status,
            String locationName,
            String address1,
            String postalCode,
            String city,
            boolean exampleData) {

        /** Only active and temporarily closed services are public (as in the Wegweiser). */
        boolean isPublic() {
            return "active".equals(status) || "temporarily closed".equals(status);
        }

        /** "Place, street, postcode city" without the parts that are not known. */
        String placeText() {
            StringBuilder text = new StringBuilder(locationName);
            if (address1 != null && !address1.isBlank()) {
                text.append(", ").append(address1.strip());
            }
            String town =
                    ((postalCode == null ? "" : postalCode.strip()) + " " + (city == null ? "" : city.strip())).strip();
            if (!town.isEmpty()) {
                text.append(", ").append(town);
            }
            return text.toString();
        }
    }

    private static AttendingType attendingType(String stored) {
        for (AttendingType type : AttendingType.values()) {
            if (type.name().equals(stored)) {
                return type;
            }
        }
        return null; // free HSDS text the enum does not know: not stated
    }

    private static StoredSchedule map(ResultSet rs, int row) throws SQLException {
        String freq = rs.getString("freq");
        String attending = rs.getString("attending_type");
        ScheduleDraft draft = new ScheduleDraft(
                ScheduleKind.valueOf(rs.getString("kind")),
                freq == null ? null : ScheduleFrequency.valueOf(freq),
                rs.getInt("interval"),
                rs.getString("byday"),
                rs.getString("bymonthday"),
                rs.getObject("dtstart", LocalDate.class),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getObject("opens_at", LocalTime.class),
                rs.getObject("closes_at", LocalTime.class),
                rs.getBoolean("skip_school_holidays"),
                rs.getBoolean("skip_public_holidays"),
                rs.getString("holiday_region"),
                attendingType(attending),
                rs.getString("schedule_link"),
                rs.getString("description"),
                rs.getString("notes"),
                rs.getBoolean("example_data"));
        return new StoredSchedule(
                rs.getObject("id", UUID.class), StoredSchedule.Owner.valueOf(rs.getString("owner")), draft);
    }
}
