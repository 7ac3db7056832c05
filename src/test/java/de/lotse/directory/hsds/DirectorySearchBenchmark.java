package de.lotse.directory.hsds;

import de.lotse.directory.wegweiser.WegweiserQuery;
import de.lotse.directory.wegweiser.WegweiserSearch;
import de.lotse.territory.Territories;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national-scale search benchmark of issue 5 (not a test: it asserts nothing about time and runs only with
 * {@code scripts/benchmark-directory.sh}, JUnit tag "benchmark"). Generates a synthetic national directory
 * ({@link SyntheticDirectory}: {@code bench.services} services, {@code bench.locations} places over all German
 * municipalities), builds the Wegweiser search index, then measures public search throughput and p50/p99 latency over
 * HTTP with wrk on loopback (bounded connections) — {@code /beratung?q=} when that page exists and the JSON search
 * {@code /api/hsds/services?search=} — next to the same queries answered in-process by {@link WegweiserSearch}.
 * Writes its section of docs/benchmarks.md.
 */
@Tag("benchmark")
// the test suite switches Thymeleaf's template cache off; production (application.properties) has it on
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.thymeleaf.cache=true")
@AutoConfigureMockMvc
class DirectorySearchBenchmark {

    static final String HEADING = "## Counselling directory search at national scale (synthetic dataset)";
    private static final List<String> QUERIES = List.of(
            "Erziehung",
            "Schulden",
            "Sucht",
            "Pflege",
            "Kita",
            "Migration",
            "Schwangerschaft",
            "Senioren",
            "Jugend",
            "Frühe Hilfen",
            "Selbsthilfe",
            "Gewaltschutz",
            "Erziehungsberatung Peine",
            "Schuldnerberatung Hannover",
            "Beratung München",
            "Schuldnerbertung");

