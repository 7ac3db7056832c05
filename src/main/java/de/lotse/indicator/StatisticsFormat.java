package de.lotse.indicator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The file formats in which the statistical offices publish their tables and which Lotse reads, recognised from the
 * first bytes of a file (at most {@value #PROBE_BYTES}).
 */
enum StatisticsFormat {
    /**
     * "Tabelle als CSV" from GENESIS-Online or the Regionaldatenbank (regionalstatistik.de): a title block starting
     * with {@code GENESIS-Tabelle: <code>}, a header of one or more rows, one row per region (and period or
     * breakdown), a footer after {@code __________}.
     */
    CLASSIC_TABLE,
    /**
     * GENESIS flat file ("ffcsv") in the layout of 2024: one value per row, header {@code
     * statistics_code;statistics_label;time_code;…}.
     */
    FLAT_FILE,
    /**
     * GENESIS flat file in the layout before 2024: header {@code Statistik_Code;Statistik_Label;Zeit_Code;…}, one
     * column per value variable named {@code <CODE>__<Label>__<Einheit>}.
     */
    FLAT_FILE_OLD,
    /** A ZIP archive, as the GENESIS web service delivers flat files; it has to be unpacked first. */
    ZIP_ARCHIVE,
    /** Nothing Lotse can read as official statistics (including an empty file). */
    UNKNOWN;

    /** How many bytes {@link #detect(byte[])} looks at. */
    static final int PROBE_BYTES = 64;

    /** The format of a file that begins with these bytes (any number; only the first {@value #PROBE_BYTES} count). */
    static StatisticsFormat detect(byte[] firstBytes) {
        int length = Math.min(firstBytes.length, PROBE_BYTES);
        if (length >= 4 && firstBytes[0] == 'P' && firstBytes[1] == 'K' && firstBytes[2] == 3 && firstBytes[3] == 4) {
            return ZIP_ARCHIVE;
        }
        int start = length >= 3
                        && (firstBytes[0] & 0xFF) == 0xEF
                        && (firstBytes[1] & 0xFF) == 0xBB
                        && (firstBytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        // the markers are ASCII, so the encoding of the rest does not matter here
        String head = new String(firstBytes, start, length - start, StandardCharsets.ISO_8859_1);
        if (head.startsWith("GENESIS-Tabelle:")) {
            return CLASSIC_TABLE;
        }
        if (head.startsWith("statistics_code;statistics_label;time_code;")) {
            return FLAT_FILE;
        }
        if (head.startsWith("Statistik_Code;Statistik_Label;Zeit_Code;")) {
            return FLAT_FILE_OLD;
        }
        return UNKNOWN;
    }

    /** The stream, buffered so that its first bytes can be looked at without consuming them. */
    static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 64 * 1024);
    }

    /** The first bytes of the stream (at most {@value #PROBE_BYTES}, none if it is empty); it is left where it was. */
    static byte[] head(BufferedInputStream in) {
        try {
            in.mark(PROBE_BYTES);
            byte[] head = in.readNBytes(PROBE_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the problem for a file that does not begin like one of the expected formats and tells whether there was
     * one: {@code file.empty}, {@code format.unknown}, or {@code format.other} naming the format found.
     */
    static boolean rejectUnexpected(byte[] head, List<StatisticsFormat> expected, ReadProblems problems) {
        StatisticsFormat found = detect(head);
        if (expected.contains(found)) {
            return false;
        }
        if (head.length == 0) {
            problems.add(0, 0, null, "file.empty");
        } else if (found == UNKNOWN) {
            problems.add(1, 0, null, "format.unknown", expected.getFirst());
        } else {
            problems.add(1, 0, null, "format.other", found, expected.getFirst());
        }
        return true;
    }
}
