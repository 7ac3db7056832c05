package de.lotse.directory.schedule;

import de.lotse.directory.ScheduleDraft;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts organisations, services, places, services at places, schedules and holidays with plain SQL. */
final class ScheduleTestData {

    private ScheduleTestData() {}

    /** The ids of a service offered at a place. */
    record Site(UUID id, UUID serviceId, UUID locationId) {}

    static Site site(JdbcClient jdbc, String serviceName, String status, String placeName, boolean placeExample) {
        String key = "sched-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 4);
        long organisation =
                jdbc.sql("""
                        INSERT INTO organisation (key, name, kind, created_by, updated_by)
                        VALUES (?, ?, 'PROVIDER', 'test', 'test') RETURNING id""").params(key, "Träger " + key).query(Long.class).single();
        UUID service = jdbc.sql("""
                        INSERT INTO directory_service (organisation_id, name, status, created_by, updated_by)
                        VALUES (?, ?, ?, 'test', 'test') RETURNING id""")
                .params(organisation, serviceName, status)
                .query(UUID.class)
                .single();
        UUID location =
                jdbc.sql("""
                        INSERT INTO directory_location (name, facility_type, address_1, postal_code, city, example_data,
                            created_by, updated_by)
                        VALUES (?, 'SCHOOL', 'Schulstraße 1', '31224', 'Peine', ?, 'test', 'test') RETURNING id""").params(placeName, placeExample).query(UUID.class).single();
        UUID sal = jdbc.sql("""
                        INSERT INTO directory_service_at_location (service_id, location_id) VALUES (?, ?) RETURNING id""").params(service, location).query(UUID.class).single();
        return new Site(sal, service, location);
    }

    /** Inserts a schedule owned by one of: "service_at_location_id", "service_id", "location_id". */
    static UUID schedule(JdbcClient jdbc, String ownerColumn, UUID owner, ScheduleDraft d) {
        return jdbc.sql("INSERT INTO directory_schedule (" + ownerColumn + """
                        , kind, freq, interval, byday, bymonthday, dtstart, valid_from, valid_to, opens_at, closes_at,
                          skip_school_holidays, skip_public_holidays, holiday_region, attending_type, description,
                          notes, example_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        owner,
                        d.kind().name(),
                        d.freq() == null ? null : d.freq().name(),
                        d.interval(),
                        d.byday(),
                        d.bymonthday(),
                        d.dtstart(),
                        d.validFrom(),
                        d.validTo(),
                        d.opensAt(),
                        d.closesAt(),
                        d.skipSchoolHolidays(),
                        d.skipPublicHolidays(),
                        d.holidayRegion(),
                        d.attendingType() == null ? null : d.attendingType().name(),
                        d.description(),
                        d.notes(),
                        d.exampleData())
                .query(UUID.class)
                .single();
    }

    static void holiday(JdbcClient jdbc, String region, HolidayKind kind, String name, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        INSERT INTO directory_holiday (region, kind, name, start_date, end_date, source, imported_by)
                        VALUES (?, ?, ?, ?, ?, 'Testdaten', 'test')
                        ON CONFLICT DO NOTHING""").params(region, kind.name(), name, from, to).update();
    }
}
