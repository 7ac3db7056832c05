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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * Reads Lotse's generic long format: a CSV file, separated by {@code ;} or {@code ,} (whichever the header line uses),
 * UTF-8 with or without byte order mark, with the header {@code territory,indicator,period,value} and an optional
 * {@code status} column, in any order; one value per row. Rows are read one at a time, each line decoded on its own,
 * so that memory stays bounded and a byte that is not UTF-8 is reported with its line. Each row becomes an {@link
 * Observation} whose column path is the indicator key as written; the value is a number ({@code 137045}, {@code
 * 12.5}, with {@code ;} also {@code 12,5}) or an official symbol, and the status column may add a symbol to a number
 * (e.g. {@code .} for a withheld figure).
 *
 * <p>Problem codes: {@code file.empty}, {@code encoding.invalid} (not UTF-8; reading stops), {@code record.tooLong},
 * {@code header.missingColumn}, {@code header.unknownColumn}, {@code header.duplicateColumn}, {@code row.short},
 * {@code row.long}, {@code territory.missing}, {@code indicator.missing}, {@code period.missing}, {@code value.empty},
 * {@code value.invalid}, {@code status.invalid}. Periods are checked by the importer.
 */
final class LongFormatReader implements Iterator<Observation>, Closeable {

    static final List<String> REQUIRED = List.of("territory", "indicator", "period", "value");
    static final String STATUS = "status";

    /** Longest line accepted; real rows have well below 200 characters. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private final InputStream in;
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

    List<ReadProblem> problems() {
        return problems.list();
    }

    int problemCount() {
        return problems.count();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            List<String> fields = nextRecord();
            if (fields == null) {
                finished = true;
            } else if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
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
        in.close();
    }
}
