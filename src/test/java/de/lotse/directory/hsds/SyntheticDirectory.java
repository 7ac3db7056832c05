package de.lotse.directory.hsds;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generator for a <b>synthetic</b> national counselling directory, for the benchmark only: {@code services} services
 * at {@code locations} places over all current German municipalities of the bundled register (every municipality
 * gets at least one place, the rest by population), with categories, target groups and weekly consultation hours from
 * a fixed seed. Names say "synthetisch"; everything is marked example data. Rows are written with batched SQL.
 *
 * <p>Coordinates: the interior point of the municipality's boundary where the register bundles one (Landkreis Peine,
 * Lüchow-Dannenberg); elsewhere only county boundaries are bundled, so the place gets a point inside its county's
 * boundary and its municipality is set explicitly (territory assignment CHOSEN).
 */
final class SyntheticDirectory {

    static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    static final Map<String, String> AUDIENCES = new LinkedHashMap<>();
    private static final String[] FACILITIES = {
        "COUNSELLING_CENTRE",
        "COUNSELLING_CENTRE",
        "SCHOOL",
        "KITA",
        "FAMILY_CENTRE",
        "TOWN_HALL",
        "MULTI_GENERATION_HOUSE",
        "CARE_SUPPORT_POINT"
    };
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR"};

    static {
        CATEGORIES.put("erziehungsberatung", "Erziehungsberatung");
        CATEGORIES.put("schuldnerberatung", "Schuldnerberatung");
        CATEGORIES.put("suchtberatung", "Suchtberatung");
        CATEGORIES.put("pflegeberatung", "Pflegeberatung");
        CATEGORIES.put("seniorenberatung", "Seniorenberatung");
        CATEGORIES.put("fruehe-hilfen", "Frühe Hilfen");
        CATEGORIES.put("migrationsberatung", "Migrationsberatung");
        CATEGORIES.put("jugendmigrationsdienst", "Jugendmigrationsdienst");
        CATEGORIES.put("schwangerschaftsberatung", "Schwangerschaftsberatung");
        CATEGORIES.put("wohnberatung", "Wohnberatung");
        CATEGORIES.put("teilhabeberatung", "Teilhabeberatung");
        CATEGORIES.put("schulsozialarbeit", "Schulsozialarbeit");
        CATEGORIES.put("jugendberatung", "Jugendberatung");
        CATEGORIES.put("berufsorientierung", "Berufsorientierung");
        CATEGORIES.put("selbsthilfe-kontaktstelle", "Selbsthilfe-Kontaktstelle");
        CATEGORIES.put("freiwilligenagentur", "Freiwilligenagentur");
        CATEGORIES.put("gewaltschutz", "Gewaltschutz und Frauenberatung");
        CATEGORIES.put("allgemeine-sozialberatung", "Allgemeine Sozialberatung");
        AUDIENCES.put("familien", "Familien");
        AUDIENCES.put("alleinerziehende", "Alleinerziehende");
        AUDIENCES.put("kinder", "Kinder");
        AUDIENCES.put("jugendliche", "Jugendliche");
        AUDIENCES.put("senioren", "Seniorinnen und Senioren");
        AUDIENCES.put("pflegende-angehoerige", "Pflegende Angehörige");
        AUDIENCES.put("migranten", "Menschen mit Migrationsgeschichte");
        AUDIENCES.put("menschen-mit-behinderung", "Menschen mit Behinderung");
        AUDIENCES.put("eltern", "Eltern");
        AUDIENCES.put("menschen-mit-schulden", "Menschen mit Schulden");
    }

    record Place(UUID id, Territory municipality, double lat, double lon) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Territories territories;
    private final SplittableRandom random = new SplittableRandom(20261121L);
    private final GeometryFactory geometries = new GeometryFactory();

