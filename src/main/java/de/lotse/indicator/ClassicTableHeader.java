package de.lotse.indicator;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a GENESIS / Regionaldatenbank table CSV above the data: the title block and the column header.
 *
 * <p>Layout as found in all 48 Regionaldatenbank tables of 2017: line 1 {@code GENESIS-Tabelle: <code>}; then title
 * lines whose first field holds text and whose other fields are empty (a quoted title may span two lines); one of them
 * may be the reference period of the whole table ({@code 31.12.2015}, {@code 2015}, {@code Jahr: 2016}). Then the
 * header rows, whose first field is empty: the leading empty fields stand above the label columns of the data rows
 * ({@code [time;]key;name[;breakdown…]}), the rest above the value columns. Each header row is one level of the
 * column hierarchy (e.g. nationality, then sex, then the unit {@code Anzahl}); labels are repeated in every column
 * they span, and an empty cell below a label means "total". One header row may hold the period of each column
 * instead of a label ({@code 12411-01-01-5}: eight dates × three sexes).
 *
 * @param tableCode table code from line 1, e.g. {@code 12411-02-03-4}
 * @param titleLines the title block below line 1, one entry per line as written (line breaks inside a quoted title
 *     become spaces)
 * @param tablePeriod the period a title line gives for the whole table, without a {@code Jahr:} prefix, or {@code
 *     null}
 * @param width number of fields of a header row, and thus of every data row
 * @param labelColumns number of leading label columns of a data row (period, key, name, breakdowns)
 * @param columnPaths for each value column (index 0 = field {@code labelColumns}) the non-empty header labels from top
 *     to bottom, without the period row
 * @param columnPeriods for each value column the period from a period header row, or {@code null}
 * @param firstHeaderLine line of the first header row, for problems that concern the header
 */
record ClassicTableHeader(
        String tableCode,
        List<String> titleLines,
        String tablePeriod,
        int width,
        int labelColumns,
        List<List<String>> columnPaths,
        List<String> columnPeriods,
        int firstHeaderLine) {

    /** A reference period as the table CSV writes it: a year or a day. */
    static final Pattern PERIOD = Pattern.compile("\\d{4}|\\d{2}\\.\\d{2}\\.\\d{4}");

    private static final Pattern TITLE_PERIOD = Pattern.compile("(?:Jahr: ?)?(\\d{4}|\\d{2}\\.\\d{2}\\.\\d{4})");
    private static final Pattern TABLE_LINE = Pattern.compile("GENESIS-Tabelle: *(\\S.*)");

    /**
     * The title block in one line: the table's title, usually followed by the name of the statistic and the measure
     * with its unit (e.g. {@code … Fortschreibung des Bevölkerungsstandes Bevölkerungsstand (Anzahl)}).
     */
    String title() {
        return String.join(" ", titleLines);
    }

    /** Number of value columns. */
    int valueColumns() {
        return width - labelColumns;
    }

    /** The header path of value column {@code index} including its period, for problem reports. */
    String describeColumn(int index) {
        List<String> parts = new ArrayList<>();
        if (columnPeriods.get(index) != null) {
            parts.add(columnPeriods.get(index));
        }
        parts.addAll(columnPaths.get(index));
        return String.join(" / ", parts);
    }

    /** Whether any value column takes its period from a header row. */
    boolean hasColumnPeriods() {
        return columnPeriods.stream().anyMatch(p -> p != null);
    }

    /**
     * Reads title block and header from the start of the file. Returns {@code null} (with a problem added) if the file
     * does not have them; otherwise {@code firstDataRow} holds the first record after the header (or {@code null} at
     * the end of the file).
     */
    static Parsed read(CsvRecords records, ReadProblems problems) {
        CsvRecord first = records.next();
        Matcher table =
                first == null ? null : TABLE_LINE.matcher(first.getField(0).strip());
        if (table == null || !table.matches()) {
            problems.add(first == null ? 0 : records.lastLine(), 1, null, "title.missing");
            return null;
        }
        List<String> titleLines = new ArrayList<>();
        String tablePeriod = null;
        CsvRecord record = records.next();
        while (record != null && !record.getField(0).isEmpty() && !isFooter(record)) {
            String text = record.getField(0).replaceAll("\\s*\\R\\s*", " ").strip();
            titleLines.add(text);
            Matcher period = TITLE_PERIOD.matcher(text);
            if (tablePeriod == null && period.matches()) {
                tablePeriod = period.group(1);
            }
            record = records.next();
        }
        int firstHeaderLine = records.lastLine();
        List<List<String>> rows = new ArrayList<>();
        while (record != null && record.getField(0).isEmpty()) {
            rows.add(record.getFields());
            record = records.next();
        }
        int labelColumns = rows.stream()
                .mapToInt(ClassicTableHeader::firstLabel)
                .filter(i -> i > 0)
                .min()
                .orElse(-1);
        if (labelColumns < 0) {
            problems.add(firstHeaderLine, 0, null, "header.missing");
            if (record == null && !records.brokenOff()) {
                problems.add(records.lastLine(), 0, null, "file.truncated");
            }
            return null;
        }
        int width = rows.stream().mapToInt(List::size).max().orElseThrow();
        return new Parsed(
                build(table.group(1).strip(), titleLines, tablePeriod, rows, width, labelColumns, firstHeaderLine),
                record);
    }

    private static ClassicTableHeader build(
            String tableCode,
            List<String> titleLines,
            String tablePeriod,
            List<List<String>> rows,
            int width,
            int labelColumns,
            int firstHeaderLine) {
        List<String> periodRow = null;
        List<List<String>> labelRows = new ArrayList<>();
        for (List<String> row : rows) {
            if (periodRow == null && isPeriodRow(row, labelColumns)) {
                periodRow = row;
            } else {
                labelRows.add(row);
            }
        }
        List<List<String>> paths = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        for (int j = labelColumns; j < width; j++) {
            List<String> path = new ArrayList<>();
            for (List<String> row : labelRows) {
                String label = j < row.size() ? row.get(j).strip() : "";
                if (!label.isEmpty()) {
                    path.add(label);
                }
            }
            paths.add(List.copyOf(path));
            periods.add(
                    periodRow == null
                                    || j >= periodRow.size()
                                    || periodRow.get(j).isBlank()
                            ? null
                            : periodRow.get(j).strip());
        }
        return new ClassicTableHeader(
                tableCode,
                List.copyOf(titleLines),
                tablePeriod,
                width,
                labelColumns,
                List.copyOf(paths),
                Collections.unmodifiableList(periods),
                firstHeaderLine);
    }

    private static boolean isPeriodRow(List<String> row, int labelColumns) {
        List<String> cells = row.subList(Math.min(labelColumns, row.size()), row.size()).stream()
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .toList();
        return !cells.isEmpty()
                && cells.stream().allMatch(c -> PERIOD.matcher(c).matches());
    }

    private static int firstLabel(List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the record is the line {@code __________} that separates data and footer. */
    static boolean isFooter(CsvRecord record) {
        return record.getField(0).startsWith("__________");
    }

    /** The header and the record that follows it (the first data row, or the footer line, or {@code null}). */
    record Parsed(ClassicTableHeader header, CsvRecord firstDataRow) {}
}
