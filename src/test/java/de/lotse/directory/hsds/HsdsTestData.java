package de.lotse.directory.hsds;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Directory rows for the HSDS tests, inserted with SQL (unique names and codes per call; the database is shared):
 * an own taxonomy with terms, a provider, a place in Peine and a service with every part filled, or a minimal one.
 */
final class HsdsTestData {

    final String marker = "hsdsx" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 24);
    final UUID taxonomyId = UUID.randomUUID();
    final UUID categoryId = UUID.randomUUID();
    final UUID audienceId = UUID.randomUUID();
    final String categoryCode = marker + "-beratung";
    final String audienceCode = marker + "-familien";
    final Organisation provider;
    final long peineId;
    private final JdbcClient jdbc;

    HsdsTestData(JdbcClient jdbc, Organisations organisations, Territories territories) {
        this.jdbc = jdbc;
        this.provider = organisations.create(OrganisationTestData.provider("Träger " + marker));
        this.peineId = territories.find("03157006").orElseThrow().id();
        jdbc.sql("INSERT INTO directory_taxonomy (id, key, name, description) VALUES (?, ?, ?, 'Testvokabular')")
                .params(taxonomyId, marker + "-tax", "Taxonomie " + marker)
                .update();
        jdbc.sql("INSERT INTO directory_taxonomy_term (id, taxonomy_id, code, name, description, keywords)"
                        + " VALUES (?, ?, ?, ?, 'Kategorie', 'Erziehung'), (?, ?, ?, ?, 'Zielgruppe', NULL)")
                .params(
                        categoryId,
                        taxonomyId,
                        categoryCode,
                        "Erziehungsberatung " + marker,
                        audienceId,
                        taxonomyId,
                        audienceCode,
                        "Familien " + marker)
                .update();
    }

    UUID location(String name, boolean exampleData) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO directory_location (id, organisation_id, name, description, facility_type, url, email,
                            latitude, longitude, territory_id, territory_assignment, address_1, postal_code, city,
                            transportation, step_free_access, accessible_toilet, induction_loop, sign_language,
                            easy_language, accessibility_details, example_data, source_note, created_by, updated_by)
                        VALUES (?, ?, ?, 'Ein Ort', 'FAMILY_CENTRE', 'https://example.org/ort', 'ort@example.org',
                            52.321000, 10.231000, ?, 'POINT_IN_POLYGON', 'Musterstraße 1', '31224', 'Peine',
                            'Bus 510', TRUE, FALSE, NULL, TRUE, TRUE, 'Rampe am Seiteneingang', ?, 'Testquelle',
                            'test', 'test')
                        """).params(id, provider.id(), name, peineId, exampleData).update();
        jdbc.sql("INSERT INTO directory_phone (location_id, number, type) VALUES (?, '05171 1234', 'voice')")
                .param(id)
                .update();
        return id;
    }

    /** A service with every part: terms, life stage, languages, phones, contacts, areas, costs, schedules, a site. */
    UUID fullService(String name) {
        UUID id = UUID.randomUUID();
        UUID place = location("Familienzentrum " + marker, true);
        jdbc.sql("""
                        INSERT INTO directory_service (id, organisation_id, name, alternate_name, description, url, email,
                            interpretation_services, application_process, fees_description, free_of_charge,
                            eligibility_description, minimum_age, maximum_age, anonymous, outreach, phone_counselling,
                            video_counselling, chat_counselling, alert, last_verified_at, last_verified_by,
                            example_data, source_note, created_by, updated_by)
                        VALUES (?, ?, ?, 'EB', 'Beratung für Eltern <script>alert(1)</script>', 'https://example.org/eb',
                            'eb@example.org', 'Dolmetscher auf Anfrage', 'Anruf genügt', 'keine', TRUE,
                            'Eltern mit Kindern', 0, 27, TRUE, FALSE, TRUE, FALSE, NULL, 'Sommerpause', DATE '2026-10-01',
                            'tester', TRUE, 'Leitlinien Abschnitt 3', 'test', 'test')
                        """).params(id, provider.id(), name).update();
        jdbc.sql("INSERT INTO directory_service_term (service_id, term_id, link_type) VALUES (?, ?, 'category'),"
                        + " (?, ?, 'audience')")
                .params(id, categoryId, id, audienceId)
                .update();
        jdbc.sql("INSERT INTO directory_service_life_stage (service_id, life_stage) VALUES (?, 'KITA'),"
                        + " (?, 'EARLY_HELP')")
                .params(id, id)
                .update();
        jdbc.sql("INSERT INTO directory_service_language (service_id, code, note) VALUES (?, 'de', NULL),"
                        + " (?, 'tr', 'dienstags')")
                .params(id, id)
                .update();
        jdbc.sql("INSERT INTO directory_phone (service_id, number, extension, type, description, example_data)"
                        + " VALUES (?, '05171 401-0', '12', 'voice', 'Zentrale', TRUE),"
                        + " (?, '05171 401-9', 'App. 3', 'fax', NULL, FALSE)")
                .params(id, id)
                .update();
        jdbc.sql("INSERT INTO directory_contact (service_id, name, title, department, email)"
                        + " VALUES (?, 'Frau Beispiel', 'Leitung', 'Beratung', 'leitung@example.org')")
                .param(id)
                .update();
        jdbc.sql("INSERT INTO directory_service_area (service_id, territory_id, description) VALUES (?, ?, 'Stadt')")
                .params(id, peineId)
                .update();
        jdbc.sql("INSERT INTO directory_service_area (service_id, name) VALUES (?, 'Landkreis Peine, aufsuchend')")
                .param(id)
                .update();
        jdbc.sql("INSERT INTO directory_cost_option (service_id, option, amount, currency, amount_description,"
                        + " valid_from) VALUES (?, 'Gruppenangebot', 5.00, 'EUR', 'je Termin', DATE '2026-01-01')")
                .param(id)
                .update();
        jdbc.sql("INSERT INTO directory_schedule (service_id, kind, freq, byday, dtstart, opens_at, closes_at,"
                        + " attending_type, description) VALUES (?, 'RECURRING', 'WEEKLY', 'MO,WE', DATE '2026-01-05',"
                        + " TIME '09:00', TIME '12:00', 'BY_APPOINTMENT', 'Telefonsprechzeit')")
                .param(id)
                .update();
        UUID site = UUID.randomUUID();
        jdbc.sql("INSERT INTO directory_service_at_location (id, service_id, location_id, description)"
                        + " VALUES (?, ?, ?, 'Offene Sprechstunde im Familienzentrum')")
                .params(site, id, place)
                .update();
        jdbc.sql("""
                        INSERT INTO directory_schedule (service_at_location_id, kind, freq, byday, dtstart, valid_to,
                            opens_at, closes_at, skip_school_holidays, attending_type, example_data)
                        VALUES (?, 'RECURRING', 'WEEKLY', 'TU', DATE '2026-08-04', DATE '2027-07-01', TIME '09:00',
                            TIME '12:00', TRUE, 'WITHOUT_APPOINTMENT', TRUE),
                               (?, 'ONE_OFF', NULL, NULL, DATE '2026-12-02', NULL, TIME '14:00', TIME '16:30', FALSE,
                            NULL, FALSE)
                        """).params(site, site).update();
        jdbc.sql("INSERT INTO directory_schedule (service_at_location_id, kind, valid_from, valid_to, description)"
                        + " VALUES (?, 'CLOSURE', DATE '2026-12-21', DATE '2027-01-03', 'Weihnachtspause')")
                .param(site)
                .update();
        jdbc.sql("INSERT INTO directory_contact (service_at_location_id, name) VALUES (?, 'Herr Vor-Ort')")
                .param(site)
                .update();
        jdbc.sql("INSERT INTO directory_metadata (resource_id, resource_type, last_action_type, field_name,"
                        + " replacement_value, updated_by, resource_version) VALUES (?, 'service', 'create', 'name', ?,"
                        + " 'tester', 1)")
                .params(id, name)
                .update();
        return id;
    }

    /** A service with the required fields only. */
    UUID minimalService(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO directory_service (id, organisation_id, name, created_by, updated_by)"
                        + " VALUES (?, ?, ?, 'test', 'test')")
                .params(id, provider.id(), name)
                .update();
        return id;
    }

    UUID siteOf(UUID serviceId) {
        return jdbc.sql("SELECT id FROM directory_service_at_location WHERE service_id = ?")
                .param(serviceId)
                .query(UUID.class)
                .single();
    }
}
