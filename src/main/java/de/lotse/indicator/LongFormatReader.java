package de.lotse.indicator;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads Lotse's generic long format: a CSV file, separated by {@code ;} or {@code ,} (whichever the header line uses),
 * UTF-8 with or without byte order mark, with the header {@code territory,indicator,period,value} and an optional
 * {@code status} column, in any order; one value per row. Rows are read one at a time, each line decoded on its own,
 * so that memory stays bounded and a byte that is not UTF-8 is reported with its line. Each row becomes an {@link
 * Observation} whose column path is the indicator key as written; the value is a number ({@code 137045}, {@code
 * 12.5}, with {@code ;} also {@code 12,5}) or an official symbol, and the status column may add a symbol to a number
 * (e.g. {@code .} for a withheld figure). A row whose first field begins with {@code #} is a comment and skipped.
 *
 * <p>Problem codes: {@code file.empty}, {@code encoding.invalid} (not UTF-8; reading stops), {@code record.tooLong},
 * {@code header.missingColumn}, {@code header.unknownColumn}, {@code header.duplicateColumn}, {@code row.short},
 * {@code row.long}, {@code territory.missing}, {@code indicator.missing}, {@code period.missing}, {@code value.empty},
 * {@code value.invalid}, {@code status.invalid}. Periods are checked by the importer.
 *
 * <p>The same format as an Excel workbook (XLSX, {@link #openXlsx(Path)}): the first sheet, header in its first row,
 * read as a stream of rows with <a href="https://github.com/dhatim/fastexcel">fastexcel-reader</a>. Lines are the
 * sheet's row numbers (as Excel shows them); numbers may be numeric cells or text (decimal point or comma); a period
 * may also be a date cell; a territory key in a numeric cell whose leading zero Excel dropped ({@code 3157}) gets it
 * back (keys have 2, 5, 8 or 12 digits). Further codes: {@code xlsx.invalid} (not a readable workbook), {@code
 * xlsx.tooLarge} (a sheet or string table that unpacks to more than {@value #MAX_XLSX_PART_BYTES} bytes).
 */
final class LongFormatReader implements Iterator<Observation>, Closeable {

    static final List<String> REQUIRED = List.of("territory", "indicator", "period", "value");
    static final String STATUS = "status";

    /** A row whose first field starts with this is a comment (e.g. the example row of the template) and is skipped. */
    static final String COMMENT = "#";

    /** Longest line accepted; real rows have well below 200 characters. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** Largest uncompressed sheet or shared-string table of a workbook (a guard against ZIP bombs). */
    static final long MAX_XLSX_PART_BYTES = 2L * 1024 * 1024 * 1024;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    /** What a ZIP archive holds, as far as the importer cares. */
    enum ZipKind {
        WORKBOOK,
        OTHER,
        BROKEN
    }

    private final InputStream in;
    private ReadableWorkbook workbook;
    private Stream<Row> rowStream;
    private Iterator<Row> rows;
    private Path spooled;
    private final ReadProblems problems = new ReadProblems();
    private final int[] index = new int[REQUIRED.size() + 1];
    private char separator;
    private int width;
    private int line;
    private boolean finished;
    private boolean endOfFile;
    private Observation next;

    private LongFormatReader(InputStream in) {
        this.in = in;
    }

    /** Whether a file beginning with these bytes looks like the long format (its header names a territory column). */
    static boolean looksLikeLongFormat(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.contains("territory") && (first.contains(";") || first.contains(","));
    }

    /** Reads the header line; the rows are read as the observations are asked for. */
    static LongFormatReader open(InputStream in) {
        LongFormatReader reader = new LongFormatReader(StatisticsFormat.buffered(in));
        reader.readHeader();
        return reader;
    }

    /** Whether a ZIP archive is an Excel workbook, another archive, or cannot be opened (e.g. cut off). */
    static ZipKind zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("xl/workbook.xml") != null ? ZipKind.WORKBOOK : ZipKind.OTHER;
        } catch (IOException | RuntimeException e) {
            return ZipKind.BROKEN;
        }
    }

    /**
     * Reads the first sheet of a workbook in the long format. The file is deleted when the reader is closed if {@code
     * deleteOnClose}.
     */
    static LongFormatReader openXlsx(Path file, boolean deleteOnClose) {
        LongFormatReader reader = new LongFormatReader(InputStream.nullInputStream());
        reader.spooled = deleteOnClose ? file : null;
        try {
            String tooLarge = largePart(file);
            if (tooLarge != null) {
                reader.problems.add(0, 0, null, "xlsx.tooLarge", tooLarge, MAX_XLSX_PART_BYTES / (1024 * 1024));
                reader.finished = true;
                return reader;
            }
            reader.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            reader.rowStream = reader.workbook.getFirstSheet().openStream();
            reader.rows = reader.rowStream.iterator();
            reader.readHeader();
        } catch (IOException | RuntimeException e) {
            reader.problems.add(reader.line, 0, null, "xlsx.invalid", String.valueOf(e.getMessage()));
            reader.finished = true;
        }
        return reader;
    }

    /** The name of a part of the workbook that unpacks to too many bytes, or null. */
    private static String largePart(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/") && entry.getSize() > MAX_XLSX_PART_BYTES) {
                    return entry.getName();
                }
            }
        }
        return null;
    }

    List<ReadProblem> problems() {
        return problems.list();
    }

    int problemCount() {
        return problems.count();
    }

    java.util.Map<String, Integer> problemCounts() {
        return problems.counts();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            List<String> fields;
            try {
                fields = nextRecord();
            } catch (RuntimeException e) {
                if (rows == null) {
                    throw e;
                }
                // a damaged sheet (cut-off XML): nothing after this row can be trusted
                problems.add(line + 1, 0, null, "xlsx.invalid", String.valueOf(e.getMessage()));
                finished = true;
                return false;
            }
            if (fields == null) {
                finished = true;
            } else if (!(fields.size() == 1 && fields.getFirst().isBlank())
                    && !fields.getFirst().strip().startsWith(COMMENT)) {
                next = observation(fields);
            }
        }
        return next != null;
    }

    @Override
    public Observation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Observation o = next;
        next = null;
        return o;
    }

    private void readHeader() {
        List<String> header = nextRecord();
        if (header == null) {
            if (problems.count() == 0) {
                problems.add(0, 0, null, "file.empty");
            }
            finished = true;
            return;
        }
        java.util.Arrays.fill(index, -1);
        width = header.size();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            int slot = name.equals(STATUS) ? REQUIRED.size() : REQUIRED.indexOf(name);
            if (slot < 0) {
                problems.add(
                        1, i + 1, header.get(i), "header.unknownColumn", header.get(i), String.join(", ", REQUIRED));
            } else if (index[slot] >= 0) {
                problems.add(1, i + 1, name, "header.duplicateColumn", name);
            } else {
                index[slot] = i;
            }
        }
        for (int slot = 0; slot < REQUIRED.size(); slot++) {
            if (index[slot] < 0) {
                problems.add(1, 0, null, "header.missingColumn", REQUIRED.get(slot));
                finished = true;
            }
        }
    }

    private Observation observation(List<String> fields) {
        if (fields.size() != width) {
            problems.add(line, 0, null, fields.size() < width ? "row.short" : "row.long", fields.size(), width);
            return null;
        }
        String territory = field(fields, 0);
        String indicator = field(fields, 1);
        String period = field(fields, 2);
        String value = field(fields, 3);
        String status = index[REQUIRED.size()] < 0 ? "" : field(fields, REQUIRED.size());
        if (territory.isEmpty() || indicator.isEmpty() || period.isEmpty()) {
            String missing = territory.isEmpty() ? "territory" : indicator.isEmpty() ? "indicator" : "period";
            problems.add(line, column(missing), missing, missing + ".missing");
            return null;
        }
        StatisticsSymbol symbol = null;
        if (!status.isEmpty()) {
            symbol = symbol(status);
            if (symbol == null) {
                problems.add(line, index[REQUIRED.size()] + 1, STATUS, "status.invalid", status);
                return null;
            }
        }
        BigDecimal number = null;
        if (value.isEmpty()) {
            if (symbol == null) {
                problems.add(line, index[3] + 1, "value", "value.empty");
                return null;
            }
        } else if (NUMBER.matcher(value).matches()) {
            number = new BigDecimal(value.replace(',', '.'));
        } else if (symbol(value) != null && (symbol == null || symbol == symbol(value))) {
            symbol = symbol(value);
        } else {
            problems.add(line, index[3] + 1, "value", "value.invalid", value);
            return null;
        }
        return new Observation(
                line, territory, null, period, List.of(indicator), List.of(), number, symbol, null, null);
    }

    private String field(List<String> fields, int slot) {
        return fields.get(index[slot]).strip();
    }

    private int column(String name) {
        return index[REQUIRED.indexOf(name)] + 1;
    }

    private static StatisticsSymbol symbol(String text) {
        return StatusSymbol.of(text)
                .map(s -> StatisticsSymbol.valueOf(s.name()))
                .orElse(null);
    }

    /** The fields of the next line, or {@code null} at the end or after a problem that stops reading. */
    private List<String> nextRecord() {
        if (rows != null) {
            return nextRow();
        }
        String text = nextLine();
        if (text == null) {
            return null;
        }
        if (separator == 0) {
            separator = count(text, ';') >= count(text, ',') && count(text, ';') > 0 ? ';' : ',';
        }
        return split(text, separator);
    }

    private String nextLine() {
        if (endOfFile) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (bytes.size() >= MAX_LINE_BYTES) {
                    problems.add(line + 1, 0, null, "record.tooLong", MAX_LINE_BYTES);
                    endOfFile = true;
                    return null;
                }
                bytes.write(b);
            }
            if (b < 0) {
                endOfFile = true;
                if (bytes.size() == 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line++;
        byte[] raw = bytes.toByteArray();
        int start = line == 1
                        && raw.length >= 3
                        && (raw[0] & 0xFF) == 0xEF
                        && (raw[1] & 0xFF) == 0xBB
                        && (raw[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        int end = raw.length > start && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(line, 0, null, "encoding.invalid");
            endOfFile = true;
            finished = true;
            return null;
        }
    }

    /** The cells of the next non-empty row of the sheet as text, or {@code null} at the end. */
    private List<String> nextRow() {
        while (rows.hasNext()) {
            Row row = rows.next();
            line = row.getRowNum();
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                fields.add(text(row.getCell(i), i));
            }
            while (!fields.isEmpty() && fields.getLast().isBlank()) {
                fields.removeLast();
            }
            if (fields.isEmpty()) {
                continue;
            }
            while (width > 0 && fields.size() < width) {
                fields.add("");
            }
            return fields;
        }
        return null;
    }

    /** A cell as the CSV would have it: numbers in plain notation, a date (period column) as ISO date. */
    private String text(Cell cell, int column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        if (cell.getType() == CellType.NUMBER
                || (cell.getType() == CellType.FORMULA && NUMBER.matcher(raw).matches())) {
            if (width > 0 && column == index[2] && isDateFormat(cell.getDataFormatString())) {
                return cell.asDate().toLocalDate().toString();
            }
            String plain;
            try {
                plain = new BigDecimal(raw).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
            if (width > 0 && column == index[0] && plain.matches("\\d{1}|\\d{4}|\\d{7}|\\d{11}")) {
                return "0" + plain; // Excel dropped the leading zero of the key
            }
            return plain;
        }
        if (cell.getType() == CellType.STRING || cell.getType() == CellType.FORMULA) {
            return cell.getText() == null ? raw : cell.getText();
        }
        return raw;
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return !f.equals("general") && (f.contains("d") || f.contains("y") || f.contains("j")) && f.contains("m");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** Splits a line at the separator; a field may be quoted with {@code "}, a quote inside written twice. */
    static List<String> split(String text, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Override
    public void close() throws IOException {
        try (InputStream stream = in) {
            if (rowStream != null) {
                rowStream.close();
            }
            if (workbook != null) {
                workbook.close();
            }
        } finally {
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }
}
