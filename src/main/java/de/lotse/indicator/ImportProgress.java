package de.lotse.indicator;

/**
 * Receives how far a running statistics import has got, e.g. to show a progress bar. Called from the importing thread
 * every {@value #EVERY_ROWS} rows and once at the end of the reading; implementations must be cheap and thread-safe
 * for readers on other threads.
 */
@FunctionalInterface
public interface ImportProgress {

    /** How often (in rows) progress is reported. */
    int EVERY_ROWS = 2_000;

    /** Reports nothing. */
    ImportProgress NONE = (rows, bytes) -> {};

    /**
     * @param rowsRead values (rows) read so far
     * @param bytesRead bytes of the uploaded file read so far (for a workbook, which is unpacked first: all of them)
     */
    void update(long rowsRead, long bytesRead);
}