    private final int services = Integer.getInteger("bench.services", 50_000);
    private final int locations = Integer.getInteger("bench.locations", 80_000);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final int seconds = Integer.getInteger("bench.seconds", 20);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Territories territories;
    private final WegweiserSearch search;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    @Autowired
    DirectorySearchBenchmark(JdbcClient jdbc, DataSource dataSource, Territories territories, WegweiserSearch search) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.territories = territories;
        this.search = search;
    }

    @Test
    void measuresPublicSearchAtNationalScale() throws Exception {
        long start = System.nanoTime();
        List<de.lotse.territory.Territory> generatedIn =
                new SyntheticDirectory(jdbc, dataSource, territories).generate(services, locations, 2_000);
        int municipalities = generatedIn.size();
        List<Probe> distinct = DistinctSearches.generate(generatedIn, 2_000);
        long generated = System.nanoTime() - start;
        start = System.nanoTime();
        search.reloadAll();
        long indexed = System.nanoTime() - start;
        long sites = count("directory_service_at_location");
        long covered = jdbc.sql("SELECT count(DISTINCT territory_id) FROM directory_location")
                .query(Long.class)
                .single();

        List<String> rows = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        jdk.jfr.Recording recording = startRecording();
        Latencies inProcess = inProcess();
        rows.add(row(
                "In-process `WegweiserSearch.search` (first page of 20), 1 thread",
                inProcess.p50,
                inProcess.p99,
                inProcess.rate,
                cpu(inProcess.cpuMs, 0)));
        rows.add(row("In-process, 2 threads", null, null, throughput(2), ""));
        Latencies inProcessDistinct = inProcess(distinct);
        rows.add(row(
                "In-process, " + distinct.size() + " distinct searches (each once), 1 thread",
                inProcessDistinct.p50,
                inProcessDistinct.p99,
                inProcessDistinct.rate,
                cpu(inProcessDistinct.cpuMs, 0)));
        List<String> paths = QUERIES.stream().map(DirectorySearchBenchmark::enc).toList();
        List<String> distinctPaths = distinct.stream().map(Probe::parameters).toList();
        measure(JSON_SEARCH, "q=", paths, "the " + QUERIES.size() + " texts", rows, verdicts);
        measure(JSON_SEARCH, "", distinctPaths, distinct.size() + " distinct searches", rows, verdicts);
        measure("/beratung", "q=", paths, "the " + QUERIES.size() + " texts", rows, verdicts);
        measure("/api/hsds/services", "search=", paths, "the " + QUERIES.size() + " texts", rows, verdicts);
        stopRecording(recording);
        distinctCount = distinct.size();
        write(rows, verdicts, municipalities, covered, sites, generated, indexed);
    }

    private static final String JSON_SEARCH = "/api/v1/directory/wegweiser";
    private int distinctCount;

    /** One search of the distinct set: in-process query and the same as URL parameters. */
    record Probe(WegweiserQuery query, String parameters) {}

    private void measure(
            String endpoint,
            String prefix,
            List<String> parameters,
            String set,
            List<String> rows,
            List<String> verdicts)
            throws IOException, InterruptedException {
        List<String> paths =
                parameters.stream().map(p -> endpoint + "?" + prefix + p).toList();
        int status = statusOf(paths.getFirst());
        if (status != 200) {
            rows.add("| HTTP `" + endpoint + "` | not measured: answered " + status + " | | | |");
            return;
        }
        wrk(paths, 5);
        Wrk result = wrk(paths, seconds);
        String label = "`" + endpoint + "?" + prefix + "…` (" + set + ")";
        rows.add(row(
                "HTTP " + label + " with wrk, " + connections + " connections, " + seconds + " s"
                        + (result.errors > 0 ? " (" + result.errors + " non-2xx)" : ""),
                result.p50,
                result.p99,
                result.rate,
                cpu(result.jvmMs, result.pgMs)));
        verdicts.add(verdict(label, result));
    }

    /** A JFR recording of the measuring phase when {@code bench.jfr} names a file (for finding where the CPU goes). */
    private static jdk.jfr.Recording startRecording() throws IOException, java.text.ParseException {
        String file = System.getProperty("bench.jfr");
        if (file == null || file.isBlank()) {
            return null;
        }
        jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(file));
        recording.start();
        return recording;
    }

    private static void stopRecording(jdk.jfr.Recording recording) {
        if (recording != null) {
            recording.stop();
            recording.close();
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private record Latencies(double p50, double p99, double rate, double cpuMs) {}

    private Latencies inProcess() {
        for (int i = 0; i < 500; i++) {
            search.search(WegweiserQuery.forText(QUERIES.get(i % QUERIES.size())));
        }
        List<Long> nanos = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        for (int i = 0; i < 3_000; i++) {
            long t = System.nanoTime();
            search.search(WegweiserQuery.forText(QUERIES.get(i % QUERIES.size())));
            nanos.add(System.nanoTime() - t);
        }
        double rate = 3_000 / ((System.nanoTime() - begin) / 1e9);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / 3_000;
        Collections.sort(nanos);
        return new Latencies(nanos.get(1_500) / 1e6, nanos.get(2_970) / 1e6, rate, cpuMs);
    }

    /** Each distinct search once (after one warm-up pass over a tenth of them). */
    private Latencies inProcess(List<Probe> probes) {
        for (int i = 0; i < probes.size() / 10; i++) {
            search.search(probes.get(i).query());
        }
        List<Long> nanos = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        for (Probe probe : probes) {
            long t = System.nanoTime();
            search.search(probe.query());
            nanos.add(System.nanoTime() - t);
        }
        int n = probes.size();
        double rate = n / ((System.nanoTime() - begin) / 1e9);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / n;
        Collections.sort(nanos);
        return new Latencies(nanos.get(n / 2) / 1e6, nanos.get(n * 99 / 100) / 1e6, rate, cpuMs);
    }

    private double throughput(int threads) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + 10_000_000_000L;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                running.add(pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        search.search(WegweiserQuery.forText(QUERIES.get(i++ % QUERIES.size())));
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        return done.get() / 10.0;
    }

    private int statusOf(String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private record Wrk(double p50, double p99, double rate, long errors, double jvmMs, double pgMs) {}

    /** CPU time per search (JVM / PostgreSQL) and the rate two otherwise idle CPUs could sustain at that cost. */
    private static String cpu(double jvmMs, double pgMs) {
        double total = jvmMs + pgMs;
        return String.format(Locale.ROOT, "%.2f ms / %.2f ms (≈ %,.0f/s on 2 idle CPUs)", jvmMs, pgMs, 2000 / total);
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime (clock ticks) of the PostgreSQL backends of this database. */
    private long backendTicks() {
        long ticks = 0;
        for (Integer pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Integer.class)
                .list()) {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                // a backend that ended in between: not counted
            }
        }
        return ticks;
    }

    private Wrk wrk(List<String> paths, int duration) throws IOException, InterruptedException {
        StringBuilder lua = new StringBuilder("local paths = {");
        for (String path : paths) {
            lua.append('"').append(path).append("\",");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Path script = Files.createTempFile("lotse-wrk", ".lua");
        Files.writeString(script, lua);
        long jvmBefore = jvmCpuNanos();
        long pgBefore = backendTicks();
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t1",
                        "-c" + connections,
                        "-d" + duration + "s",
                        "--timeout",
                        "30s",
                        "--latency",
                        "-s",
                        script.toString(),
                        "http://127.0.0.1:" + port)
                .redirectErrorStream(true)
                .start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        double jvm = (jvmCpuNanos() - jvmBefore) / 1e6;
        double pg = (backendTicks() - pgBefore) * 10.0;
        Files.deleteIfExists(script);
        System.out.println(out);
        double requests = Math.max(1, number(out, "(\\d+) requests in"));
        return new Wrk(
                millis(out, "50%"),
                millis(out, "99%"),
                number(out, "Requests/sec:\\s+([\\d.]+)"),
                (long) number(out, "Non-2xx or 3xx responses:\\s+(\\d+)"),
                jvm / requests,
                pg / requests);
    }

    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile(percentile.replace("%", "%") + "\\s+([\\d.]+)(us|ms|s)")
                .matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Whether the goal (1,000 searches/s, p99 under 100 ms) is met, or by how much it is missed. */
    private static String verdict(String endpoint, Wrk r) {
        boolean fast = r.p99 < 100;
        boolean enough = r.rate >= 1000;
        if (fast && enough) {
            return endpoint + ": met";
        }
        List<String> missed = new ArrayList<>();
        if (!enough) {
            missed.add(String.format(Locale.ROOT, "throughput %.0f/s is %.0f %% of 1,000/s", r.rate, r.rate / 10));
        }
        if (!fast) {
            missed.add(String.format(Locale.ROOT, "p99 %.1f ms is %.1f× the 100 ms limit", r.p99, r.p99 / 100));
        }
        return endpoint + ": missed — " + String.join("; ", missed);
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static String row(String what, Double p50, Double p99, double rate, String cpu) {
        return "| " + what + " | " + ms(p50) + " | " + ms(p99) + " | " + String.format(Locale.ROOT, "%,.0f", rate)
                + " | " + cpu + " |";
    }

    private static String ms(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f ms", value);
    }

    private void write(
            List<String> rows,
            List<String> verdicts,
            int municipalities,
            long covered,
            long sites,
            long generated,
            long indexed)
            throws IOException {
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        String text = """
                %s

                Measured %s UTC with `scripts/benchmark-directory.sh` (JUnit class `DirectorySearchBenchmark`, tag \
                `benchmark`): the Spring context with its real web server on loopback (the surefire JVM, not the \
                `./lotse run` options) and the embedded PostgreSQL 15; load generator `wrk -t1 -c%d --latency` \
                (Debian package `wrk`) on the same 2 CPUs, the %d search texts below in turn, and separately %,d \
                distinct generated searches (`DistinctSearches`, fixed seed: a topic word alone or with a second word, \
                with a municipality name, with one typo, with a filter — municipality, target group, age, free of \
                charge — or a municipality name alone; each once in-process, in turn over HTTP), so that no cache \
                of a few repeated texts could flatter the figures (there is none). Java assertions off as in \
                production (`-DenableAssertions=false`; with them, Lucene's own checks cost half the search CPU), \
                Thymeleaf's template cache on as in production (the test suite switches it off). \
                Load average after the \
                run: %s (other work shared the 2 CPUs; the latencies and rates are those of that situation, the CPU \
                time per search hardly depends on it: JVM process CPU and the PostgreSQL backends of the database from \
                /proc, 10 ms resolution, divided by the searches).

                **The data are synthetic** — generated by the benchmark (`SyntheticDirectory`, fixed seed), never \
                shipped: %,d services (names "… (synthetisch n)"), %,d places in %,d of the %,d current \
                municipalities (every municipality at least one place), %,d service_at_locations with weekly hours, \
                2,000 providers, 18 categories and 10 target groups. Generated and written in %.1f s; the Wegweiser \
                index built in %.1f s. Coordinates: the interior point of the municipality's boundary where the \
                register bundles municipal boundaries (Landkreis Peine, Lüchow-Dannenberg), elsewhere a point inside \
                the county's boundary with the municipality set explicitly.

                Search texts: %s.

                | Search | p50 | p99 | searches/s | CPU per search (JVM / PostgreSQL) |
                |---|---|---|---|---|
                %s

                **Goal** (issue 5): at least 1,000 searches/s with p99 under 100 ms at national scale over HTTP — %s. \
                What dominates the time and what it would take: docs/directory/hsds.md, section "Benchmark".
                """.formatted(
                HEADING,
                LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                connections,
                QUERIES.size(),
                distinctCount,
                load,
                services,
                locations,
                covered,
                municipalities,
                sites,
                generated / 1e9,
                indexed / 1e9,
                String.join(", ", QUERIES.stream().map(q -> "`" + q + "`").toList()),
                String.join("\n", rows),
                verdicts.isEmpty() ? "not measured over HTTP" : String.join("; ", verdicts));
        Path file = Path.of("docs", "benchmarks.md");
        String doc = Files.readString(file);
        int from = doc.indexOf(HEADING);
        if (from < 0) {
            doc = doc.stripTrailing() + "\n\n" + text;
        } else {
            int next = doc.indexOf("\n## ", from + HEADING.length());
            doc = doc.substring(0, from) + text + (next < 0 ? "" : doc.substring(next + 1));
        }
        Files.writeString(file, doc);
        System.out.println(text);
    }
}
