package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the value store at national scale with a synthetic dataset (every current Gemeinde of the bundled register
 * × 20 years of deterministic pseudo-random counts) and writes the figures to docs/benchmarks.md. Not a test: it
 * asserts nothing about time and runs only with {@code ./lotse bench} (JUnit tag "benchmark", excluded from the normal
 * build). The references in the same run are plain SQL: COPY of the same rows into a bare table, and one direct query
 * for the reads.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorValuesBenchmark {

    private static final String HEADING = "## Indicator values (synthetic national dataset)";
    private static final int FIRST_YEAR = 2005;
    private static final int YEARS = 20;
    private static final int WRITE_RUNS = 3;
    private static final int READ_CALLS = 50;

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

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
    void measuresWritesAndReadsOfAllGemeindenOverTwentyYears() throws Exception {
        List<Long> gemeinden = territories.allOfLevel(TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .map(Territory::id)
                .toList();
        int size = gemeinden.size() * YEARS;

        List<Long> writes = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        IndicatorKey key = null;
        List<NewValue> batch = null;
        copyIntoBareTable(dataset(freshIndicator(), gemeinden)); // warm-up of the COPY path
        for (int run = 0; run < WRITE_RUNS; run++) {
            key = freshIndicator();
            List<NewValue> values = dataset(key, gemeinden);
            batch = values;
            copies.add(time(() -> copyIntoBareTable(values)));
            writes.add(time(() -> this.values.write(values).created()));
        }
        List<NewValue> again = batch;
        long rewrite = time(() -> values.write(again).unchanged());
        jdbc.sql("ANALYZE indicator_value").update();

        IndicatorKey measured = key;
        long indicatorId = catalog.get(key).id();
        Period year = Period.year(FIRST_YEAR + YEARS - 1);
        long one = gemeinden.get(gemeinden.size() / 2);
        List<Long> crossSection =
                latencies(() -> values.crossSection(measured, year, gemeinden).size());
        List<Long> crossSectionSql = latencies(() -> directCrossSection(indicatorId, year, gemeinden));
        List<Long> series = latencies(() -> values.timeSeries(measured, one).size());
        List<Long> seriesSql = latencies(() -> directTimeSeries(indicatorId, one));

        long medianWrite = median(writes);
        long medianCopy = median(copies);
        double perSecond = size * 1000.0 / medianWrite;
        double copyPerSecond = size * 1000.0 / medianCopy;
        String section = """
                %s

                Measured %s with `./lotse bench` (JUnit class `IndicatorValuesBenchmark`, tag `benchmark`) on the \
                embedded PostgreSQL. **The data are synthetic**: one indicator for Gemeinden, every current Gemeinde of \
                the bundled register (%,d) × %d years (%d–%d) = %,d values, deterministic pseudo-random counts (fixed \
                seed), no status symbols. Reads run after `ANALYZE indicator_value`, %d calls each after a warm-up.

                **Goals** (issue #3):
                - import at least half the speed of `COPY` — %s (%,.0f values/s against %,.0f values/s, %.0f %%);
                - cross-section p95 under 30 ms end to end — %s for the service call (p95 %s); this measures \
                `IndicatorValues.crossSection`, not an HTTP request, so rendering, ranking and the network still \
                come on top;
                - time series p95 under 5 ms — %s (p95 %s).

                | Measurement | min | median | max | values/s (median) |
                |---|---|---|---|---|
                | `IndicatorValues.write` of %,d new values into a fresh indicator (%d runs, one transaction each) | %s | %,.0f |
                | **Reference:** plain `COPY` of the same rows into a bare temporary table (no constraints, no \
                indexes, %d runs) | %s | %,.0f |
                | Re-write of the same %,d values (all unchanged, nothing written; once) | %d ms | | | %,.0f |

                | Read (%d calls) | p50 | p95 | max |
                |---|---|---|---|
                | Cross-section of %s, all %,d Gemeinden: `IndicatorValues.crossSection` | %s |
                | **Reference:** the same rows from one direct SQL query | %s |
                | Time series of one Gemeinde, %d years: `IndicatorValues.timeSeries` | %s |
                | **Reference:** the same rows from one direct SQL query | %s |

                `IndicatorValues.write` validates every value (indicator, territory, level, duplicates in the batch) \
                and then writes set-based: `COPY` into a staging table, lock the stored rows the batch meets, move \
                changed rows into the revision history, update them, insert the new ones, and record the audit entry.
                """.formatted(
                        HEADING,
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                        gemeinden.size(),
                        YEARS,
                        FIRST_YEAR,
                        FIRST_YEAR + YEARS - 1,
                        size,
                        READ_CALLS,
                        perSecond * 2 >= copyPerSecond ? "met" : "**missed**",
                        perSecond,
                        copyPerSecond,
                        100 * perSecond / copyPerSecond,
                        percentile(crossSection, 95) < 30 ? "met" : "**missed**",
                        ms(percentile(crossSection, 95)),
                        percentile(series, 95) < 5 ? "met" : "**missed**",
                        ms(percentile(series, 95)),
                        size,
                        WRITE_RUNS,
                        row(writes),
                        perSecond,
                        WRITE_RUNS,
                        row(copies),
                        copyPerSecond,
                        size,
                        rewrite,
                        size * 1000.0 / Math.max(rewrite, 1),
                        READ_CALLS,
                        year,
                        gemeinden.size(),
                        latencyRow(crossSection),
                        latencyRow(crossSectionSql),
                        YEARS,
                        latencyRow(series),
                        latencyRow(seriesSql));
        writeSection(section);
    }

    private IndicatorKey freshIndicator() {
        IndicatorKey key = uniqueKey("benchmark");
        catalog.create(anIndicator(key).levels(TerritoryLevel.MUNICIPALITY).build());
        return key;
    }

    /** Every Gemeinde × every year, with counts from a fixed seed, so that every run writes the same figures. */
    private static List<NewValue> dataset(IndicatorKey key, List<Long> gemeinden) {
        SplittableRandom random = new SplittableRandom(20_051_231L);
        List<NewValue> values = new ArrayList<>(gemeinden.size() * YEARS);
        for (long gemeinde : gemeinden) {
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                values.add(NewValue.of(key, gemeinde, Period.year(year), BigDecimal.valueOf(random.nextInt(100_000))));
            }
        }
        return values;
    }

    private int copyIntoBareTable(List<NewValue> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (NewValue v : rows) {
            text.append(v.territoryId())
                    .append('\t')
                    .append(v.period())
                    .append('\t')
                    .append(v.period().kind());
            text.append('\t')
                    .append(v.period().start())
                    .append('\t')
                    .append(v.period().end());
            text.append('\t').append(v.value().toPlainString()).append("\tsystem\n");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TEMP TABLE bare_value (territory_id BIGINT, period VARCHAR(12), period_kind VARCHAR(20),
                            period_start DATE, period_end DATE, value NUMERIC, recorded_by VARCHAR(64)) ON COMMIT DROP""");
            }
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY bare_value FROM STDIN WITH (FORMAT text)", new StringReader(text.toString()));
            connection.rollback();
            return (int) copied;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int directCrossSection(long indicatorId, Period period, List<Long> territoryIds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT i.key, v.indicator_version, v.territory_id, v.period_kind, v.period_start, v.value,
                               v.status, v.quality, v.import_id, v.source_file, v.source_line, v.recorded_by,
                               v.recorded_at
                          FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                         WHERE v.indicator_id = ? AND v.period = ? AND v.territory_id = ANY (?)""")) {
            Array ids = connection.createArrayOf("bigint", territoryIds.toArray());
            statement.setLong(1, indicatorId);
            statement.setString(2, period.toString());
            statement.setArray(3, ids);
            return readAll(statement);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int directTimeSeries(long indicatorId, long territoryId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT i.key, v.indicator_version, v.territory_id, v.period_kind, v.period_start, v.value,
                               v.status, v.quality, v.import_id, v.source_file, v.source_line, v.recorded_by,
                               v.recorded_at
                          FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                         WHERE v.indicator_id = ? AND v.territory_id = ?
                         ORDER BY v.period_end, v.period_start, v.period_kind""")) {
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

    /** Nanosecond latencies of {@link #READ_CALLS} calls after a few warm-up calls, sorted. */
    private static List<Long> latencies(Supplier<Integer> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < READ_CALLS; i++) {
            long start = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return times;
    }

    private static long time(Supplier<Integer> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    private static double percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    private static String ms(double millis) {
        return "%.1f ms".formatted(millis);
    }

    private static String row(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.getFirst() + " ms | " + median(sorted) + " ms | " + sorted.getLast() + " ms";
    }

    private static String latencyRow(List<Long> sorted) {
        return ms(percentile(sorted, 50)) + " | " + ms(percentile(sorted, 95)) + " | " + ms(sorted.getLast() / 1e6);
    }

    /** Replaces (or appends) this section in docs/benchmarks.md, leaving the other sections alone. */
    private static void writeSection(String section) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int start = text.indexOf(HEADING);
        if (start >= 0) {
            int next = text.indexOf("\n## ", start + HEADING.length());
            text = text.substring(0, start) + section.strip() + "\n" + (next >= 0 ? text.substring(next) : "");
        } else {
            text = text.stripTrailing() + "\n\n" + section.strip() + "\n";
        }
        Files.writeString(file, text);
    }
}
