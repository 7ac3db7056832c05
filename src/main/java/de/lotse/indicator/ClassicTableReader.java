package de.lotse.indicator;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a GENESIS / Regionaldatenbank "Tabelle als CSV" (see {@link ClassicTableHeader} for the layout above the
 * data): one data row per region (and period or breakdown), {@code [period;]key;indented name;[breakdown;…]values…},
 * decimal comma, official symbols in place of numbers; then the footer after {@code __________} with notes, the
 * licence and the {@code Stand:} timestamp. UTF-8 or ISO-8859-1 ({@link DetectingDecoder}). One {@link Observation}
 * per value cell.
 *
 * <p>Problem codes: {@code file.empty}, {@code format.unknown}, {@code format.other}, {@code encoding.mixed}, {@code
 * record.tooLong}, {@code title.missing}, {@code header.missing}, {@code header.invalid}, {@code period.missing} (the
 * table names no period), {@code data.missing}, {@code row.short} (fewer fields than the header: a cut-off row), {@code
 * row.long}, {@code period.invalid}, {@code key.invalid}, {@code value.empty}, {@code value.invalid} (text in a
 * number column), {@code file.truncated} (no footer: the file ends early).
 */
final class ClassicTableReader implements StatisticsReader {

    /** A region key as the table CSV writes it: {@code DG} for Germany or 2 to 12 digits. */
    private static final Pattern KEY = Pattern.compile("DG|\\d{2,12}");

    private static final int MAX_FOOTER_RECORDS = 100;

    private final CsvRecords records;
    private final ReadProblems problems;
    private final ClassicTableHeader header;
    private final ArrayDeque<Observation> pending = new ArrayDeque<>();
    private final List<String> footer = new ArrayList<>();
    private CsvRecord nextRow;
    /** Whether data rows start with the period; {@code null} until the first data row is seen. */
    private Boolean periodColumn;

    private boolean finished;
    private boolean footerFound;
    private int dataRows;

    private ClassicTableReader(CsvRecords records, ReadProblems problems, ClassicTableHeader.Parsed parsed) {
        this.records = records;
        this.problems = problems;
        this.header = parsed == null ? null : parsed.header();
        this.nextRow = parsed == null ? null : parsed.firstDataRow();
        this.finished = parsed == null;
    }

    /** Reads title and header; the data rows are read as the observations are asked for. */
    static ClassicTableReader open(InputStream in) {
        BufferedInputStream buffered = StatisticsFormat.buffered(in);
        ReadProblems problems = new ReadProblems();
        byte[] head = StatisticsFormat.head(buffered);
        CsvRecords records = new CsvRecords(buffered, problems);
        if (StatisticsFormat.rejectUnexpected(head, List.of(StatisticsFormat.CLASSIC_TABLE), problems)) {
            return new ClassicTableReader(records, problems, null);
        }
        return new ClassicTableReader(records, problems, ClassicTableHeader.read(records, problems));
    }

    /** Title block and column header; {@code null} if the file has none (see {@link #problems()}). */
    ClassicTableHeader header() {
        return header;
    }

    /** The regional depth of the table, from its code ({@code -4} Kreise, {@code -5} Gemeinden) or its title. */
    @Override
    public RegionalDepth depth() {
        return header == null ? RegionalDepth.UNKNOWN : RegionalDepth.ofTable(header.tableCode(), header.titleLines());
    }

    /**
     * The footer below {@code __________}, one entry per record (a quoted note may span lines): notes on the table,
     * the copyright and licence ({@code © Statistische Ämter des Bundes und der Länder …}) and {@code Stand: …}.
     * Complete once the reader is exhausted.
     */
    List<String> footer() {
        return List.copyOf(footer);
    }

