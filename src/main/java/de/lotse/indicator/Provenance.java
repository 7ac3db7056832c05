package de.lotse.indicator;

/**
 * Where a value came from, so that every figure can be traced to its source. Who wrote it and when is recorded by the
 * value store itself. All parts are optional: a value a planner typed in has no file.
 *
 * @param importId the import run that wrote it, or {@code null}
 * @param sourceFile the name of the file it was read from, or {@code null}
 * @param sourceLine the line of that file (1-based), or {@code null}
 */
public record Provenance(Long importId, String sourceFile, Integer sourceLine) {

    /** A value entered by hand or computed, without a file. */
    public static final Provenance NONE = new Provenance(null, null, null);

    public Provenance {
        sourceFile = sourceFile == null || sourceFile.isBlank() ? null : sourceFile.strip();
        if (sourceFile != null && sourceFile.length() > 300) {
            throw new IllegalArgumentException("A source file name has at most 300 characters");
        }
        if (sourceLine != null && sourceLine < 1) {
            throw new IllegalArgumentException("A source line is 1 or more, not " + sourceLine);
        }
    }

    /** A value read from a line of a file. */
    public static Provenance fileLine(String sourceFile, int line) {
        return new Provenance(null, sourceFile, line);
    }
}