    SyntheticDirectory(JdbcClient jdbc, DataSource dataSource, Territories territories) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.territories = territories;
    }

    /** Generates and writes the directory; returns the municipalities used (each with at least one place). */
    List<Territory> generate(int serviceCount, int locationCount, int providerCount) throws SQLException {
        List<Territory> municipalities = territories.allOfLevel(TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        Map<String, UUID> categories = terms("lotse-beratung", "Beratungsthemen", CATEGORIES);
        Map<String, UUID> audiences = terms("lotse-zielgruppe", "Zielgruppen", AUDIENCES);
        List<Long> providers = providers(providerCount);
        List<Place> places = places(municipalities, locationCount);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            writePlaces(c, places, providers);
            writeServices(c, places, providers, categories, audiences, serviceCount);
            c.commit();
        }
        jdbc.sql("ANALYZE").update();
        return municipalities;
    }

    private Map<String, UUID> terms(String taxonomy, String name, Map<String, String> codes) {
        jdbc.sql("INSERT INTO directory_taxonomy (key, name, description) VALUES (?, ?, 'Benchmark')"
                        + " ON CONFLICT (key) DO NOTHING")
                .params(taxonomy, name)
                .update();
        Map<String, UUID> ids = new LinkedHashMap<>();
        codes.forEach((code, label) -> {
            jdbc.sql("""
                            INSERT INTO directory_taxonomy_term (taxonomy_id, code, name, description)
                            SELECT id, ?, ?, ? FROM directory_taxonomy WHERE key = ?
                            ON CONFLICT (taxonomy_id, code) DO NOTHING""").params(code, label, label, taxonomy).update();
            ids.put(
                    code,
                    jdbc.sql("SELECT t.id FROM directory_taxonomy_term t JOIN directory_taxonomy x"
                                    + " ON x.id = t.taxonomy_id WHERE x.key = ? AND t.code = ?")
                            .params(taxonomy, code)
                            .query(UUID.class)
                            .single());
        });
        return ids;
    }

    private List<Long> providers(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(jdbc.sql("""
                            INSERT INTO organisation (key, name, kind, provider_type, example_data, source_note,
                                created_by, updated_by)
                            VALUES (?, ?, 'PROVIDER', 'NON_PROFIT', TRUE, 'Synthetischer Benchmark-Datensatz',
                                'benchmark', 'benchmark') RETURNING id""")
                    .params("bench-traeger-%04d".formatted(i), "Synthetischer Träger %04d".formatted(i))
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    /** Every municipality once, the rest drawn by population; each with a point inside its (or its county's) boundary. */
    private List<Place> places(List<Territory> municipalities, int count) {
        long totalPopulation = 0;
        long[] cumulative = new long[municipalities.size()];
        for (int i = 0; i < municipalities.size(); i++) {
            Territory t = municipalities.get(i);
            totalPopulation +=
                    t.population() == null ? 1 : Math.max(1, t.population().population());
            cumulative[i] = totalPopulation;
        }
        Map<String, Optional<Geometry>> shapes = new HashMap<>();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Territory m;
            if (i < municipalities.size()) {
                m = municipalities.get(i);
            } else {
                long pick = random.nextLong(totalPopulation);
                int at = java.util.Arrays.binarySearch(cumulative, pick + 1);
                m = municipalities.get(at >= 0 ? at : -at - 1);
            }
            double[] point = point(m, shapes);
            places.add(new Place(UUID.randomUUID(), m, point[0], point[1]));
        }
        return places;
    }

    private double[] point(Territory m, Map<String, Optional<Geometry>> shapes) {
        Optional<Geometry> own = shapes.computeIfAbsent(m.key(), k -> shape(m));
        if (own.isPresent()) {
            Coordinate c = own.get().getInteriorPoint().getCoordinate();
            return new double[] {c.y, c.x};
        }
        String county = m.key().substring(0, 5);
        Optional<Geometry> area =
                shapes.computeIfAbsent(county, k -> territories.find(k).flatMap(this::shape));
        if (area.isEmpty()) {
            return new double[] {51.0 + random.nextDouble(), 10.0 + random.nextDouble()};
        }
        var envelope = area.get().getEnvelopeInternal();
        for (int attempt = 0; attempt < 50; attempt++) {
            double x = envelope.getMinX() + random.nextDouble() * envelope.getWidth();
            double y = envelope.getMinY() + random.nextDouble() * envelope.getHeight();
            if (area.get().contains(geometries.createPoint(new Coordinate(x, y)))) {
                return new double[] {y, x};
            }
        }
        Coordinate c = area.get().getInteriorPoint().getCoordinate();
        return new double[] {c.y, c.x};
    }

    private Optional<Geometry> shape(Territory t) {
        if (!t.hasBoundary()) {
            return Optional.empty();
        }
        return territories.boundary(t, true).map(json -> {
            try {
                return new GeoJsonReader().read(json);
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void writePlaces(Connection c, List<Place> places, List<Long> providers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO directory_location (id, organisation_id, name, facility_type, latitude, longitude,
                    territory_id, territory_assignment, address_1, postal_code, city, step_free_access, example_data,
                    source_note, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'CHOSEN', ?, '00000', ?, ?, TRUE, 'Synthetischer Benchmark-Datensatz',
                    'benchmark', 'benchmark')""")) {
            int n = 0;
            for (Place p : places) {
                String facility = FACILITIES[random.nextInt(FACILITIES.length)];
                ps.setObject(1, p.id());
                ps.setLong(2, providers.get(random.nextInt(providers.size())));
                ps.setString(
                        3,
                        "Synthetischer Ort %05d %s"
                                .formatted(++n, p.municipality().name()));
                ps.setString(4, facility);
                ps.setBigDecimal(5, java.math.BigDecimal.valueOf(p.lat()).setScale(6, java.math.RoundingMode.HALF_UP));
                ps.setBigDecimal(6, java.math.BigDecimal.valueOf(p.lon()).setScale(6, java.math.RoundingMode.HALF_UP));
                ps.setLong(7, p.municipality().id());
                ps.setString(8, "Beispielweg " + (1 + random.nextInt(99)));
                ps.setString(9, p.municipality().name());
                ps.setBoolean(10, random.nextInt(3) > 0);
                ps.addBatch();
                if (n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void writeServices(
            Connection c,
            List<Place> places,
            List<Long> providers,
            Map<String, UUID> categories,
            Map<String, UUID> audiences,
            int count)
            throws SQLException {
        List<String> categoryCodes = List.copyOf(categories.keySet());
        List<String> audienceCodes = List.copyOf(audiences.keySet());
        try (PreparedStatement service = c.prepareStatement("""
                        INSERT INTO directory_service (id, organisation_id, name, description, free_of_charge,
                            anonymous, outreach, phone_counselling, example_data, source_note, last_verified_at,
                            created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 'Synthetischer Benchmark-Datensatz', CURRENT_DATE,
                            'benchmark', 'benchmark')""");
                PreparedStatement term = c.prepareStatement(
                        "INSERT INTO directory_service_term (service_id, term_id, link_type) VALUES (?, ?, ?)");
                PreparedStatement site = c.prepareStatement("INSERT INTO directory_service_at_location"
                        + " (id, service_id, location_id) VALUES (?, ?, ?)");
                PreparedStatement hours = c.prepareStatement("""
                        INSERT INTO directory_schedule (service_at_location_id, kind, freq, byday, dtstart, opens_at,
                            closes_at, skip_school_holidays, attending_type, example_data)
                        VALUES (?, 'RECURRING', 'WEEKLY', ?, DATE '2026-01-05', ?, ?, ?, ?, TRUE)""");
                PreparedStatement language =
                        c.prepareStatement("INSERT INTO directory_service_language (service_id, code) VALUES (?, ?)")) {
            int placeCursor = 0;
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                String category = categoryCodes.get(random.nextInt(categoryCodes.size()));
                String audience = audienceCodes.get(random.nextInt(audienceCodes.size()));
                int siteCount = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(3));
                Place first = places.get(placeCursor % places.size());
                service.setObject(1, id);
                service.setLong(2, providers.get(random.nextInt(providers.size())));
                service.setString(
                        3,
                        "%s %s (synthetisch %05d)"
                                .formatted(
                                        CATEGORIES.get(category),
                                        first.municipality().name(),
                                        i));
                service.setString(
                        4,
                        "Synthetisches Beispielangebot für den Benchmark: %s für %s in %s."
                                .formatted(
                                        CATEGORIES.get(category),
                                        AUDIENCES.get(audience),
                                        first.municipality().name()));
                service.setBoolean(5, random.nextInt(4) > 0);
                service.setBoolean(6, random.nextBoolean());
                service.setBoolean(7, random.nextInt(5) == 0);
                service.setBoolean(8, random.nextBoolean());
                service.addBatch();
                term.setObject(1, id);
                term.setObject(2, categories.get(category));
                term.setString(3, "category");
                term.addBatch();
                term.setObject(1, id);
                term.setObject(2, audiences.get(audience));
                term.setString(3, "audience");
                term.addBatch();
                language.setObject(1, id);
                language.setString(2, "de");
                language.addBatch();
                if (random.nextInt(4) == 0) {
                    language.setObject(1, id);
                    language.setString(2, List.of("tr", "ar", "ru", "uk", "en").get(random.nextInt(5)));
                    language.addBatch();
                }
                for (int s = 0; s < siteCount; s++) {
                    Place place = places.get(placeCursor++ % places.size());
                    UUID siteId = UUID.randomUUID();
                    site.setObject(1, siteId);
                    site.setObject(2, id);
                    site.setObject(3, place.id());
                    site.addBatch();
                    int opens = 8 + random.nextInt(8);
                    hours.setObject(1, siteId);
                    hours.setString(2, DAYS[random.nextInt(DAYS.length)]);
                    hours.setTime(3, Time.valueOf(java.time.LocalTime.of(opens, 0)));
                    hours.setTime(4, Time.valueOf(java.time.LocalTime.of(opens + 1 + random.nextInt(3), 0)));
                    hours.setBoolean(5, random.nextBoolean());
                    hours.setString(6, random.nextBoolean() ? "WITHOUT_APPOINTMENT" : "BY_APPOINTMENT");
                    hours.addBatch();
                }
                if (i % 1000 == 0) {
                    service.executeBatch();
                    term.executeBatch();
                    language.executeBatch();
                    site.executeBatch();
                    hours.executeBatch();
                }
            }
            service.executeBatch();
            term.executeBatch();
            language.executeBatch();
            site.executeBatch();
            hours.executeBatch();
        }
    }
}
