package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.indicator.StatisticsImportReport.Problem;
import de.lotse.territory.Territories;
import de.lotse.territory.TerritoryLevel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports of real statistics files. Figures used in hand-written long-format files: population on 31.12.2024 of the
 * Landkreis Peine 137 045 and of the Landkreis Lüchow-Dannenberg 46 502 (sums of their Gemeinden in
 * {@code ../shared/data/gemeinden/GV100AD_30112025.txt}, the same as in the flat file 12411-01-01-4, line 564), and of
 * the Stadt Peine 50 987 (GV100AD_30112025, record 60 of AGS 03157006).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImporterIntegrationTests {

    static final String FLAT_FILE = "ffcsv/12411-01-01-4_1773175772751_de_flat.csv";
    static final String AGE_GROUPS_KREISE = "regionalstatistik/12411-02-03-4_00_03157_03354.csv";
    static final String AGE_GROUPS_GEMEINDEN = "regionalstatistik/12411-02-03-5_00_03157_03354.csv";
    private static final Period END_2024 = Period.parse("2024-12-31");
    private static final Period END_2015 = Period.parse("2015-12-31");

    private final StatisticsImporter importer;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    StatisticsImporterIntegrationTests(
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
    void importsTheLongFormatWithCommasAndWithSemicolonsAndByteOrderMark() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String commas = "territory,indicator,period,value\n03157," + key + ",31.12.2024,137045\n03354," + key
                + ",2024-12-31,46502\n";

        String fileName = "bevoelkerung-" + key + ".csv";
        StatisticsImportReport report = importer.importFile(fileName, utf8(commas), commit());

        assertThat(report.errors()).isEmpty();
        assertThat(report.format()).isEqualTo("LONG_FORMAT");
        assertThat(report.committed()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        assertThat(stored(key, "03157", END_2024)).isEqualTo("137045");
        assertThat(stored(key, "03354", END_2024)).isEqualTo("46502");
        assertThat(values.find(key, county("03157"), END_2024).orElseThrow().provenance())
                .isEqualTo(new Provenance(null, fileName, 2));
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE action = 'STATISTICS_IMPORTED' AND entity_key = ?")
                        .param(fileName)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("2 neu");

        String semicolons = "\uFEFFIndicator;Territory;Period;Value;Status\r\n" + key
                + ";03157006;2024-12-31;50987;\r\n" + key + ";03157;2024-12-31;137045;\r\n";
        StatisticsImportReport second = importer.importFile("bevoelkerung-gemeinden.csv", utf8(semicolons), commit());

        assertThat(second.errors()).isEmpty();
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(values.find(key, territories.find("03157006").orElseThrow().id(), END_2024))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("50987"));
    }

    @Test
    void dryRunReportsCreatedChangedAndUnchangedAndWritesNothing() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        importer.importFile(
                "first.csv",
                utf8("territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03354;" + key
                        + ";2024-12-31;46000\n"),
                commit());

        StatisticsImportReport dryRun = importer.importFile(
                "second.csv",
                utf8("territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03354;" + key
                        + ";2024-12-31;46502\n03157006;" + key + ";2024-12-31;50987\n"),
                ImportRequest.dryRunOnly());

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.committed()).isFalse();
        assertThat(List.of(dryRun.created(), dryRun.changed(), dryRun.unchanged(), dryRun.rejected()))
                .containsExactly(1, 1, 1, 0);
        assertThat(stored(key, "03354", END_2024)).isEqualTo("46000");
        assertThat(values.find(key, territories.find("03157006").orElseThrow().id(), END_2024))
                .isEmpty();
        assertThat(values.revisions(key, county("03354"), END_2024)).isEmpty();
    }

    @Test
    void importsTheFlatFileOfAllKreiseWithAMappingOfTheColumnCodes() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        ColumnMapping mapping =
                new ColumnMapping(List.of(new ColumnMapping.Column(List.of("GES=", "BEVSTD"), null, key)));

        StatisticsImportReport report = importer.importFile(
                "12411-01-01-4_1773175772751_de_flat.csv",
                SharedData.resource(FLAT_FILE),
                new ImportRequest(false, false, mapping));

        assertThat(report.errors()).isEmpty();
        assertThat(report.format()).isEqualTo("FLAT_FILE");
        assertThat(report.tableCode()).isEqualTo("12411-01-01-4");
        assertThat(report.mappingSource()).isEqualTo("REQUEST");
        assertThat(report.committed()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(1467);
        assertThat(report.created()).isGreaterThan(390);
        assertThat(stored(key, "03157", END_2024)).isEqualTo("137045");
        assertThat(stored(key, "03354", END_2024)).isEqualTo("46502");
        // the table keeps Kreise dissolved by reforms with "-", e.g. the old Landkreis Göttingen (merged 2016)
        assertThat(report.warnings())
                .filteredOn(w -> w.code().equals("territory.dissolved"))
                .extracting(Problem::line, w -> w.args().getFirst())
                .contains(tuple(140, "03152"));
        assertThat(report.warnings())
                .filteredOn(w -> w.code().equals("territory.berlinDistrict"))
                .hasSize(12);
        assertThat(report.warnings()).allSatisfy(w -> assertThat(w.message()).isNotBlank());
    }

    @Test
    void importsAClassicTableWithAMappingAndReusesTheSavedMappingForTheNextFile() {
        IndicatorKey underThree = anIndicatorInTheCatalogue();
        ColumnMapping mapping = new ColumnMapping(
                List.of(new ColumnMapping.Column(null, List.of("unter 3 Jahre", "Insgesamt"), underThree)));

        StatisticsImportReport first = importer.importFile(
                "12411-02-03-4.csv", SharedData.resource(AGE_GROUPS_KREISE), new ImportRequest(false, false, mapping));

        assertThat(first.errors()).isEmpty();
        assertThat(first.format()).isEqualTo("CLASSIC_TABLE");
        assertThat(first.tableCode()).isEqualTo("12411-02-03-4");
        assertThat(first.committed()).isTrue();
        assertThat(first.created()).isEqualTo(2);
        assertThat(stored(underThree, "03157", END_2015)).isEqualTo("3430");
        assertThat(jdbc.sql("SELECT mapping::text FROM indicator_import_mapping WHERE table_code = '12411-02-03-4'")
                        .query(String.class)
                        .single())
                .contains(underThree.value(), "unter 3 Jahre");

        StatisticsImportReport next = importer.importFile(
                "12411-02-03-4-next-year.csv",
                SharedData.resource(AGE_GROUPS_KREISE),
                new ImportRequest(true, false, null));

        assertThat(next.errors()).isEmpty();
        assertThat(next.mappingSource()).isEqualTo("SAVED");
        assertThat(List.of(next.created(), next.unchanged())).containsExactly(0, 2);
    }

    @Test
    void listsTheColumnsOfATableWithoutMappingAndWritesNothing() {
        StatisticsImportReport report = importer.importFile(
                "21111-01-03-4.csv",
                SharedData.resource("regionalstatistik/21111-01-03-4_00_03157_03354.csv"),
                new ImportRequest(false, false, null));

        assertThat(report.committed()).isFalse();
        assertThat(report.mappingRequired()).isTrue();
        assertThat(report.errors()).extracting(Problem::code).containsExactly("mapping.missing");
        assertThat(report.errors().getFirst().message()).contains("21111-01-03-4");
        assertThat(report.columns()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path()).isNotEmpty();
            assertThat(c.firstLine()).isPositive();
        });
    }

    @Test
    void warnsAboutDissolvedGemeindenWhoseValuesAreAllNothing() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        ColumnMapping mapping = new ColumnMapping(List.of(new ColumnMapping.Column(
                null, List.of("Insgesamt", "Altersgruppen (unter 3 bis 75 u.m.)", "unter 3 Jahre"), key)));

        StatisticsImportReport report = importer.importFile(
                "12411-02-03-5.csv",
                SharedData.resource(AGE_GROUPS_GEMEINDEN),
                new ImportRequest(false, false, mapping));

        assertThat(report.errors()).isEmpty();
        assertThat(report.committed()).isTrue();
        // Ilsede and Lahstedt were merged on 01.01.2015; the table of 31.12.2015 still lists them with "-"
        assertThat(report.warnings())
                .filteredOn(w -> w.code().equals("territory.dissolved"))
                .extracting(Problem::line, w -> w.args().getFirst())
                .containsExactly(tuple(17, "03157003"), tuple(18, "03157004"));
        assertThat(values.find(key, territories.find("03157006").orElseThrow().id(), END_2015))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("1377"));
    }

    @Test
    void reportsEveryBadRowWithItsLineAndWritesNothing() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        StatisticsImportReport report =
                importer.importFile("bad.csv", utf8(badFile(key)), new ImportRequest(false, false, null));

        assertThat(report.committed()).isFalse();
        assertThat(report.errors())
                .extracting(Problem::line, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple(3, "value.invalid"),
                        tuple(4, "territory.unknown"),
                        tuple(5, "row.duplicate"),
                        tuple(6, "period.invalid"),
                        tuple(7, "indicator.unknown"));
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        assertThat(report.errors())
                .filteredOn(e -> e.code().equals("row.duplicate"))
                .singleElement()
                .satisfies(e -> assertThat(e.args()).last().isEqualTo("2"));
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.created()).isEqualTo(2);
        assertThat(values.find(key, county("03157"), END_2024)).isEmpty();
    }

    @Test
    void importsOnlyTheValidRowsWhenAskedTo() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        StatisticsImportReport report =
                importer.importFile("bad.csv", utf8(badFile(key)), new ImportRequest(false, true, null));

        assertThat(report.committed()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(stored(key, "03157", END_2024)).isEqualTo("137045");
        assertThat(stored(key, "03354", END_2024)).isEqualTo("46502");
    }

    @Test
    void rejectsALongFormatFileThatIsNotUtf8WithTheLine() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        byte[] latin1 = ("territory;indicator;period;value;status\n03157;" + key + ";2024-12-31;137045;\n03354;" + key
                        + ";2024-12-31;46502;\u00e4\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        StatisticsImportReport report = importer.importFile(
                "latin1.csv", new ByteArrayInputStream(latin1), new ImportRequest(false, true, null));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::code)
                .containsExactly(tuple(3, "encoding.invalid"));
        assertThat(report.committed()).isFalse();
        assertThat(values.find(key, county("03157"), END_2024)).isEmpty();
    }

    @Test
    void rejectsATableThatMixesEncodingsWithTheLine() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String table = new String(SharedData.resourceBytes(AGE_GROUPS_KREISE), StandardCharsets.UTF_8);
        String[] lines = table.split("\n", -1);
        int luechow = indexOf(lines, "31.12.2015;03354;");
        byte[] mixed = concat(
                String.join("\n", Arrays.copyOfRange(lines, 0, luechow)).getBytes(StandardCharsets.UTF_8),
                ("\n" + String.join("\n", Arrays.copyOfRange(lines, luechow, lines.length)))
                        .getBytes(StandardCharsets.ISO_8859_1));

        StatisticsImportReport report = importer.importFile(
                "mixed.csv", new ByteArrayInputStream(mixed), new ImportRequest(false, true, underThreeMapping(key)));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::code)
                .containsExactly(tuple(luechow + 1, "encoding.mixed"));
        assertThat(report.committed()).isFalse();
        assertThat(values.find(key, county("03157"), END_2015)).isEmpty();
    }

    @Test
    void rejectsATruncatedFlatFileAsAWholeEvenWhenValidRowsAreWanted() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        byte[] whole = SharedData.resourceBytes(FLAT_FILE);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        StatisticsImportReport report = importer.importFile(
                "12411-01-01-4_cut.csv",
                new ByteArrayInputStream(cut),
                new ImportRequest(
                        false,
                        true,
                        new ColumnMapping(List.of(new ColumnMapping.Column(List.of("GES=", "BEVSTD"), null, key)))));

        assertThat(report.errors()).extracting(Problem::code).contains("file.truncated");
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.line()).isPositive());
        assertThat(report.committed()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id"
                                + " WHERE i.key = ?")
                        .param(key.value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void rejectsTextInANumberColumnOfARealTable() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String table = new String(SharedData.resourceBytes(AGE_GROUPS_KREISE), StandardCharsets.UTF_8);
        int line = indexOf(table.split("\n", -1), "31.12.2015;03157;") + 1;
        String broken =
                table.replaceFirst("Peine, Landkreis;unter 3 Jahre;3430;", "Peine, Landkreis;unter 3 Jahre;3.43O;");

        StatisticsImportReport report = importer.importFile(
                "12411-02-03-4.csv", utf8(broken), new ImportRequest(true, false, underThreeMapping(key)));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::code, p -> p.args().getFirst())
                .containsExactly(tuple(line, "value.invalid", "3.43O"));
    }

    private static String badFile(IndicatorKey key) {
        return "territory,indicator,period,value\n" // line 1
                + "03157," + key + ",2024-12-31,137045\n" // 2: valid
                + "03354," + key + ",2024-12-31,46.5O2\n" // 3: text in the number column
                + "03999," + key + ",2024-12-31,1\n" // 4: no such Kreis
                + "03157," + key + ",31.12.2024,137045\n" // 5: the same cell as line 2
                + "03354," + key + ",31.12.24,46502\n" // 6: period does not parse
                + "03354,no-such-indicator-x,2024-12-31,46502\n" // 7: unknown indicator
                + "03354," + key + ",2024-12-31,46502\n"; // 8: valid
    }

    private static ColumnMapping underThreeMapping(IndicatorKey key) {
        return new ColumnMapping(List.of(new ColumnMapping.Column(null, List.of("unter 3 Jahre", "Insgesamt"), key)));
    }

    private static int indexOf(String[] lines, String prefix) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("No line starts with " + prefix);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private IndicatorKey anIndicatorInTheCatalogue() {
        IndicatorKey key = uniqueKey("import");
        catalog.create(anIndicator(key)
                .levels(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY)
                .build());
        return key;
    }

    private long county(String key) {
        return territories.find(key).orElseThrow().id();
    }

    private String stored(IndicatorKey key, String territory, Period period) {
        return values.find(key, county(territory), period)
                .orElseThrow()
                .value()
                .stripTrailingZeros()
                .toPlainString();
    }

    private static ImportRequest commit() {
        return new ImportRequest(false, false, null);
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
