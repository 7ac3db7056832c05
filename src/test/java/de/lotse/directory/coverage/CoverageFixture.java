package de.lotse.directory.coverage;

import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds directory rows with SQL for the coverage and duplicate tests: own taxonomy terms with unique codes (the tests
 * never rely on the seeded vocabularies), an organisation, places, services, sites and recurring schedules.
 */
final class CoverageFixture {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() & 0xffffff);

    private final JdbcClient jdbc;
    final long organisationId;

    CoverageFixture(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisationId = organisations
                .create(OrganisationTestData.provider("Abdeckungstest Träger"))
                .id();
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(COUNTER.incrementAndGet(), 36);
    }

    private UUID taxonomy(String key) {
        jdbc.sql("INSERT INTO directory_taxonomy (key, name, description) VALUES (:k, :k, 'Test') ON CONFLICT (key)"
                        + " DO NOTHING")
                .param("k", key)
                .update();
        return jdbc.sql("SELECT id FROM directory_taxonomy WHERE key = :k")
                .param("k", key)
                .query(UUID.class)
                .single();
    }

    /** A new term with a unique code in the taxonomy; returns the code. */
    String term(String taxonomy, String prefix, Integer minimumAge, Integer maximumAge) {
        String code = unique(prefix);
        jdbc.sql("""
                        INSERT INTO directory_taxonomy_term (taxonomy_id, code, name, description, minimum_age, maximum_age)
                        VALUES (:t, :c, :n, 'Test', :min, :max)
                        """)
                .param("t", taxonomy(taxonomy))
                .param("c", code)
                .param("n", "Test " + code)
                .param("min", minimumAge)
                .param("max", maximumAge)
                .update();
        return code;
    }

    UUID location(String name, String facilityType, Long territoryId, Double latitude, Double longitude) {
        return jdbc.sql("""
                        INSERT INTO directory_location (name, facility_type, territory_id, latitude, longitude,
                                                        territory_assignment, created_by, updated_by)
                        VALUES (:n, :f, :t, :lat, :lon, 'CHOSEN', 'test', 'test') RETURNING id
                        """)
                .param("n", name)
                .param("f", facilityType)
                .param("t", territoryId)
                .param("lat", latitude == null ? null : BigDecimal.valueOf(latitude))
                .param("lon", longitude == null ? null : BigDecimal.valueOf(longitude))
                .query(UUID.class)
                .single();
    }

    UUID service(String name, String description, String... termCodes) {
        UUID id = jdbc.sql("""
                        INSERT INTO directory_service (organisation_id, name, description, created_by, updated_by)
                        VALUES (:o, :n, :d, 'test', 'test') RETURNING id
                        """)
                .param("o", organisationId)
                .param("n", name)
                .param("d", description)
                .query(UUID.class)
                .single();
        for (String code : termCodes) {
            jdbc.sql("""
                            INSERT INTO directory_service_term (service_id, term_id, link_type)
                            SELECT :s, t.id, CASE x.key WHEN :cat THEN 'category' WHEN :aud THEN 'audience'
                                                        ELSE 'field_of_action' END
                              FROM directory_taxonomy_term t JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                             WHERE t.code = :c
                            """)
                    .param("s", id)
                    .param("c", code)
                    .param("cat", CoverageTerms.CATEGORIES)
                    .param("aud", CoverageTerms.AUDIENCES)
                    .update();
        }
        return id;
    }

    UUID site(UUID service, UUID location) {
        return jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id) VALUES (:s, :l)"
                        + " RETURNING id")
                .param("s", service)
                .param("l", location)
                .query(UUID.class)
                .single();
    }

    void area(UUID service, long territoryId) {
        jdbc.sql("INSERT INTO directory_service_area (service_id, territory_id) VALUES (:s, :t)")
                .param("s", service)
                .param("t", territoryId)
                .update();
    }

    /** Weekly consultation hours of a service at a place, e.g. byday "TU" 14:00–16:00. */
    void weekly(UUID site, String byday, String opens, String closes) {
        recurring(site, "WEEKLY", byday, opens, closes);
    }

    void recurring(UUID site, String freq, String byday, String opens, String closes) {
        jdbc.sql("""
                        INSERT INTO directory_schedule (service_at_location_id, kind, freq, byday, dtstart, opens_at,
                                                        closes_at)
                        VALUES (:s, 'RECURRING', :f, :b, :start, :o, :c)
                        """)
                .param("s", site)
                .param("f", freq)
                .param("b", byday)
                .param("start", java.sql.Date.valueOf(LocalDate.of(2020, 1, 6)))
                .param("o", java.sql.Time.valueOf(LocalTime.parse(opens)))
                .param("c", java.sql.Time.valueOf(LocalTime.parse(closes)))
                .update();
    }

    /** A single consultation date of a service at a place. */
    void oneOff(UUID site, LocalDate date, String opens, String closes) {
        jdbc.sql("""
                        INSERT INTO directory_schedule (service_at_location_id, kind, dtstart, opens_at, closes_at)
                        VALUES (:s, 'ONE_OFF', :d, :o, :c)
                        """)
                .param("s", site)
                .param("d", java.sql.Date.valueOf(date))
                .param("o", java.sql.Time.valueOf(LocalTime.parse(opens)))
                .param("c", java.sql.Time.valueOf(LocalTime.parse(closes)))
                .update();
    }
}
