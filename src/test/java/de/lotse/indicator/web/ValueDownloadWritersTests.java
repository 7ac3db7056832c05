package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValueDownloadWritersTests {

    private static final ValueDownload DOWNLOAD = new ValueDownload(
            "test-quote",
            "Testquote",
            "CROSS_SECTION",
            "Gemeinden in Peine, 2015",
            "%",
            1,
            2,
            List.of(
                    new ValueDownload.Label("Lizenz", "dl-de/by-2-0"),
                    new ValueDownload.Label("Quelle", "Test; Quelle")),
            List.of(
                    "Schlüssel",
                    "Gebiet",
                    "Ebene",
                    "Zeitraum",
                    "Wert",
                    "Zeichen",
                    "Hinweis",
                    "Rang",
                    "Abweichung",
                    "Abweichung %",
                    "Quelle",
                    "Lizenz"),
            List.of(
                    new ValueDownload.Row(
                            "031570001001",
                            "Edemissen",
                            "Gemeinde",
                            "2015",
                            new BigDecimal("12.5"),
                            null,
                            "",
                            false,
                            false,
                            1,
                            new BigDecimal("-0.5"),
                            new BigDecimal("-3.85")),
                    new ValueDownload.Row(
                            "031570002002",
                            "Hohenhameln; Ort",
                            "Gemeinde",
                            "2015",
                            null,
                            ".",
                            "geheim gehalten",
                            true,
                            false,
                            null,
                            null,
                            null)),
            "Test; Quelle",
            "dl-de/by-2-0",
            Instant.parse("2026-01-02T10:00:00Z"));

    @Test
    void csvHasBomSemicolonsDecimalCommaAndEmptySuppressedValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValueDownloadWriters.csv(DOWNLOAD, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSchlüssel;Gebiet;");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .isEqualTo("031570001001;Edemissen;Gemeinde;2015;12,5;;;1;-0,5;-3,85;\"Test; Quelle\";dl-de/by-2-0");
        assertThat(lines.get(2))
                .isEqualTo(
                        "031570002002;\"Hohenhameln; Ort\";Gemeinde;2015;;.;geheim gehalten;;;;\"Test; Quelle\";dl-de/by-2-0");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void xlsxHasNumbersAsNumbersAndAMetadataSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValueDownloadWriters.xlsx(DOWNLOAD, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> data = workbook.findSheet("Daten").orElseThrow().read();
            assertThat(data).hasSize(3);
            assertThat(data.get(0).getCellText(0)).isEqualTo("Schlüssel");
            assertThat(data.get(1).getCellAsNumber(4)).contains(new BigDecimal("12.5"));
            assertThat(data.get(2).getCellText(6)).isEqualTo("geheim gehalten");
            assertThat(data.get(2).getCellCount() <= 4
                            || data.get(2).getCell(4) == null
                            || data.get(2).getCellText(4).isEmpty())
                    .as("suppressed value cell is empty")
                    .isTrue();
            List<Row> meta = workbook.findSheet("Metadaten").orElseThrow().read();
            List<String> labels = new ArrayList<>();
            meta.forEach(r -> labels.add(r.getCellText(0) + "=" + r.getCellText(1)));
            assertThat(labels).containsExactly("Lizenz=dl-de/by-2-0", "Quelle=Test; Quelle");
        }
    }

    @Test
    void jsonHasMetadataAndNullForSuppressedValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonMapper mapper = JsonMapper.builder().build();
        ValueDownloadWriters.json(DOWNLOAD, mapper, out);
        JsonNode doc = mapper.readTree(out.toByteArray());
        assertThat(doc.get("indicator").asString()).isEqualTo("test-quote");
        assertThat(doc.get("licence").asString()).isEqualTo("dl-de/by-2-0");
        assertThat(doc.get("retrievedAt").asString()).isEqualTo("2026-01-02T10:00:00Z");
        assertThat(doc.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(doc.get("values").get(1).get("value").isNull()).isTrue();
        assertThat(doc.get("values").get(1).get("suppressed").asBoolean()).isTrue();
        assertThat(doc.get("values").get(1).get("status").asString()).isEqualTo(".");
    }

    @Test
    void germanNumbersUseTheDecimalComma() {
        assertThat(ValueDownloadWriters.german(new BigDecimal("-1234.50"))).isEqualTo("-1234,50");
        assertThat(ValueDownloadWriters.german(null)).isEmpty();
    }
}