    /** The footer line {@code Stand: …} (when the data were extracted), if the footer has one. */
    Optional<String> stand() {
        return footer.stream().filter(line -> line.startsWith("Stand:")).findFirst();
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !finished) {
            readRow();
        }
        return !pending.isEmpty();
    }

    @Override
    public Observation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private void readRow() {
        CsvRecord row = nextRow != null ? nextRow : records.next();
        nextRow = null;
        if (row == null) {
            finish();
            return;
        }
        if (ClassicTableHeader.isFooter(row)) {
            readFooter();
            finish();
            return;
        }
        int line = (int) row.getStartingLineNumber();
        if (periodColumn == null && !startData(row, line)) {
            finished = true;
            return;
        }
        dataRows++;
        int fields = row.getFieldCount();
        if (fields != header.width()) {
            problems.add(line, 0, null, fields < header.width() ? "row.short" : "row.long", fields, header.width());
            return;
        }
        int keyColumn = periodColumn ? 1 : 0;
        String period = periodColumn ? row.getField(0).strip() : header.tablePeriod();
        if (periodColumn && !ClassicTableHeader.PERIOD.matcher(period).matches()) {
            problems.add(line, 1, null, "period.invalid", period);
            return;
        }
        String key = row.getField(keyColumn).strip();
        if (!KEY.matcher(key).matches()) {
            problems.add(line, keyColumn + 1, null, "key.invalid", key);
            return;
        }
        String name = row.getField(keyColumn + 1).strip();
        List<String> breakdown = new ArrayList<>();
        for (int i = keyColumn + 2; i < header.labelColumns(); i++) {
            breakdown.add(row.getField(i).strip());
        }
        for (int j = 0; j < header.valueColumns(); j++) {
            readCell(row, line, j, key, name, breakdown, period);
        }
    }

    private void readCell(
            CsvRecord row, int line, int j, String key, String name, List<String> breakdown, String rowPeriod) {
        int field = header.labelColumns() + j;
        String raw = row.getField(field);
        if (raw.isBlank()) {
            problems.add(line, field + 1, header.describeColumn(j), "value.empty");
            return;
        }
        Optional<CellValue> cell = CellValue.parse(raw);
        if (cell.isEmpty()) {
            problems.add(line, field + 1, header.describeColumn(j), "value.invalid", raw.strip());
            return;
        }
        List<String> column = new ArrayList<>(breakdown);
        column.addAll(header.columnPaths().get(j));
        String period =
                periodColumn ? rowPeriod : firstNonNull(header.columnPeriods().get(j), rowPeriod);
        CellValue value = cell.get();
        pending.add(new Observation(
                line, key, name, period, column, List.of(), value.number(), value.symbol(), value.quality(), null));
    }

    /**
     * Looks at the first data row: a period in its first field means the table has a period column. Checks that the
     * header leaves room for key and name, and that the table names its period somewhere.
     */
    private boolean startData(CsvRecord row, int line) {
        periodColumn =
                ClassicTableHeader.PERIOD.matcher(row.getField(0).strip()).matches();
        int keyColumn = periodColumn ? 1 : 0;
        if (header.labelColumns() < keyColumn + 2) {
            problems.add(header.firstHeaderLine(), 0, null, "header.invalid", header.labelColumns(), keyColumn + 2);
            return false;
        }
        if (!periodColumn && header.tablePeriod() == null && !header.hasColumnPeriods()) {
            problems.add(line, 0, null, "period.missing");
        }
        return true;
    }

    private void readFooter() {
        footerFound = true;
        CsvRecord record;
        while (footer.size() < MAX_FOOTER_RECORDS && (record = records.next()) != null) {
            String text = String.join(
                            " ",
                            record.getFields().stream()
                                    .map(String::strip)
                                    .filter(f -> !f.isEmpty())
                                    .toList())
                    .strip();
            if (!text.isEmpty()) {
                footer.add(text);
            }
        }
    }

    private void finish() {
        finished = true;
        if (header == null || records.brokenOff()) {
            return;
        }
        if (dataRows == 0) {
            problems.add(records.lastLine(), 0, null, "data.missing");
        }
        if (!footerFound) {
            problems.add(records.lastLine(), 0, null, "file.truncated");
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    @Override
    public StatisticsFormat format() {
        return StatisticsFormat.CLASSIC_TABLE;
    }

    @Override
    public List<ReadProblem> problems() {
        return problems.list();
    }

    @Override
    public java.util.Map<String, Integer> problemCounts() {
        return problems.counts();
    }

    @Override
    public int problemCount() {
        return problems.count();
    }

    @Override
    public Charset encoding() {
        return records.charset();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
