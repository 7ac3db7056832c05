package de.lotse.territory;

/**
 * An error or warning found while reading an import file, located as precisely as the format allows.
 *
 * @param file the uploaded file's name
 * @param line line number (1-based), or 0 when the problem concerns the whole file
 * @param field the field or property concerned (e.g. "Textkennzeichen (Stellen 123–124)"), or {@code null}
 * @param message what is wrong, in plain words
 */
public record ImportProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + (field == null ? "" : ", " + field) + ": " + message;
    }
}
