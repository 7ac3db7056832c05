package de.lotse.territory;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled real territories on the first start with an empty database, before the web server accepts
 * requests: the register GV100AD 30.11.2025 (all of Germany, population 31.12.2024), VG250 boundaries of all Länder and
 * Kreise, boundaries of the Gemeindeverbände and Gemeinden of Landkreis Peine and Landkreis Lüchow-Dannenberg, and
 * their population history 2021–2023 plus the Zensus 15.05.2022. A second start finds the marker and loads nothing.
 */
@Component
class BundledTerritoryData implements SmartInitializingSingleton {

    static final String DATASET = "territory-gv100ad-2025-vg250-2023";
    private static final String BASE = "bundled/territory/";
    private static final Logger log = LoggerFactory.getLogger(BundledTerritoryData.class);

    private final TerritoryImporter importer;
    private final TerritoryWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TerritoryProperties properties;
    private final JsonMapper json;

    BundledTerritoryData(
            TerritoryImporter importer,
            TerritoryWriter writer,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            TerritoryProperties properties,
            JsonMapper json) {
        this.json = json;
        this.importer = importer;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.loadBundledData()) {
            return;
        }
        loadOnce();
        boolean homeCountyKnown = jdbc.sql("SELECT count(*) FROM territory WHERE level = 'COUNTY' AND ars = ?")
                        .param(Ars.fromNativeKey(properties.homeCounty()).value())
                        .query(Long.class)
                        .single()
                > 0;
        if (!homeCountyKnown) {
            log.warn(
                    "The home county {} (LOTSE_HOME_COUNTY) is not a Kreis in Lotse; the start page cannot show it."
                            + " Use the 5-digit key of a Kreis, e.g. 03157 (Peine) or 03354 (Lüchow-Dannenberg).",
                    properties.homeCounty());
        }
    }

    private void loadOnce() {
        boolean loaded = jdbc.sql("SELECT count(*) FROM bundled_dataset WHERE name = ?")
                        .param(DATASET)
                        .query(Long.class)
                        .single()
                > 0;
        if (loaded) {
            log.info("Bundled territories already loaded; nothing to do");
            return;
        }
        long started = System.nanoTime();
        // boundaries are read and simplified on a second thread while the register is imported
        CompletableFuture<List<BoundaryImport.Prepared>> boundaries = CompletableFuture.supplyAsync(
                () -> BOUNDARIES.entrySet().stream()
                        .map(e -> new BoundaryImport(json, e.getKey(), e.getValue()).prepare(read(e.getKey())))
                        .toList(),
                runnable -> Thread.ofPlatform().name("lotse-bundled-boundaries").start(runnable));
        check(
                "GV100AD_30112025.txt",
                importer.importFile(
                        "GV100AD_30112025.txt",
                        read("GV100AD_30112025.txt"),
                        new ImportOptions(false, null, null, "Zensus 2022")));
        for (BoundaryImport.Prepared prepared : boundaries.join()) {
            check(
                    prepared.fileName(),
                    importer.importBoundaries(prepared, new ImportOptions(false, prepared.level(), null, null)));
        }
        transactions.executeWithoutResult(status -> {
            loadPopulationHistory();
            jdbc.sql("INSERT INTO bundled_dataset (name) VALUES (?)")
                    .param(DATASET)
                    .update();
        });
        log.info("Bundled territories loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static final Map<String, TerritoryLevel> BOUNDARIES = new java.util.LinkedHashMap<>();

    static {
        BOUNDARIES.put("vg250_2023-12-31_bundeslaender_sim200_opendatalab.geojson", TerritoryLevel.STATE);
        BOUNDARIES.put("vg250_2023-12-31_landkreise_sim200_opendatalab.geojson", TerritoryLevel.COUNTY);
        BOUNDARIES.put(
                "peine_luechow-dannenberg_gemeindeverbaende_DERIVED_dissolved.geojson", TerritoryLevel.ASSOCIATION);
        BOUNDARIES.put("peine_luechow-dannenberg_gemeinden_vg250ew.geojson", TerritoryLevel.MUNICIPALITY);
    }

    private static void check(String file, TerritoryImportReport report) {
        if (report.hasErrors()) {
            throw new IllegalStateException("The bundled file " + file + " could not be imported: " + report.errors());
        }
    }

    /** Columns of the population history table and what each stands for. */
    private record HistoryColumn(String column, LocalDate date, String source, String basis) {}

    private static final List<HistoryColumn> HISTORY = List.of(
            new HistoryColumn(
                    "bevoelkerung_GV100AD_31122021",
                    LocalDate.of(2021, 12, 31),
                    "Destatis, Gemeindeverzeichnis GV100AD (Bevölkerung 31.12.2021)",
                    "Zensus 2011"),
            new HistoryColumn(
                    "bevoelkerung_GV100AD_31122022",
                    LocalDate.of(2022, 12, 31),
                    "Destatis, Gemeindeverzeichnis GV100AD, Gebietsstand 31.12.2022",
                    "Zensus 2011"),
            new HistoryColumn(
                    "bevoelkerung_31122023_gvisys",
                    LocalDate.of(2023, 12, 31),
                    "Destatis, Gemeindeverzeichnis GV-ISys Jahresausgabe 31.12.2023",
                    "Zensus 2011"),
            new HistoryColumn(
                    "bevoelkerung_zensus2022_15052022",
                    LocalDate.of(2022, 5, 15),
                    "Statistische Ämter des Bundes und der Länder, Zensus 2022, Tabelle 1000A-0000",
                    "Zensus 2022"));

    /**
     * Reads the population history of the Gemeinden of both counties and adds the sums for their Gemeindeverbände and
     * Kreise (the table lists every Gemeinde of both counties, so the sums are complete). Unincorporated uninhabited
     * areas have no figure in some sources; their population is 0 by definition.
     */
    private void loadPopulationHistory() {
        Map<String, Long> idsByRef = new HashMap<>();
        writer.loadOfficialUnits().values().forEach(r -> idsByRef.put(r.level() + ":" + r.key(), r.id()));
        List<TerritoryWriter.PopulationRow> rows = new ArrayList<>();
        Map<String, Long> sums = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .fieldSeparator(';')
                .ofNamedCsvRecord(
                        new String(read("peine_luechow-dannenberg_gemeinden_DERIVED.csv"), StandardCharsets.UTF_8))) {
            for (NamedCsvRecord record : csv) {
                Ars ars = new Ars(record.getField("ars"));
                boolean uninhabited = "66".equals(record.getField("textkennzeichen"));
                for (HistoryColumn column : HISTORY) {
                    String raw = record.getField(column.column()).strip();
                    if (raw.isEmpty() && !uninhabited) {
                        throw new IllegalStateException("Missing " + column.column() + " for " + ars);
                    }
                    long value = raw.isEmpty() ? 0 : Long.parseLong(raw);
                    Long id = idsByRef.get("MUNICIPALITY:" + ars.value());
                    if (id == null) {
                        throw new IllegalStateException("The bundled register lacks the Gemeinde " + ars);
                    }
                    rows.add(new TerritoryWriter.PopulationRow(
                            id, column.date(), value, null, column.source(), column.basis()));
                    sums.merge("ASSOCIATION:" + ars.association() + "|" + column.column(), value, Long::sum);
                    sums.merge("COUNTY:" + ars.county() + "|" + column.column(), value, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, Long> sum : sums.entrySet()) {
            String[] parts = sum.getKey().split("\\|");
            HistoryColumn column = HISTORY.stream()
                    .filter(c -> c.column().equals(parts[1]))
                    .findFirst()
                    .orElseThrow();
            rows.add(new TerritoryWriter.PopulationRow(
                    idsByRef.get(parts[0]),
                    column.date(),
                    sum.getValue(),
                    null,
                    column.source() + " (Summe der Gemeinden)",
                    column.basis()));
        }
        writer.upsertPopulation(rows);
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource(BASE + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled file " + file + " is missing", e);
        }
    }
}
