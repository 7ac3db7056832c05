package de.lotse.territory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Measures the GV100AD import of all of Germany (about 16,000 records) and writes the figures to
 * docs/benchmarks.md. Not a test: it asserts nothing about time and runs only with {@code ./lotse bench}
 * (JUnit tag "benchmark", excluded from the normal build). The reference in the same run is the plain-SQL lower
 * bound: PostgreSQL COPY of the same records into a bare table without any checks.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lotse.territory.load-bundled-data=false")
@AutoConfigureMockMvc
class Gv100adImportBenchmark {

    private static final int RUNS = 5;
    private static final String FILE = "gemeinden/GV100AD_30112025.txt";

    @Autowired
    TerritoryImporter importer;

    @Autowired
    DataSource dataSource;

    @Test
    void measuresTheImportOfTheWholeRegister() throws Exception {
        byte[] content = SharedData.file(FILE);
        int records = Gv100adParser.parse(FILE, content).records().size();

        List<Long> parse =
                measure(() -> Gv100adParser.parse(FILE, content).records().size());
        List<Long> firstImportDryRun = measure(
                () -> importer.importFile(FILE, content, ImportOptions.check()).created());
        List<Long> copyReference = measure(() -> copyIntoBareTable(content));
        long committed = time(
                () -> importer.importFile(FILE, content, ImportOptions.commit()).created());
        List<Long> reimportDryRun = measure(
                () -> importer.importFile(FILE, content, ImportOptions.check()).unchanged());

        String section = """
                ## GV100AD import (all of Germany)

                Measured %s with `./lotse bench` (JUnit class `Gv100adImportBenchmark`, tag `benchmark`), \
                %d runs each, on the embedded PostgreSQL; file `%s` (%d records, %,d bytes).

                **Goal:** all ~16,000 records in under 10 s — %s (committed first import: %d ms).

                | Measurement | min | median | max |
                |---|---|---|---|
                | Parse and validate only (no database) | %s |
                | First import into an empty database (dry run: every insert, then rollback) | %s |
                | First import, committed (once) | %d ms | | |
                | Re-import of the same edition (dry run: compare, nothing to write) | %s |
                | **Reference:** plain SQL `COPY` of the same records into a bare table (no parsing checks, no hierarchy, no population) | %s |

                The import does more than the reference: it validates every field, links each unit to its parent,
                computes areas and population sums for Gemeindeverbände, Kreise and Länder, writes population figures
                and records the import; the ratio to the `COPY` lower bound shows what that costs.
                """.formatted(
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                        RUNS,
                        FILE,
                        records,
                        content.length,
                        committed < 10_000 ? "met" : "**missed**",
                        committed,
                        row(parse),
                        row(firstImportDryRun),
                        committed,
                        row(reimportDryRun),
                        row(copyReference));
        writeSection(section);
    }

    private int copyIntoBareTable(byte[] content) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE bare_register (line TEXT) ON COMMIT DROP");
            }
            long rows = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY bare_register (line) FROM STDIN WITH (FORMAT text)",
                            new StringReader(new String(content, StandardCharsets.UTF_8).replace("\\", "\\\\")));
            connection.rollback();
            return (int) rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> measure(Supplier<Integer> work) {
        work.get(); // warm-up
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(time(work));
        }
        Collections.sort(times);
        return times;
    }

    private static long time(Supplier<Integer> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String row(List<Long> sorted) {
        return sorted.getFirst() + " ms | " + sorted.get(sorted.size() / 2) + " ms | " + sorted.getLast() + " ms";
    }

    /** Replaces (or appends) this section in docs/benchmarks.md, leaving the other sections alone. */
    private static void writeSection(String section) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        String heading = "## GV100AD import (all of Germany)";
        int start = text.indexOf(heading);
        if (start >= 0) {
            int next = text.indexOf("\n## ", start + heading.length());
            text = text.substring(0, start) + section.strip() + "\n" + (next >= 0 ? text.substring(next) : "");
        } else {
            text = text.stripTrailing() + "\n\n" + section.strip() + "\n";
        }
        Files.writeString(file, text);
    }
}
