package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.indicator.StatisticsImportReport.Problem;
import de.lotse.indicator.StatisticsImportReport.ProblemCount;
import de.lotse.territory.Territories;
import de.lotse.territory.TerritoryLevel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input for the statistics import, each case made from a real file (see {@code
 * src/test/resources/indicator/README.md}): every error is reported with its line and field, and nothing of a file
 * with errors is written — unless the valid rows are asked for after the dry run, and then exactly those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImportBadInputIntegrationTests {

    /** Population of the Kreise of Niedersachsen on 31.12.2024, from the flat file 12411-01-01-4. */
    static final String NIEDERSACHSEN = "long/12411-01-01-4_niedersachsen_long.csv";

    static final String WITH_DISSOLVED = "long/12411-01-01-4_niedersachsen_with-dissolved_long.csv";
    static final String ISO_TABLE = "cut/21111-02-06-4_iso-8859-1_03157_03354.csv";
    static final String CUT_TABLE = "cut/12411-02-03-4_cut-mid-row.csv";

    private static final Period END_2024 = Period.parse("2024-12-31");

    private final StatisticsImporter importer;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    StatisticsImportBadInputIntegrationTests(
            StatisticsImporter importer,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            JdbcClient jdbc) {
        this.importer = importer;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    @Test
    void theRealLongFormatFileImportsCompletely() {
        IndicatorKey key = newIndicator();
        List<String> lines = lines(NIEDERSACHSEN, key);

        StatisticsImportReport report = importer.importFile("niedersachsen.csv", utf8(lines), commit(false));

        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(lines.size() - 1);
        assertThat(stored(key)).isEqualTo(lines.size() - 1);
        assertThat(values.find(key, id("03157"), END_2024).orElseThrow().value())
                .isEqualByComparingTo("137045");
    }

    @Test
    void unknownTerritoryKeysAreReportedWithLineAndFieldAndNothingIsWritten() {
        IndicatorKey key = newIndicator();
        List<String> lines = lines(WITH_DISSOLVED, key); // 03152 and 03156, dissolved Kreise with "-"

        StatisticsImportReport report = importer.importFile("aufgeloest.csv", utf8(lines), commit(false));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::field, Problem::code, p -> p.args()
                        .getFirst())
                .containsExactly(
                        tuple(lineOf(lines, "03152;"), "territory", "territory.unknown", "03152"),
                        tuple(lineOf(lines, "03156;"), "territory", "territory.unknown", "03156"));
        assertThat(report.errors().getFirst().message()).contains("03152");
        assertThat(report.committed()).isFalse();
        assertThat(stored(key)).isZero();
    }

    @Test
    void duplicateRowsAreReportedWithBothLinesAndNothingIsWritten() {
        IndicatorKey key = newIndicator();
        List<String> lines = new ArrayList<>(lines(NIEDERSACHSEN, key));
        int peine = lineOf(lines, "03157;");
        lines.add(lines.get(peine - 1).replace("2024-12-31", "31.12.2024")); // the same cell, another spelling

        StatisticsImportReport report = importer.importFile("doppelt.csv", utf8(lines), commit(false));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::code, p -> p.args().getLast())
                .containsExactly(tuple(lines.size(), "row.duplicate", String.valueOf(peine)));
        assertThat(report.committed()).isFalse();
        assertThat(stored(key)).isZero();
    }

    @Test
    void textInTheNumberColumnIsReportedWithLineAndFieldAndNothingIsWritten() {
        IndicatorKey key = newIndicator();
        List<String> lines = new ArrayList<>(lines(NIEDERSACHSEN, key));
        int peine = lineOf(lines, "03157;");
        lines.set(peine - 1, lines.get(peine - 1).replace(";137045;", ";137.O45;"));
        int luechow = lineOf(lines, "03354;");
        lines.set(luechow - 1, lines.get(luechow - 1).replace(";46502;", ";ca. 46500;"));

        StatisticsImportReport report = importer.importFile("text.csv", utf8(lines), commit(false));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::field, Problem::code, p -> p.args()
                        .getFirst())
                .containsExactly(
                        tuple(peine, "value", "value.invalid", "137.O45"),
                        tuple(luechow, "value", "value.invalid", "ca. 46500"));
        assertThat(report.committed()).isFalse();
        assertThat(stored(key)).isZero();
    }

    @Test
    void periodsThatDoNotParseAreReportedWithLineAndFieldAndNothingIsWritten() {
        IndicatorKey key = newIndicator();
        List<String> lines = new ArrayList<>(lines(NIEDERSACHSEN, key));
        int peine = lineOf(lines, "03157;");
        lines.set(peine - 1, lines.get(peine - 1).replace("2024-12-31", "31.12.24"));
        int luechow = lineOf(lines, "03354;");
        lines.set(luechow - 1, lines.get(luechow - 1).replace("2024-12-31", "2024-13-31"));

        StatisticsImportReport report = importer.importFile("zeitraum.csv", utf8(lines), commit(false));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::field, Problem::code, p -> p.args()
                        .getFirst())
                .containsExactly(
                        tuple(peine, "period", "period.invalid", "31.12.24"),
                        tuple(luechow, "period", "period.invalid", "2024-13-31"));
        assertThat(report.errors().getFirst().message()).contains("31.12.24").contains("2024/25");
        assertThat(stored(key)).isZero();
    }

    @Test
    void afterADryRunTheValidRowsAndExactlyThoseAreImportedWhenAskedFor() {
        IndicatorKey key = newIndicator();
        List<String> lines = new ArrayList<>(lines(WITH_DISSOLVED, key)); // 2 unknown territories
        int peine = lineOf(lines, "03157;");
        lines.set(peine - 1, lines.get(peine - 1).replace(";137045;", ";137.O45;")); // text
        int luechow = lineOf(lines, "03354;");
        lines.set(luechow - 1, lines.get(luechow - 1).replace("2024-12-31", "2024-13-31")); // period
        lines.add(lines.get(lineOf(lines, "03101;") - 1)); // duplicate of Braunschweig
        int valid = lines.size() - 1 - 5;

        StatisticsImportReport dryRun = importer.importFile("gemischt.csv", utf8(lines), ImportRequest.dryRunOnly());
        assertThat(dryRun.errors())
                .extracting(Problem::code)
                .containsExactlyInAnyOrder(
                        "territory.unknown", "territory.unknown", "value.invalid", "period.invalid", "row.duplicate");
        assertThat(dryRun.created()).isEqualTo(valid);
        assertThat(stored(key)).isZero();

        StatisticsImportReport refused = importer.importFile("gemischt.csv", utf8(lines), commit(false));
        assertThat(refused.committed()).isFalse();
        assertThat(stored(key)).isZero();

        StatisticsImportReport report = importer.importFile("gemischt.csv", utf8(lines), commit(true));
        assertThat(report.committed()).isTrue();
        assertThat(report.created()).isEqualTo(valid);
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(stored(key)).isEqualTo(valid);
        assertThat(values.find(key, id("03157"), END_2024)).isEmpty();
        assertThat(values.find(key, id("03354"), END_2024)).isEmpty();
        assertThat(values.find(key, id("03101"), END_2024).orElseThrow().value())
                .isEqualByComparingTo("252962");
        assertThat(values.find(key, id("03101"), END_2024)
                        .orElseThrow()
                        .provenance()
                        .sourceLine())
                .as("the first of the two Braunschweig rows")
                .isEqualTo(lineOf(lines, "03101;"));
    }

    @Test
    void aTableInIso88591IsDecodedWithItsUmlautsAndItsSymbolsAreStoredAsStatus() throws Exception {
        byte[] bytes = SharedData.resourceBytes(ISO_TABLE);
        try (ClassicTableReader reader = ClassicTableReader.open(new ByteArrayInputStream(bytes))) {
            List<Observation> all = reader.stream().toList();
            assertThat(reader.problems()).isEmpty();
            assertThat(reader.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
            assertThat(all).extracting(Observation::territoryName).contains("Lüchow-Dannenberg, Landkreis");
        }
        IndicatorKey partOf = newIndicator();
        IndicatorKey withFhr = newIndicator();
        // another test in this context (the bundled catalogue) may have saved a mapping for this table already
        jdbc.sql("DELETE FROM indicator_import_mapping WHERE table_code = '21111-02-06-4'")
                .update();
        StatisticsImportReport columns = importer.importFile("21111-02-06-4.csv", resource(ISO_TABLE), commit(false));
        assertThat(columns.mappingRequired()).isTrue();
        ColumnMapping mapping = new ColumnMapping(List.of(
                new ColumnMapping.Column(null, column(columns, "dar. schulischer Teil der Fachhochschulreife"), partOf),
                new ColumnMapping.Column(null, column(columns, "mit Fachhochschulreife"), withFhr)));

        StatisticsImportReport report =
                importer.importFile("21111-02-06-4.csv", resource(ISO_TABLE), new ImportRequest(false, false, mapping));

        assertThat(report.errors()).isEmpty();
        assertThat(report.committed()).isTrue();
        // Peine (lines 39 and 1091 of the original file): 2015 "23" and ".", 2013 "-" and "44"
        assertThat(values.find(partOf, id("03157"), Period.parse("2015"))
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("23");
        assertThat(values.find(withFhr, id("03157"), Period.parse("2015")).orElseThrow())
                .satisfies(v -> assertThat(v.value()).isNull())
                .satisfies(v -> assertThat(v.status()).isEqualTo(StatusSymbol.UNKNOWN_OR_SECRET));
        assertThat(values.find(partOf, id("03157"), Period.parse("2013")).orElseThrow())
                .satisfies(v -> assertThat(v.value()).isNull())
                .satisfies(v -> assertThat(v.status()).isEqualTo(StatusSymbol.NOTHING));
        assertThat(values.find(withFhr, id("03157"), Period.parse("2013"))
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("44");
    }

    private static List<String> column(StatisticsImportReport report, String label) {
        return report.columns().stream()
                .map(StatisticsImportReport.FileColumn::path)
                .filter(p -> p.contains(label) && p.getLast().equals("Insgesamt"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no column " + label + " in " + report.columns()));
    }

    @Test
    void symbolsInTheLongFormatAreStoredAsStatus() {
        IndicatorKey key = newIndicator();
        // "/" for Lüchow-Dannenberg as in 12111-07-01-4 (line 62), "x" as in 13211-01-03-5 (line 56), "." and "-"
        // for Peine as in 21111-02-06-4 (lines 39 and 1091); "..." occurs in none of the real files
        String file = "territory;indicator;period;value;status\n"
                + "03354;" + key + ";2016;/;\n"
                + "03354501;" + key + ";2016;;x\n"
                + "03157;" + key + ";2015;.;\n"
                + "03157;" + key + ";2025;;...\n"
                + "03157;" + key + ";2024-12-31;137045;p\n"
                + "03157;" + key + ";2013;-;\n";

        StatisticsImportReport report = importer.importFile("zeichen.csv", utf8(List.of(file)), commit(true));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::field, Problem::code)
                .containsExactly(tuple(6, "status", "status.invalid"));
        assertThat(values.find(key, id("03354"), Period.parse("2016"))
                        .orElseThrow()
                        .status())
                .isEqualTo(StatusSymbol.TOO_UNCERTAIN);
        assertThat(values.find(key, id("03354501"), Period.parse("2016"))
                        .orElseThrow()
                        .status())
                .isEqualTo(StatusSymbol.NOT_MEANINGFUL);
        assertThat(values.find(key, id("03157"), Period.parse("2025"))
                        .orElseThrow()
                        .status())
                .isEqualTo(StatusSymbol.NOT_YET_AVAILABLE);
    }

    @Test
    void aTableCutOffInTheMiddleOfARowWritesNothingEvenWhenValidRowsAreWanted() {
        IndicatorKey key = newIndicator();
        ColumnMapping underThree =
                new ColumnMapping(List.of(new ColumnMapping.Column(null, List.of("unter 3 Jahre", "Insgesamt"), key)));

        StatisticsImportReport report = importer.importFile(
                "12411-02-03-4.csv", resource(CUT_TABLE), new ImportRequest(false, true, underThree));

        assertThat(report.errors()).extracting(Problem::code).contains("file.truncated");
        assertThat(report.errors())
                .filteredOn(p -> p.code().equals("file.truncated"))
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(98));
        assertThat(report.committed()).isFalse();
        assertThat(stored(key)).isZero();
    }

    @Test
    void aFileFullOfErrorsListsTheFirstOfEachKindAndCountsTheRest() {
        IndicatorKey key = newIndicator();
        List<String> real = lines(NIEDERSACHSEN, key);
        List<String> lines = new ArrayList<>(real);
        // 300 rows of each real Kreis with a key of Bremen's Gemeinden that does not exist, and text as value
        for (int i = 0; i < 300; i++) {
            lines.add(String.format("049%05d;%s;2024-12-31;1;", i, key));
            lines.add(real.get(1 + i % (real.size() - 1))
                    .replace("2024-12-31;", "2023-12-31;")
                    .replaceFirst(";[0-9]+;$", ";n.v.;"));
        }

        StatisticsImportReport report =
                importer.importFile("viele-fehler.csv", utf8(lines), ImportRequest.dryRunOnly());

        assertThat(report.errorCounts())
                .extracting(ProblemCount::code, ProblemCount::count, ProblemCount::listed)
                .containsExactlyInAnyOrder(
                        tuple("territory.unknown", 300, ReadProblems.MAX_KEPT),
                        tuple("value.invalid", 300, ReadProblems.MAX_KEPT));
        assertThat(report.errors()).hasSize(2 * ReadProblems.MAX_KEPT);
        assertThat(report.errorTotal()).isEqualTo(600);
        assertThat(report.rejected()).isEqualTo(600);
        assertThat(report.unlisted()).allSatisfy(c -> {
            assertThat(c.more()).isEqualTo(200);
            assertThat(c.message()).isNotBlank().isNotEqualTo(c.code());
        });
        assertThat(report.created()).isEqualTo(real.size() - 1);
    }

    private IndicatorKey newIndicator() {
        IndicatorKey key = uniqueKey("bad-input");
        catalog.create(IndicatorTestData.anIndicator(key)
                .levels(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY)
                .build());
        return key;
    }

    /** The lines of a long-format test file with the indicator filled in. */
    static List<String> lines(String resource, IndicatorKey key) {
        return new String(SharedData.resourceBytes(resource), StandardCharsets.UTF_8)
                .replace("@indicator@", key.value())
                .lines()
                .toList();
    }

    private static int lineOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("No line starts with " + prefix);
    }

    private int stored(IndicatorKey key) {
        return jdbc.sql("SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id"
                        + " WHERE i.key = ?")
                .param(key.value())
                .query(Integer.class)
                .single();
    }

    private long id(String key) {
        return territories.find(key).orElseThrow().id();
    }

    private static ImportRequest commit(boolean validRows) {
        return new ImportRequest(false, validRows, null);
    }

    private static ByteArrayInputStream utf8(List<String> lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static java.io.InputStream resource(String name) {
        return SharedData.resource(name);
    }
}
