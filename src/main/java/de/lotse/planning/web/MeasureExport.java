package de.lotse.planning.web;

import de.lotse.planning.MeasureListRow;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * Writes the measure catalogue as CSV or XLSX. Columns (headings in the request's language): id, code, title,
 * strategy key, strategy, fields of action, status, lead, partners, territory, start, deadline, overdue, progress
 * (%), budget planned, approved and spent (EUR), model trial, example data, address of the measure page.
 *
 * <ul>
 *   <li>CSV for German spreadsheets: UTF-8 with byte order mark, {@code ;}, CRLF, decimal comma without thousands
 *       separator, ISO dates (2015-12-31); several names in one cell are separated by {@code " | "}.
 *   <li>XLSX: one sheet "Maßnahmen" ("Measures") with numbers and dates as such.
 * </ul>
 *
 * An amount that is not known stays empty, never 0.
 */
final class MeasureExport {

    static final List<String> COLUMNS = List.of(
            "id",
            "code",
            "title",
            "strategyKey",
            "strategy",
            "fields",
            "status",
            "lead",
            "partners",
            "territory",
            "start",
            "deadline",
            "overdue",
            "progress",
            "budgetPlanned",
            "budgetApproved",
            "budgetSpent",
            "modelTrial",
            "exampleData",
            "url");

    private static final String SEPARATOR = " | ";

    private final List<MeasureListRow> rows;
    private final MessageSource messages;
    private final Locale locale;
    private final String pageBase;

    MeasureExport(List<MeasureListRow> rows, MessageSource messages, Locale locale, String pageBase) {
        this.rows = rows;
        this.messages = messages;
        this.locale = locale;
        this.pageBase = pageBase;
    }

    void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(';')
                .lineDelimiter(LineDelimiter.CRLF)
                .build(writer);
        csv.writeRecord(headers());
        for (MeasureListRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (Object value : values(r)) {
                cells.add(value instanceof String t ? inert(t) : text(value));
            }
            csv.writeRecord(cells);
        }
        csv.flush();
        writer.flush();
    }

    void xlsx(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Lotse", "1.0");
        Worksheet sheet = workbook.newWorksheet(msg("planningpages.export.sheet"));
        List<String> headers = headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        for (MeasureListRow r : rows) {
            List<Object> values = values(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                switch (v) {
                    case null -> {}
                    case BigDecimal n -> {
                        sheet.value(row, c, n);
                        sheet.style(row, c).format(c == 13 ? "0" : "#,##0.00").set();
                    }
                    case Long n -> sheet.value(row, c, n);
                    case Integer n -> sheet.value(row, c, n);
                    case LocalDate d -> {
                        sheet.value(row, c, d);
                        sheet.style(row, c).format("dd.MM.yyyy").set();
                    }
                    default -> sheet.value(row, c, text(v));
                }
            }
            row++;
        }
        sheet.width(2, 48);
        sheet.width(4, 32);
        sheet.width(5, 32);
        sheet.width(7, 32);
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private List<String> headers() {
        return COLUMNS.stream().map(c -> msg("planningpages.export.col." + c)).toList();
    }

    /** The cells of a row in the order of {@link #COLUMNS}: strings, numbers, dates or {@code null} (unknown). */
    private List<Object> values(MeasureListRow r) {
        List<Object> v = new ArrayList<>();
        v.add(r.id());
        v.add(r.code());
        v.add(r.title());
        v.add(r.strategy() == null ? null : r.strategy().key());
        v.add(r.strategy() == null ? null : r.strategy().title());
        v.add(String.join(SEPARATOR, r.fields()));
        v.add(msg("planningpages.status." + r.status().name()));
        v.add(r.lead() == null ? null : r.lead().name());
        v.add(String.join(SEPARATOR, r.partners()));
        v.add(r.countyWide() ? msg("planningpages.export.countyWide") : String.join(SEPARATOR, r.territories()));
        v.add(r.startDate());
        v.add(r.deadline());
        v.add(msg(r.overdue() ? "planningpages.export.yes" : "planningpages.export.no"));
        v.add(r.progress());
        v.add(r.budgetPlanned());
        v.add(r.budgetApproved());
        v.add(r.budgetSpent());
        v.add(msg(r.modelTrial() ? "planningpages.export.yes" : "planningpages.export.no"));
        v.add(msg(r.exampleData() ? "planningpages.export.yes" : "planningpages.export.no"));
        v.add(pageBase + r.id());
        return v;
    }

    /** A cell as CSV text: decimal comma, ISO dates, empty for unknown. */
    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal n -> n.toPlainString().replace('.', ',');
            case LocalDate d -> d.toString();
            default -> value.toString();
        };
    }

    private String msg(String code) {
        return messages.getMessage(code, null, locale);
    }

    /**
     * A text cell a spreadsheet will not run as a formula (OWASP "CSV injection"): a leading {@code = + - @}, tab or
     * carriage return gets an apostrophe in front, which spreadsheets show as text.
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
