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

/**
 * Reads a GENESIS flat file ("ffcsv", {@link FlatFileLayout}), as GENESIS-Online, the Regionaldatenbank and the Zensus
 * 2022 database deliver it: UTF-8 with byte order mark, {@code ;}, decimal comma, official symbols in place of
 * numbers. The region of a row is the variable whose code names a region ({@code DINSG}, {@code DLAND}, {@code
 * REGBEZ}, {@code KREISE}, {@code GEMEIN}, {@code GEO…}); its attribute code is the region key. The other variables'
 * attribute labels, followed by the value variable, make the column path. A flat file has no footer; a file whose
 * last line has no line break was cut off (every real flat file ends with one).
 *
 * <p>Problem codes: {@code file.empty}, {@code format.unknown}, {@code format.other}, {@code encoding.mixed}, {@code
 * record.tooLong}, {@code header.invalid}, {@code data.missing}, {@code row.short}, {@code row.long}, {@code
 * period.missing}, {@code territory.missing} (no region variable in the row), {@code key.invalid}, {@code
 * value.empty}, {@code value.invalid}, {@code file.truncated}.
 */
final class FlatFileReader implements StatisticsReader {

    private final CsvRecords records;
    private final ReadProblems problems;
    private final FlatFileLayout layout;
    private final ArrayDeque<Observation> pending = new ArrayDeque<>();
    private boolean finished;
    private int dataRows;
    private String statisticsCode;
    private RegionalDepth depth = RegionalDepth.UNKNOWN;

    private FlatFileReader(CsvRecords records, ReadProblems problems, FlatFileLayout layout) {
        this.records = records;
        this.problems = problems;
        this.layout = layout;
        this.finished = layout == null;
    }

    /** Reads the header line; the rows are read as the observations are asked for. */
    static FlatFileReader open(InputStream in) {
        BufferedInputStream buffered = StatisticsFormat.buffered(in);
        ReadProblems problems = new ReadProblems();
        byte[] head = StatisticsFormat.head(buffered);
        CsvRecords records = new CsvRecords(buffered, problems);
        if (StatisticsFormat.rejectUnexpected(
                head, List.of(StatisticsFormat.FLAT_FILE, StatisticsFormat.FLAT_FILE_OLD), problems)) {
            return new FlatFileReader(records, problems, null);
        }
        CsvRecord header = records.next();
        FlatFileLayout layout = header == null ? null : FlatFileLayout.of(header.getFields(), problems);
        return new FlatFileReader(records, problems, layout);
    }

    /** The layout read from the header line, {@code null} if the header is not a flat-file header. */
    FlatFileLayout layout() {
        return layout;
    }

    /** The code of the statistic (e.g. {@code 12411}) from the first row, {@code null} before it is read. */
    String statisticsCode() {
        return statisticsCode;
    }

    /**
     * The regional depth of the deepest region variable in the rows read so far: Gemeinden (GEMEIN, GEOGM…) before
     * Kreise (KREISE); unknown for files of Germany and the Länder only.
     */
    @Override
    public RegionalDepth depth() {
        return depth;
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
        CsvRecord row = records.next();
        if (row == null) {
            finish();
            return;
        }
        dataRows++;
        int line = (int) row.getStartingLineNumber();
        int fields = row.getFieldCount();
        if (fields != layout.width()) {
            problems.add(line, 0, null, fields < layout.width() ? "row.short" : "row.long", fields, layout.width());
            return;
        }
        if (statisticsCode == null) {
            statisticsCode = row.getField(layout.statisticsCode());
        }
        String period = row.getField(layout.time()).strip();
        if (period.isEmpty()) {
            problems.add(line, layout.time() + 1, layout.columnName(layout.time()), "period.missing");
            return;
        }
        String key = null;
        String name = null;
        List<String> column = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (FlatFileLayout.Variable v : layout.variables()) {
            String code = row.getField(v.code()).strip();
            String attribute = row.getField(v.attributeCode()).strip();
            if (key == null && FlatFileLayout.isRegion(code, attribute)) {
                if (!FlatFileLayout.isRegionKey(attribute)) {
                    problems.add(
                            line,
                            v.attributeCode() + 1,
                            layout.columnName(v.attributeCode()),
                            "key.invalid",
                            attribute);
                    return;
                }
                key = attribute;
                name = row.getField(v.attributeLabel()).strip();
                depth = deeper(depth, RegionalDepth.ofRegionVariable(code));
            } else if (!code.isEmpty()) {
                column.add(row.getField(v.attributeLabel()).strip());
                codes.add(code + "=" + attribute);
            }
        }
        if (key == null) {
            problems.add(line, 0, null, "territory.missing");
            return;
        }
        for (FlatFileLayout.ValueColumn value : layout.values()) {
            readValue(row, line, value, key, name, period, column, codes);
        }
    }

    private void readValue(
            CsvRecord row,
            int line,
            FlatFileLayout.ValueColumn v,
            String key,
            String name,
            String period,
            List<String> column,
            List<String> codes) {
        String raw = row.getField(v.value());
        String fieldName = layout.columnName(v.value());
        if (raw.isBlank()) {
            problems.add(line, v.value() + 1, fieldName, "value.empty");
            return;
        }
        Optional<CellValue> cell = CellValue.parse(raw);
        if (cell.isEmpty()) {
            problems.add(line, v.value() + 1, fieldName, "value.invalid", raw.strip());
            return;
        }
        List<String> path = new ArrayList<>(column);
        path.add(v.label() != null ? v.label() : row.getField(v.labelIndex()).strip());
        List<String> pathCodes = new ArrayList<>(codes);
        pathCodes.add(v.code() != null ? v.code() : row.getField(v.codeIndex()).strip());
        String unit = v.unit() != null
                ? v.unit()
                : v.unitIndex() >= 0 ? row.getField(v.unitIndex()).strip() : null;
        String quality = v.quality() >= 0 ? row.getField(v.quality()).strip() : "";
        if (quality.isEmpty()) {
            quality = cell.get().quality();
        }
        pending.add(new Observation(
                line,
                key,
                name,
                period,
                path,
                pathCodes,
                cell.get().number(),
                cell.get().symbol(),
                quality,
                unit == null || unit.isEmpty() ? null : unit));
    }

    private void finish() {
        finished = true;
        if (records.brokenOff()) {
            return;
        }
        if (dataRows == 0) {
            problems.add(records.lastLine(), 0, null, "data.missing");
        } else if (!records.endsWithLineBreak()) {
            problems.add(records.lastLine(), 0, null, "file.truncated");
        }
    }

    private static RegionalDepth deeper(RegionalDepth a, RegionalDepth b) {
        if (a == RegionalDepth.MUNICIPALITIES || b == RegionalDepth.MUNICIPALITIES) {
            return RegionalDepth.MUNICIPALITIES;
        }
        return a == RegionalDepth.COUNTIES ? a : b;
    }

    @Override
    public StatisticsFormat format() {
        return layout == null ? StatisticsFormat.FLAT_FILE : layout.format();
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
