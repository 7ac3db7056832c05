package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.StatisticsImportReport.Problem;
import de.lotse.territory.Territories;
import de.lotse.territory.TerritoryLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The long format as an Excel workbook: built here with the fastexcel writer from the rows of the real long-format
 * test files (population of the Kreise of Niedersachsen 31.12.2024 from the flat file 12411-01-01-4; full-day care
 * rates from the Regionalatlas table AI-N-05), once with numeric cells and once with text cells.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class LongFormatXlsxIntegrationTests {

    private static final Period END_2024 = Period.parse("2024-12-31");

    private final StatisticsImporter importer;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final MockMvc mvc;

    @Autowired
    LongFormatXlsxIntegrationTests(
            StatisticsImporter importer,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            JdbcClient jdbc,
            MockMvc mvc) {
        this.importer = importer;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    @Test
    void importsTheRealRowsFromNumericCellsWithTheSameResultAsTheCsv() throws IOException {
        IndicatorKey key = newIndicator();
        List<String> lines = StatisticsImportBadInputIntegrationTests.lines(
                StatisticsImportBadInputIntegrationTests.NIEDERSACHSEN, key);
        byte[] xlsx = workbook(lines, true);

        StatisticsImportReport report = importer.importFile(
                "niedersachsen.xlsx", new ByteArrayInputStream(xlsx), new ImportRequest(false, false, null));

        assertThat(report.errors()).isEmpty();
        assertThat(report.format()).isEqualTo("LONG_FORMAT_XLSX");
        assertThat(report.committed()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(lines.size() - 1);
        assertThat(report.created()).isEqualTo(lines.size() - 1);
        // 03157 written as the number 3157: its leading zero comes back
        assertThat(values.find(key, id("03157"), END_2024).orElseThrow().value())
                .isEqualByComparingTo("137045");
        assertThat(values.find(key, id("03354"), END_2024).orElseThrow().provenance())
                .isEqualTo(new Provenance(null, "niedersachsen.xlsx", rowOf(lines, "03354;")));
    }

    @Test
    void readsNumbersWithADecimalCommaFromTextCellsAndPeriodsFromDateCells() throws IOException {
        IndicatorKey key = newIndicator();
        List<String> care =
                StatisticsImportBadInputIntegrationTests.lines("long/AI-N-05_ganztag-0-2_long.csv", key).stream()
                        .map(l -> l.replace(',', ';').replaceFirst(";(\\d+)\\.(\\d+)$", ";$1,$2"))
                        .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Lotse-Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Daten");
        write(sheet, care, false);
        // one more row: population 31.12.2024 of Peine (flat file 12411-01-01-4, line 564) with a date cell
        int dateRow = care.size();
        sheet.value(dateRow, 0, "03157");
        sheet.value(dateRow, 1, key.value());
        sheet.value(dateRow, 2, LocalDate.of(2024, 12, 31));
        sheet.style(dateRow, 2).format("dd.mm.yyyy").set();
        sheet.value(dateRow, 3, 137045);
        workbook.finish();

        StatisticsImportReport report = importer.importFile(
                "ganztag.xlsx", new ByteArrayInputStream(out.toByteArray()), new ImportRequest(false, false, null));

        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(care.size());
        // Peine 2009: 3,5 % in AI-N-05
        assertThat(values.find(key, id("03157"), Period.parse("2009"))
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo(new BigDecimal("3.5"));
        assertThat(values.find(key, id("03157"), END_2024).orElseThrow().value())
                .isEqualByComparingTo("137045");
    }

    @Test
    void reportsBadCellsWithTheirRowNumberAndFieldAndWritesNothing() throws IOException {
        IndicatorKey key = newIndicator();
        List<String> lines = new java.util.ArrayList<>(StatisticsImportBadInputIntegrationTests.lines(
                StatisticsImportBadInputIntegrationTests.NIEDERSACHSEN, key));
        int peine = rowOf(lines, "03157;");
        lines.set(peine - 1, lines.get(peine - 1).replace(";137045;", ";137.O45;"));
        int luechow = rowOf(lines, "03354;");
        lines.set(luechow - 1, lines.get(luechow - 1).replace("2024-12-31", "2024-13-31"));
        lines.add(lines.get(rowOf(lines, "03101;") - 1));

        StatisticsImportReport report = importer.importFile(
                "fehler.xlsx", new ByteArrayInputStream(workbook(lines, true)), new ImportRequest(false, false, null));

        assertThat(report.errors())
                .extracting(Problem::line, Problem::field, Problem::code)
                .containsExactly(
                        tuple(peine, "value", "value.invalid"),
                        tuple(luechow, "period", "period.invalid"),
                        tuple(lines.size(), null, "row.duplicate"));
        assertThat(report.committed()).isFalse();
        assertThat(stored(key)).isZero();
    }

    @Test
    void aTruncatedWorkbookIsReportedAndNothingIsWritten() throws IOException {
        IndicatorKey key = newIndicator();
        byte[] whole = workbook(
                StatisticsImportBadInputIntegrationTests.lines(
                        StatisticsImportBadInputIntegrationTests.NIEDERSACHSEN, key),
                true);

        StatisticsImportReport report = importer.importFile(
                "abgeschnitten.xlsx",
                new ByteArrayInputStream(Arrays.copyOf(whole, whole.length * 2 / 3)),
                new ImportRequest(false, true, null));

        assertThat(report.errors()).extracting(Problem::code).containsExactly("xlsx.invalid");
        assertThat(report.errors().getFirst().message()).isNotBlank().isNotEqualTo("xlsx.invalid");
        assertThat(report.committed()).isFalse();
        assertThat(stored(key)).isZero();
    }

    @Test
    void theApiTakesAWorkbook() throws Exception {
        IndicatorKey key = newIndicator();
        byte[] xlsx = workbook(
                StatisticsImportBadInputIntegrationTests.lines(
                        StatisticsImportBadInputIntegrationTests.NIEDERSACHSEN, key),
                false);

        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(new MockMultipartFile("file", "niedersachsen.xlsx", "application/octet-stream", xlsx))
                        .param("dryRun", "true")
                        .with(user("planner-xlsx").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("LONG_FORMAT_XLSX"))
                .andExpect(jsonPath("$.created").value(46))
                .andExpect(jsonPath("$.errors").isEmpty());
        assertThat(stored(key)).isZero();
    }

    /** A workbook of the lines of a long-format file; numbers (and keys) as numeric cells or all as text. */
    private static byte[] workbook(List<String> lines, boolean numeric) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Lotse-Test", "1.0");
        write(workbook.newWorksheet("Daten"), lines, numeric);
        workbook.finish();
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, List<String> lines, boolean numeric) {
        for (int r = 0; r < lines.size(); r++) {
            String[] fields = lines.get(r).split(";", -1);
            for (int c = 0; c < fields.length; c++) {
                String f = fields[c];
                if (f.isEmpty()) {
                    continue;
                }
                if (numeric && r > 0 && (c == 0 || c == 3) && f.matches("\\d+")) {
                    sheet.value(r, c, Long.parseLong(f));
                } else {
                    sheet.value(r, c, f);
                }
            }
        }
    }

    private static int rowOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("No line starts with " + prefix);
    }

    private IndicatorKey newIndicator() {
        IndicatorKey key = IndicatorTestData.uniqueKey("xlsx");
        catalog.create(IndicatorTestData.anIndicator(key)
                .levels(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY)
                .build());
        return key;
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
}
