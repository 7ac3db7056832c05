package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Measures the heap a dry run of a file of 200 MB and more needs: a synthetic long-format file (every current Gemeinde
 * of the bundled register × 25 indicators × 20 years of deterministic pseudo-random counts, about 5.5 million rows and,
 * with the long indicator keys, 480 MB; a 200 MB file of short rows has as many) is read,
 * checked and written in chunks in one transaction that is rolled back. Prints the live heap after garbage collection
 * (old generation) while the import runs. Not a test: it asserts nothing about time and runs only on request, with
 * {@code mvn test -Dtest=StatisticsImportMemoryBenchmark -Dlotse.test.excludedGroups= -DargLine=-Xmx512m} (JUnit tag
 * "benchmark", excluded from the normal build; not part of {@code ./lotse bench}, as it takes half an hour on a busy
 * machine). The figures of a run are in docs/monitoring/imports.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImportMemoryBenchmark {

    private static final int INDICATORS = 25;
    private static final int YEARS = 20;

    private final StatisticsImporter importer;
    private final IndicatorCatalog catalog;
    private final Territories territories;

    @Autowired
    StatisticsImportMemoryBenchmark(StatisticsImporter importer, IndicatorCatalog catalog, Territories territories) {
        this.importer = importer;
        this.catalog = catalog;
        this.territories = territories;
    }

    @Test
    void dryRunOfA200MegabyteFile() throws IOException {
        List<IndicatorKey> keys = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            IndicatorKey key = IndicatorTestData.uniqueKey("memory-benchmark-indikator-mit-langem-namen");
            catalog.create(IndicatorTestData.anIndicator(key).build());
            keys.add(key);
        }
        List<Territory> gemeinden = territories.allOfLevel(TerritoryLevel.MUNICIPALITY);
        Path file = Files.createTempFile("lotse-import-benchmark-", ".csv");
        long seed = 42;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("territory;indicator;period;value;status\n");
            for (IndicatorKey key : keys) {
                for (int year = 2005; year < 2005 + YEARS; year++) {
                    for (Territory t : gemeinden) {
                        seed = seed * 6364136223846793005L + 1442695040888963407L;
                        out.write(t.ags() == null ? t.key() : t.ags().value());
                        out.write(';');
                        out.write(key.value());
                        out.write(';');
                        out.write(Integer.toString(year));
                        out.write("-12-31;");
                        out.write(Long.toString((seed >>> 33) % 100_000));
                        out.write(";\n");
                    }
                }
            }
        }
        long bytes = Files.size(file);
        long rows = (long) INDICATORS * YEARS * gemeinden.size();
        MemoryPoolMXBean oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .findFirst()
                .orElseThrow();
        System.gc();
        long before = oldGen.getCollectionUsage().getUsed();
        long[] peakLive = {before};
        long[] peakUsed = {0};
        long started = System.nanoTime();
        StatisticsImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = importer.importFile("benchmark.csv", in, ImportRequest.dryRunOnly(), (read, done) -> {
                peakLive[0] = Math.max(peakLive[0], oldGen.getCollectionUsage().getUsed());
                Runtime r = Runtime.getRuntime();
                peakUsed[0] = Math.max(peakUsed[0], r.totalMemory() - r.freeMemory());
                if (read % 500_000 == 0) {
                    System.out.printf(
                            "  %,d rows, %d %% of the file, live old generation %,d MB%n",
                            read,
                            done * 100 / bytes,
                            oldGen.getCollectionUsage().getUsed() >> 20);
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Statistics import, dry run of %,d bytes (%,d rows): %.0f s, %,.0f rows/s;"
                        + " live heap after GC before %,d MB, peak %,d MB; peak heap in use %,d MB; max heap %,d MB%n",
                bytes,
                rows,
                seconds,
                rows / seconds,
                before >> 20,
                peakLive[0] >> 20,
                peakUsed[0] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        assertThat(report.rowsRead()).isEqualTo(rows);
        assertThat(report.errors()).isEmpty();
    }
}
