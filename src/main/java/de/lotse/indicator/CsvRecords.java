package de.lotse.indicator;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * The records of a semicolon-separated statistics file, one at a time (FastCSV on a {@link DetectingDecoder}), so
 * that memory stays bounded whatever the size of the file. Quoted fields may span lines (the title and footer of the
 * table CSV do); line numbers are those of the file. A record of differing length is handed out as it is, for the
 * reader to report. Problems that stop reading (mixed encoding, a record longer than {@value #MAX_RECORD_CHARS}
 * characters) are added to the reader's problems, and the records end there.
 */
final class CsvRecords implements Closeable {

    /** Longest record accepted; real rows have below 2,000 characters, the longest footer note about 1,500. */
    static final int MAX_RECORD_CHARS = 1024 * 1024;

    private final DetectingDecoder decoder;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final ReadProblems problems;
    private boolean stopped;
    private boolean brokenOff;
    private int lastLine;

    CsvRecords(InputStream in, ReadProblems problems) {
        this.decoder = new DetectingDecoder(in);
        this.problems = problems;
        this.reader = CsvReader.builder()
                .fieldSeparator(';')
                .quoteCharacter('"')
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(MAX_RECORD_CHARS)
                .ofCsvRecord(decoder);
        this.records = reader.iterator();
    }

    /** The next record, or {@code null} at the end of the file or after a problem that stops reading. */
    CsvRecord next() {
        if (stopped) {
            return null;
        }
        try {
            if (!records.hasNext()) {
                stopped = true;
                return null;
            }
            CsvRecord record = records.next();
            lastLine = (int) record.getStartingLineNumber();
            return record;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof DetectingDecoder.MixedEncodingException mixed) {
                stopped = true;
                brokenOff = true;
                problems.add(mixed.line(), 0, null, "encoding.mixed");
                return null;
            }
            throw e;
        } catch (CsvParseException e) {
            stopped = true;
            brokenOff = true;
            problems.add(lastLine + 1, 0, null, "record.tooLong", MAX_RECORD_CHARS);
            return null;
        }
    }

    /** Line of the last record handed out (its first line), 0 before the first. */
    int lastLine() {
        return lastLine;
    }

    /** Whether reading stopped before the end of the file because of a problem. */
    boolean brokenOff() {
        return brokenOff;
    }

    /** The encoding the file turned out to have: UTF-8 or ISO-8859-1 (final once read to the end). */
    Charset charset() {
        return decoder.charset();
    }

    /** Whether the file ends with a line break; a file cut off in the middle of a line does not. */
    boolean endsWithLineBreak() {
        return decoder.endsWithLineBreak();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
