package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national-scale benchmark of issue 3. A generator builds a <b>synthetic</b> dataset from the territories of the
 * bundled GV100AD register (every current Gemeinde × {@code bench.indicators} indicators × 20 years, deterministic
 * pseudo-random counts from a fixed seed, indicator keys {@code bench-001} …), loads it through the real write path
 * ({@link IndicatorValues#write}, one batch per indicator) next to plain {@code COPY} of the same rows into the same
 * table, and then measures over HTTP, on the real embedded web server on loopback, the national cross-section, the time
 * series and the district workload of the KomMonitor comparison, each next to one direct SQL query. Writes the figures
 * to docs/benchmarks.md. Not a test: it asserts nothing about time and runs only with {@code ./lotse bench} (JUnit tag
 * "benchmark", excluded from the normal build). The data exist only in the benchmark's throw-away database.
 *
 * <p>System properties: {@code bench.indicators} (default 100; 5 for a quick run), {@code bench.calls} (sequential calls
 * per measurement, default 100), {@code bench.clients} (concurrent clients of the load runs, default 4).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorValuesBenchmark {

    private static final String HEADING = "## Indicator values at national scale (synthetic dataset)";
    private static final String OLD_HEADING = "## Indicator values (synthetic national dataset)";
    private static final int FIRST_YEAR = 2005;
    private static final int YEARS = 20;
    private static final int LAST_YEAR = FIRST_YEAR + YEARS - 1;
    /** Every this many indicators, the batch is first copied with plain COPY (rolled back) as the reference. */
    private static final int COPY_EVERY = 10;

    private final int indicatorCount = Integer.getInteger("bench.indicators", 100);
    private final int calls = Integer.getInteger("bench.calls", 100);
    private final int clients = Integer.getInteger("bench.clients", 4);

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    @Autowired
    IndicatorValuesBenchmark(
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            DataSource dataSource,
            JdbcClient jdbc) {
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Test
    void measuresTheNationalDatasetAndTheDistrictWorkload() throws Exception {
        List<Territory> gemeinden = territories.allOfLevel(TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        List<Territory> kreise = territories.allOfLevel(TerritoryLevel.COUNTY).stream()
                .filter(Territory::isCurrent)
                .toList();
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse("?");

        // 1. Load: every indicator through IndicatorValues.write; every COPY_EVERY-th batch first as plain COPY
        long writeNanos = 0;
        long written = 0;
        long sampledWriteNanos = 0;
        long sampledCopyNanos = 0;
        long sampledValues = 0;
        IndicatorKey measured = null;
        for (int i = 1; i <= indicatorCount; i++) {
            IndicatorKey key = benchIndicator(
                    "bench-%03d".formatted(i),
                    i == 1
                            ? new TerritoryLevel[] {
                                TerritoryLevel.STATE,
                                TerritoryLevel.COUNTY,
                                TerritoryLevel.ASSOCIATION,
                                TerritoryLevel.MUNICIPALITY
                            }
                            : new TerritoryLevel[] {TerritoryLevel.MUNICIPALITY});
            if (i == 1) {
                measured = key;
            }
            List<NewValue> batch = i == 1 ? withTotals(key, gemeinden) : dataset(key, gemeinden, i);
            boolean sample = i == 1 || i % COPY_EVERY == 0;
            if (sample) {
                // the reference copies the same rows under an indicator of its own, so that the rows it leaves
                // behind (rolled back, not yet vacuumed) never meet the keys of the measured write
                long referenceId = catalog.get(
                                benchIndicator("bench-ref-%03d".formatted(i), TerritoryLevel.MUNICIPALITY))
                        .id();
                sampledCopyNanos += nanos(() -> copyIntoValueTable(referenceId, batch));
            }
            long nanos = nanos(() -> values.write(batch).created());
            writeNanos += nanos;
            written += batch.size();
            if (sample) {
                sampledWriteNanos += nanos;
                sampledValues += batch.size();
            }
        }
        jdbc.sql("ANALYZE indicator_value").update();
        long tableBytes = jdbc.sql("SELECT pg_total_relation_size('indicator_value')")
                .query(Long.class)
                .single();

        // 2. National cross-section and time series over HTTP
        String section = "/api/v1/indicators/" + measured + "/values?parent=DG&level=MUNICIPALITY&period=" + LAST_YEAR;
        Territory one = gemeinden.get(gemeinden.size() / 2);
        String series = "/api/v1/indicators/" + measured + "/values?territory="
                + one.ags().value();
        long sectionCold = nanos(() -> get(section).length());
        long seriesCold = nanos(() -> get(series).length());
        int sectionBytes = get(section).length();
        List<Long> sectionHttp = latencies(() -> get(section).length());
        List<Long> sectionFresh = latencies(() -> get(section, true).length());
        long measuredId = catalog.get(measured).id();
        List<Long> sectionSql = latencies(() -> directCrossSection(measuredId, "MUNICIPALITY", false));
        Load sectionLoad = load(section);
        List<Long> seriesHttp = latencies(() -> get(series).length());
        List<Long> seriesFresh = latencies(() -> get(series, true).length());
        List<Long> seriesSql = latencies(() -> directTimeSeries(measuredId, one.id()));
        Load seriesLoad = load(series);

        // 3. District workload: all Kreise × 1 indicator × 20 years; one year as values and as GeoJSON
        IndicatorKey district = benchIndicator("bench-kreise", TerritoryLevel.COUNTY);
        List<NewValue> districtValues = dataset(district, kreise, 4711);
        long districtWrite = nanos(() -> values.write(districtValues).created());
        jdbc.sql("ANALYZE indicator_value").update();
        long districtId = catalog.get(district).id();
        String kreisValues = "/api/v1/indicators/" + district + "/values?parent=DG&level=COUNTY&period=" + LAST_YEAR;
        String kreisGeo =
                "/api/v1/indicators/" + district + "/values.geojson?parent=DG&level=COUNTY&period=" + LAST_YEAR;
        int kreisValuesBytes = get(kreisValues).length();
        int kreisGeoBytes = get(kreisGeo).length();
        int features = countOf(get(kreisGeo), "\"type\":\"Feature\"");
        List<Long> kreisValuesHttp = latencies(() -> get(kreisValues).length());
        List<Long> kreisValuesSql = latencies(() -> directCrossSection(districtId, "COUNTY", false));
        Load kreisValuesLoad = load(kreisValues);
        List<Long> kreisGeoHttp = latencies(() -> get(kreisGeo).length());
        List<Long> kreisGeoSql = latencies(() -> directCrossSection(districtId, "COUNTY", true));
        Load kreisGeoLoad = load(kreisGeo);

        double writeRate = written * 1e9 / writeNanos;
        double sampledWriteRate = sampledValues * 1e9 / sampledWriteNanos;
        double copyRate = sampledValues * 1e9 / sampledCopyNanos;
        String text = """
                %s

                Measured %s with `%s` (also part of `./lotse bench`; JUnit class `IndicatorValuesBenchmark`, tag \
                `benchmark`): the Spring \
                context with its real web server on loopback and the embedded PostgreSQL 15, requests with the JDK \
                `HttpClient` (HTTP/1.1, keep-alive) as an anonymous caller (the public view with statistical \
                confidentiality). Machine: %d CPUs (%s), shared with other work during the run; load average after \
                the run: %s.

                **The data are synthetic** — generated by the benchmark, never shipped and never shown as real data: \
                indicators `bench-001` … `bench-%03d` for every current Gemeinde of the bundled GV100AD register \
                (%,d) × %d years (%d–%d), counts from a fixed seed (about 2 %% of them 1 or 2, so the confidentiality \
                rule "minimum count 3" hides values). `bench-001` also has the sums for Gemeindeverbände, Kreise and \
                Länder, so its tables have additive groups and secondary suppression. Together %,d values, \
                %,.0f MiB in `indicator_value` with its indexes.

                **Goals** (issue #3):
                - import at least half the speed of `COPY` — %s: `IndicatorValues.write` %,.0f values/s against \
                %,.0f values/s for plain `COPY` of the same rows into the same table (%.0f %%, on the %d sampled \
                batches); over all %d batches %,.0f values/s;
                - cross-section p95 under 30 ms end to end at national scale — %s (p95 %s over HTTP);
                - time series p95 under 5 ms — %s (p95 %s over HTTP).

                | Load | values | time | values/s |
                |---|---|---|---|
                | `IndicatorValues.write`, all %d indicators (one transaction per indicator) | %,d | %.1f s | %,.0f |
                | `IndicatorValues.write`, the %d sampled batches | %,d | %.1f s | %,.0f |
                | **Reference:** plain `COPY` of the same %d batches into `indicator_value` (same indexes and \
                foreign keys; under an indicator of their own, rolled back) | %,d | %.1f s | %,.0f |

                The reference is `COPY` into the value table itself, as the issue asks; `COPY` into a bare table \
                without indexes and constraints is much faster (760,625 values/s in an earlier measurement of \
                2026-11-21): the difference is what the three B-trees and two foreign keys of `indicator_value` cost \
                every writer, `COPY` included.

                | Read (%d sequential calls after a warm-up of at least 20 calls and 5 s; load: %d clients) | p50 | p95 | p99 | max | CPU per call \
                (JVM / PostgreSQL) | requests/s under load |
                |---|---|---|---|---|---|---|
                | Cross-section of %d, all %,d Gemeinden, rank, `parent=DG&level=MUNICIPALITY` (HTTP, %,d bytes JSON) \
                | %s | %.0f |
                | The same, computed afresh (`Cache-Control: no-cache`: read, suppression, rank, JSON) | %s | |
                | **Reference:** one direct SQL query (values, names, rank by window function; no confidentiality) \
                | %s | |
                | Time series of one Gemeinde (%s), %d years (HTTP) | %s | %.0f |
                | The same, computed afresh (`Cache-Control: no-cache`) | %s | |
                | **Reference:** one direct SQL query | %s | |
                | District workload: cross-section of %d, all %d Kreise, values (HTTP, %,d bytes) | %s | %.0f |
                | **Reference:** one direct SQL query | %s | |
                | District workload: the same as GeoJSON FeatureCollection with boundaries (HTTP, %d features, \
                %,d bytes) | %s | %.0f |
                | **Reference:** one direct SQL query with the boundaries as text | %s | |

                A repeated request is answered from its kept serialised response (`ValuesResponseCache`, at most \
                64 MiB, used only while no value, indicator or territory has changed since it was made; ADR 9); the \
                rows "computed afresh" send `Cache-Control: no-cache` and show the cost of a request that is not \
                repeated.

                First calls (cold: the Land tables of the suppression decided and kept, the hierarchy read): national \
                cross-section %s, time series %s. The district indicator (%d Kreise × %d years) was written in %s. \
                Load runs: %d clients, each %d requests one after another, requests/s = all requests / wall time. \
                CPU per call: the CPU time of the sequential calls divided by their number, in the Java threads of this JVM \
                (web server, application and the HTTP or JDBC client; without garbage collection and JIT compilation) \
                and in the PostgreSQL backends of the benchmark's database \
                (from /proc, 10 ms resolution per backend); unlike the latencies it hardly grows when other \
                processes compete for the CPUs, so it shows what a call costs on a quiet machine.

                How it works and what dominates the time: see docs/adr/0009-value-store-performance.md.
                """.formatted(
                        HEADING,
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                        command(),
                        Runtime.getRuntime().availableProcessors(),
                        cpu,
                        loadAverage(),
                        indicatorCount,
                        gemeinden.size(),
                        YEARS,
                        FIRST_YEAR,
                        LAST_YEAR,
                        written,
                        tableBytes / 1048576.0,
                        sampledWriteRate * 2 >= copyRate ? "met" : "**missed**",
                        sampledWriteRate,
                        copyRate,
                        100 * sampledWriteRate / copyRate,
                        sampledValues == 0 ? 0 : countSamples(),
                        indicatorCount,
                        writeRate,
                        percentile(sectionHttp, 95) < 30 ? "met" : "**missed**",
                        ms(percentile(sectionHttp, 95)),
                        percentile(seriesHttp, 95) < 5 ? "met" : "**missed**",
                        ms(percentile(seriesHttp, 95)),
                        indicatorCount,
                        written,
                        writeNanos / 1e9,
                        writeRate,
                        countSamples(),
                        sampledValues,
                        sampledWriteNanos / 1e9,
                        sampledWriteRate,
                        countSamples(),
                        sampledValues,
                        sampledCopyNanos / 1e9,
                        copyRate,
                        calls,
                        clients,
                        LAST_YEAR,
                        gemeinden.size(),
                        sectionBytes,
                        latencyRow(sectionHttp),
                        sectionLoad.perSecond(),
                        latencyRow(sectionFresh),
                        latencyRow(sectionSql),
                        one.name(),
                        YEARS,
                        latencyRow(seriesHttp),
                        seriesLoad.perSecond(),
                        latencyRow(seriesFresh),
                        latencyRow(seriesSql),
                        LAST_YEAR,
                        kreise.size(),
                        kreisValuesBytes,
                        latencyRow(kreisValuesHttp),
                        kreisValuesLoad.perSecond(),
                        latencyRow(kreisValuesSql),
                        features,
                        kreisGeoBytes,
                        latencyRow(kreisGeoHttp),
                        kreisGeoLoad.perSecond(),
                        latencyRow(kreisGeoSql),
                        ms(sectionCold / 1e6),
                        ms(seriesCold / 1e6),
                        kreise.size(),
                        YEARS,
                        ms(districtWrite / 1e6),
                        clients,
                        calls);
        writeSection(text);
    }

    private int countSamples() {
        int n = 0;
        for (int i = 1; i <= indicatorCount; i++) {
            if (i == 1 || i % COPY_EVERY == 0) {
                n++;
            }
        }
        return n;
    }

    private String command() {
        return "./lotse bench --values-only" + (indicatorCount == 100 ? "" : " -Dbench.indicators=" + indicatorCount)
                + (calls == 100 ? "" : " -Dbench.calls=" + calls) + (clients == 4 ? "" : " -Dbench.clients=" + clients);
    }

    private IndicatorKey benchIndicator(String name, TerritoryLevel... levels) {
        IndicatorKey key = new IndicatorKey(name);
        if (catalog.find(key).isEmpty()) {
            catalog.create(anIndicator(key)
                    .name("Synthetischer Benchmark-Indikator " + name, "Synthetic benchmark indicator " + name)
                    .definition("Synthetische Zufallszahlen für den Leistungstest; keine echten Daten.")
                    .interpretation("Nur in der Benchmark-Datenbank; nie als echte Statistik verwenden.")
                    .levels(levels)
                    .confidentiality(3, null)
                    .build());
        }
        return key;
    }

    /** Every unit × every year with counts from a fixed seed; about 2 % are 1 or 2 (hidden by the rule). */
    private static List<NewValue> dataset(IndicatorKey key, List<Territory> units, long seed) {
        SplittableRandom random = new SplittableRandom(20_051_231L + seed);
        List<NewValue> values = new ArrayList<>(units.size() * YEARS);
        for (Territory unit : units) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                values.add(NewValue.of(key, unit.id(), Period.year(year), BigDecimal.valueOf(count(random))));
            }
        }
        return values;
    }

    private static int count(SplittableRandom random) {
        int p = random.nextInt(100);
        return p < 2 ? 1 + random.nextInt(2) : p < 3 ? 0 : 3 + random.nextInt(20_000);
    }

    /** The Gemeinden's counts plus their sums for every Gemeindeverband, Kreis and Land (an additive hierarchy). */
    private List<NewValue> withTotals(IndicatorKey key, List<Territory> gemeinden) {
        List<NewValue> base = dataset(key, gemeinden, 1);
        Map<String, Long> idByKey = new HashMap<>();
        for (TerritoryLevel level : List.of(TerritoryLevel.STATE, TerritoryLevel.COUNTY, TerritoryLevel.ASSOCIATION)) {
            territories.allOfLevel(level).stream()
                    .filter(Territory::isCurrent)
                    .forEach(t -> idByKey.put(t.key(), t.id()));
        }
        Map<Long, Territory> byId = new HashMap<>();
        gemeinden.forEach(g -> byId.put(g.id(), g));
        Map<String, BigDecimal> sums = new HashMap<>();
        for (NewValue v : base) {
            String[] path = byId.get(v.territoryId()).path().split("/");
            for (int i = 0; i < path.length - 1; i++) {
                if (idByKey.containsKey(path[i])) {
                    sums.merge(path[i] + "|" + v.period(), v.value(), BigDecimal::add);
                }
            }
        }
        List<NewValue> all = new ArrayList<>(base);
        sums.forEach((cell, sum) -> {
            int bar = cell.indexOf('|');
            all.add(NewValue.of(
                    key,
                    idByKey.get(cell.substring(0, bar)),
                    Period.year(Integer.parseInt(cell.substring(bar + 1))),
                    sum));
        });
        return all;
    }

    /** Plain COPY of the batch into indicator_value itself, in a transaction that is rolled back. */
    private int copyIntoValueTable(long indicatorId, List<NewValue> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (NewValue v : rows) {
            text.append(indicatorId).append("\t1\t").append(v.territoryId());
            text.append('\t').append(v.period()).append('\t').append(v.period().kind());
            text.append('\t')
                    .append(v.period().start())
                    .append('\t')
                    .append(v.period().end());
            text.append('\t').append(v.value().toPlainString()).append("\tbenchmark\n");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY indicator_value (indicator_id, indicator_version, territory_id, period, period_kind,"
                                    + " period_start, period_end, value, recorded_by) FROM STDIN WITH (FORMAT text)",
                            new StringReader(text.toString()));
            connection.rollback();
            return (int) copied;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cross-section of the last year for all current units of a level in one query, with rank. */
    private int directCrossSection(long indicatorId, String level, boolean boundaries) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("""
                        SELECT t.ars, t.name, v.value, v.status,
                               rank() OVER (ORDER BY v.value DESC NULLS LAST)%s
                          FROM territory t
                          LEFT JOIN indicator_value v
                            ON v.territory_id = t.id AND v.indicator_id = ? AND v.period = ?
                         WHERE t.level = ? AND t.valid_to IS NULL
                         ORDER BY t.ars""".formatted(boundaries ? ", t.boundary_display::text" : ""))) {
            statement.setLong(1, indicatorId);
            statement.setString(2, String.valueOf(LAST_YEAR));
            statement.setString(3, level);
            return readAll(statement);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int directTimeSeries(long indicatorId, long territoryId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT v.period, v.value, v.status
                          FROM indicator_value v
                         WHERE v.indicator_id = ? AND v.territory_id = ?
                         ORDER BY v.period_end""")) {
            statement.setLong(1, indicatorId);
            statement.setLong(2, territoryId);
            return readAll(statement);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads every column of every row, as a mapper would, and counts the rows. */
    private static int readAll(PreparedStatement statement) throws Exception {
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    private String get(String path) {
        return get(path, false);
    }

    /** A GET; {@code fresh} sends {@code Cache-Control: no-cache}, so the server computes the response afresh. */
    private String get(String path, boolean fresh) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60));
            if (fresh) {
                request.header("Cache-Control", "no-cache");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** CPU time per call of the measured runs (JVM process; PostgreSQL backends of this database), by run. */
    private final Map<List<Long>, String> cpuPerCall = new java.util.IdentityHashMap<>();

    /**
     * Nanosecond latencies of {@link #calls} calls after a warm-up, sorted; also records the CPU time the calls cost
     * in this JVM (server and client side) and in the PostgreSQL backends of this database. CPU time hardly depends on
     * how many other processes compete for the CPUs, unlike the wall-clock latencies.
     */
    private List<Long> latencies(Supplier<Integer> call) {
        long warmUpUntil = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; i < 20 || System.nanoTime() < warmUpUntil; i++) {
            call.get();
        }
        jvmCpuNanos(); // start counting
        Map<Integer, Long> pgBefore = backendTicks();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - start);
        }
        long jvm = jvmCpuNanos();
        Map<Integer, Long> pgAfter = backendTicks();
        long ticks = 0;
        for (var e : pgAfter.entrySet()) {
            ticks += e.getValue() - pgBefore.getOrDefault(e.getKey(), 0L);
        }
        Collections.sort(times);
        cpuPerCall.put(times, ms(jvm / 1e6 / calls) + " / " + ms(ticks * 1000.0 / CLOCK_TICKS_PER_SECOND / calls));
        return times;
    }

    private static final int CLOCK_TICKS_PER_SECOND = 100;

    /**
     * CPU time of the Java threads of this JVM (web server, application, HTTP and JDBC clients) since the previous
     * call; the JIT compiler and garbage collector threads are not Java threads and not counted.
     */
    private final Map<Long, Long> threadCpuBefore = new HashMap<>();

    private long jvmCpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu > 0) {
                total += cpu - threadCpuBefore.getOrDefault(id, 0L);
                threadCpuBefore.put(id, cpu);
            }
        }
        return total;
    }

    /** utime + stime (clock ticks) of every PostgreSQL backend connected to this benchmark's database. */
    private Map<Integer, Long> backendTicks() {
        Map<Integer, Long> ticks = new HashMap<>();
        for (Integer pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Integer.class)
                .list()) {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException e) {
                // a backend that ended in between, or no /proc: not counted
            }
        }
        return ticks;
    }

    private record Load(int requests, long nanos) {
        double perSecond() {
            return requests * 1e9 / nanos;
        }
    }

    /** {@link #clients} clients, each sending {@link #calls} requests one after another. */
    private Load load(String path) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < calls; i++) {
                        get(path);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return new Load(clients * calls, System.nanoTime() - start);
        }
    }

    private static long nanos(Supplier<Integer> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    /** The nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    private static double percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    private static String ms(double millis) {
        return "%.1f ms".formatted(millis);
    }

    private String latencyRow(List<Long> sorted) {
        return ms(percentile(sorted, 50)) + " | " + ms(percentile(sorted, 95)) + " | " + ms(percentile(sorted, 99))
                + " | " + ms(sorted.getLast() / 1e6) + " | " + cpuPerCall.getOrDefault(sorted, "?");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Replaces this section (or the one it supersedes) in docs/benchmarks.md, leaving the other sections alone. */
    private static void writeSection(String section) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int start = text.indexOf(HEADING);
        if (start < 0) {
            start = text.indexOf(OLD_HEADING);
        }
        if (start >= 0) {
            int next = text.indexOf("\n## ", start + 4);
            text = text.substring(0, start) + section.strip() + "\n" + (next >= 0 ? text.substring(next) : "");
        } else {
            text = text.stripTrailing() + "\n\n" + section.strip() + "\n";
        }
        Files.writeString(file, text);
    }
}
