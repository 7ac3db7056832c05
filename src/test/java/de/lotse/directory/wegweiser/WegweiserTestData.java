package de.lotse.directory.wegweiser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test services for the Wegweiser, written with SQL (the shared test database holds other tests' services too, so
 * every test uses its own marker word, taxonomy and codes).
 */
final class WegweiserTestData {

    private final JdbcClient jdbc;
    private final String suffix = randomWord(6);
    private UUID taxonomyId;
    private Long organisationId;

    WegweiserTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A word no other service contains, e.g. "zqkfmwtd": consonants only, so that the German analysis leaves it as it is
     * (no umlaut digraphs like "ae", no stemmable endings like "en" or "s", no dictionary word to split off).
     */
    static String randomWord(int length) {
        String letters = "bcdfghjklmnpqrtvwxz";
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    /** A code unique to this test data, e.g. "erziehungsberatung-zqabcdef". */
    String code(String base) {
        return base + "-" + suffix;
    }

    /** A term of this test data's own taxonomy, created on first use. */
    UUID term(String base, String name, String keywords, Integer minAge, Integer maxAge) {
        if (taxonomyId == null) {
            taxonomyId = jdbc.sql("INSERT INTO directory_taxonomy (key, name, description) VALUES (?, ?, 'Test')"
                            + " RETURNING id")
                    .params("ww-test-" + suffix, "Wegweiser test " + suffix)
                    .query(UUID.class)
                    .single();
        }
        return jdbc.sql("""
                        INSERT INTO directory_taxonomy_term (taxonomy_id, code, name, description, keywords,
                            minimum_age, maximum_age)
                        VALUES (?, ?, ?, 'Test', ?, ?, ?) ON CONFLICT (taxonomy_id, code) DO UPDATE SET name = EXCLUDED.name
                        RETURNING id""")
                .params(taxonomyId, code(base), name, keywords, minAge, maxAge)
                .query(UUID.class)
                .single();
    }

    long organisation() {
        if (organisationId == null) {
            organisationId = jdbc.sql("INSERT INTO organisation (key, name, kind, created_by, updated_by)"
                            + " VALUES (?, ?, 'PROVIDER', 'test', 'test') RETURNING id")
                    .params("ww-org-" + suffix, "Testträger " + suffix)
                    .query(Long.class)
                    .single();
        }
        return organisationId;
    }

    Service service(String name) {
        return new Service(name);
    }

    /** A service to insert; every fact not set stays unknown (null). */
    final class Service {
        private final String name;
        private String description;
        private String status = "active";
        private Boolean freeOfCharge;
        private Boolean outreach;
        private Boolean phone;
        private Integer minAge;
        private Integer maxAge;
        private boolean exampleData;
        private String url;
        private final List<String[]> terms = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private final List<Object[]> places = new ArrayList<>();
        private final List<Long> areas = new ArrayList<>();
        private final List<String[]> translations = new ArrayList<>();

        private Service(String name) {
            this.name = name;
        }

        Service description(String text) {
            this.description = text;
            return this;
        }

        Service status(String hsdsStatus) {
            this.status = hsdsStatus;
            return this;
        }

        Service free(Boolean free) {
            this.freeOfCharge = free;
            return this;
        }

        Service outreach(Boolean value) {
            this.outreach = value;
            return this;
        }

        Service phone(Boolean value) {
            this.phone = value;
            return this;
        }

        Service ages(Integer min, Integer max) {
            this.minAge = min;
            this.maxAge = max;
            return this;
        }

        Service exampleData() {
            this.exampleData = true;
            return this;
        }

        Service url(String value) {
            this.url = value;
            return this;
        }

        /** A term of the test taxonomy: link type category or audience. */
        Service term(String linkType, String base, String termName) {
            terms.add(new String[] {linkType, base, termName});
            return this;
        }

        Service language(String code) {
            languages.add(code);
            return this;
        }

        /** A place in a municipality (territory id), with step-free access (null unknown). */
        Service place(String placeName, Long territoryId, Boolean stepFree, String locationType) {
            places.add(new Object[] {placeName, territoryId, stepFree, locationType});
            return this;
        }

        Service area(long territoryId) {
            areas.add(territoryId);
            return this;
        }

        Service translation(String field, String lang, String text) {
            translations.add(new String[] {field, lang, text});
            return this;
        }

        UUID insert() {
            UUID id = jdbc.sql("""
                            INSERT INTO directory_service (organisation_id, name, description, status, url,
                                free_of_charge, outreach, phone_counselling, minimum_age, maximum_age, example_data,
                                last_verified_at, created_by, updated_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, DATE '2026-10-01', 'test', 'test') RETURNING id""")
                    .params(
                            organisation(),
                            name,
                            description,
                            status,
                            url,
                            freeOfCharge,
                            outreach,
                            phone,
                            minAge,
                            maxAge,
                            exampleData)
                    .query(UUID.class)
                    .single();
            for (String[] t : terms) {
                UUID termId = WegweiserTestData.this.term(t[1], t[2], null, null, null);
                jdbc.sql("INSERT INTO directory_service_term (service_id, term_id, link_type) VALUES (?, ?, ?)")
                        .params(id, termId, t[0])
                        .update();
            }
            for (String code : languages) {
                jdbc.sql("INSERT INTO directory_service_language (service_id, code) VALUES (?, ?)")
                        .params(id, code)
                        .update();
            }
            for (Object[] p : places) {
                String type = p[3] == null ? "physical" : (String) p[3];
                UUID location = jdbc.sql("""
                                INSERT INTO directory_location (name, location_type, facility_type, latitude,
                                    longitude, territory_id, address_1, postal_code, city, step_free_access,
                                    created_by, updated_by)
                                VALUES (?, ?, ?, ?, ?, ?, 'Hauptstraße 1', '31224', 'Peine', ?, 'test', 'test')
                                RETURNING id""")
                        .params(
                                p[0],
                                type,
                                "virtual".equals(type) ? "ONLINE" : "COUNSELLING_CENTRE",
                                "virtual".equals(type) ? null : new BigDecimal("52.3217"),
                                "virtual".equals(type) ? null : new BigDecimal("10.2335"),
                                p[1],
                                p[2])
                        .query(UUID.class)
                        .single();
                jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id) VALUES (?, ?)")
                        .params(id, location)
                        .update();
            }
            for (Long territory : areas) {
                jdbc.sql("INSERT INTO directory_service_area (service_id, territory_id) VALUES (?, ?)")
                        .params(id, territory)
                        .update();
            }
            for (String[] t : translations) {
                jdbc.sql("INSERT INTO directory_translation (entity, entity_id, field, lang, text)"
                                + " VALUES ('service', ?, ?, ?, ?)")
                        .params(id, t[0], t[1], t[2])
                        .update();
            }
            return id;
        }
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.GERMAN);
    }
}
