package de.lotse.indicator.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link ValueDownload} as CSV, XLSX or JSON.
 *
 * <ul>
 *   <li>CSV for German spreadsheets: UTF-8 with byte order mark, {@code ;} as separator, CRLF, decimal comma, no
 *       thousands separator; one header line, then one line per value. The last two columns carry the source and the
 *       licence on every line, so the attribution travels with any extract.
 *   <li>XLSX: sheet "Daten" with numbers as numbers (formatted with the indicator's decimal places), sheet "Metadaten"
 *       with definition, source, licence, attribution and the date of the download.
 *   <li>JSON: the metadata and the rows with plain numbers ({@code null} when missing or suppressed).
 * </ul>
 */
final class ValueDownloadWriters {

    private ValueDownloadWriters() {}

    static void csv(ValueDownload download, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(';')
                .lineDelimiter(LineDelimiter.CRLF)
                .build(writer);
        List<String> header = new ArrayList<>(download.headers());
        csv.writeRecord(header);
        for (ValueDownload.Row r : download.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.territoryKey());
            cells.add(r.territoryName());
            cells.add(r.level());
            cells.add(r.period());
            cells.add(german(r.value()));
            cells.add(r.status() == null ? "" : r.status());
            cells.add(r.note());
            cells.add(r.rank() == null ? "" : r.rank().toString());
            cells.add(german(r.deviation()));
            cells.add(german(r.relativeDeviation()));
            cells.add(download.source());
            cells.add(download.licence() == null ? "" : download.licence());
            csv.writeRecord(cells);
        }
        csv.flush();
        writer.flush();
    }

    static void xlsx(ValueDownload download, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Lotse", "1.0");
        Worksheet data = workbook.newWorksheet("Daten");
        String numberFormat = download.decimals() == 0 ? "0" : "0." + "0".repeat(download.decimals());
        List<String> headers = download.headers();
        for (int c = 0; c < headers.size() - 2; c++) {
            data.value(0, c, headers.get(c));
            data.style(0, c).bold().set();
        }
        int row = 1;
        for (ValueDownload.Row r : download.rows()) {
            data.value(row, 0, r.territoryKey());
            data.value(row, 1, r.territoryName());
            data.value(row, 2, r.level());
            data.value(row, 3, r.period());
            if (r.value() != null) {
                data.value(row, 4, r.value());
                data.style(row, 4).format(numberFormat).set();
            }
            data.value(row, 5, r.status() == null ? "" : r.status());
            data.value(row, 6, r.note());
            if (r.rank() != null) {
                data.value(row, 7, r.rank());
            }
            if (r.deviation() != null) {
                data.value(row, 8, r.deviation());
                data.style(row, 8).format(numberFormat).set();
            }
            if (r.relativeDeviation() != null) {
                data.value(row, 9, r.relativeDeviation());
                data.style(row, 9).format("0.00").set();
            }
            row++;
        }
        data.width(1, 32);
        data.width(6, 18);
        Worksheet meta = workbook.newWorksheet("Metadaten");
        int m = 0;
        for (ValueDownload.Label label : download.metadata()) {
            meta.value(m, 0, label.label());
            meta.style(m, 0).bold().set();
            meta.value(m, 1, label.value());
            m++;
        }
        meta.width(0, 28);
        meta.width(1, 100);
        workbook.finish();
    }

    static void json(ValueDownload download, JsonMapper mapper, OutputStream out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("indicator", download.indicator());
        document.put("name", download.name());
        document.put("kind", download.kind());
        document.put("scope", download.scope());
        document.put("unit", download.unit());
        document.put("decimals", download.decimals());
        document.put("version", download.version());
        document.put("source", download.source());
        document.put("licence", download.licence());
        document.put("retrievedAt", download.retrievedAt().toString());
        Map<String, String> metadata = new LinkedHashMap<>();
        download.metadata().forEach(l -> metadata.put(l.label(), l.value()));
        document.put("metadata", metadata);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ValueDownload.Row r : download.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("territory", r.territoryKey());
            row.put("name", r.territoryName());
            row.put("level", r.level());
            row.put("period", r.period());
            row.put("value", r.value());
            row.put("status", r.status());
            row.put("suppressed", r.suppressed());
            row.put("confidential", r.confidential());
            row.put("rank", r.rank());
            row.put("deviation", r.deviation());
            row.put("relativeDeviationPercent", r.relativeDeviation());
            rows.add(row);
        }
        document.put("values", rows);
        mapper.writeValue(out, document);
    }

    /** A number with decimal comma and without thousands separator, or empty. */
    static String german(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
