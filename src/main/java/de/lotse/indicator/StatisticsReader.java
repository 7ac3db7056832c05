package de.lotse.indicator;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the values of one official statistics file, one {@link Observation} at a time and with bounded memory,
 * whatever the size of the file. Bad content never throws: a malformed row or cell is skipped and reported as a
 * {@link ReadProblem} with its line and column; a problem that makes the rest unreadable (wrong format, mixed
 * encoding, a file cut off) ends the observations. Read to the end before judging {@link #problems()}: some problems
 * (a missing footer) show only there.
 */
sealed interface StatisticsReader extends Iterator<Observation>, Closeable permits ClassicTableReader, FlatFileReader {

    /** The format the file was read as. */
    StatisticsFormat format();

    /** The problems found so far, in file order (at most {@value ReadProblems#MAX_KEPT} of each kind). */
    List<ReadProblem> problems();

    /** How many problems were found so far, including those beyond {@value ReadProblems#MAX_KEPT}. */
    int problemCount();

    /** How many problems of each kind (code) were found so far, including those not kept. */
    java.util.Map<String, Integer> problemCounts();

    /**
     * How deep the file goes (Kreise or Gemeinden), which decides how its 8-digit region keys are read ({@link
     * GenesisKeys}); for a flat file known once its rows are read.
     */
    RegionalDepth depth();

    /** The encoding the file was decoded with: UTF-8 or ISO-8859-1 (final once the file is read to the end). */
    Charset encoding();

    /** The remaining observations as a sequential stream (closing the stream does not close the reader). */
    default Stream<Observation> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }

    /**
     * Opens a file in whichever format its first bytes show ({@link StatisticsFormat#detect(byte[])}). A file in no
     * known format gives a reader without observations whose problem says so ({@code file.empty}, {@code
     * format.unknown}, or {@code format.other} for a ZIP archive).
     */
    static StatisticsReader open(InputStream in) {
        BufferedInputStream buffered = StatisticsFormat.buffered(in);
        StatisticsFormat format = StatisticsFormat.detect(StatisticsFormat.head(buffered));
        if (format == StatisticsFormat.FLAT_FILE || format == StatisticsFormat.FLAT_FILE_OLD) {
            return FlatFileReader.open(buffered);
        }
        return ClassicTableReader.open(buffered);
    }
}
