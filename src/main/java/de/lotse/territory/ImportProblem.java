package de.lotse.territory;

import java.util.List;

/**
 * An error or warning found while reading an import file, located as precisely as the format allows.
 *
 * @param file the uploaded file's name
 * @param line line number (1-based), or 0 when the problem concerns the whole file or a GeoJSON feature
 * @param field the field or property concerned, named as in the format's description (e.g. "Textkennzeichen (Stellen
 *     123–124)" of the GV100AD or "Feature 3: geometry"), or {@code null}
 * @param code stable identifier of the kind of problem, e.g. {@code number.invalid}
 * @param args the values the message mentions
 * @param message what is wrong, in plain words, in the language of the request
 */
public record ImportProblem(String file, int line, String field, String code, List<String> args, String message)
        implements java.io.Serializable {

    /** A problem whose message is not yet put into words; see {@link TerritoryImporter}. */
    static ImportProblem of(String file, int line, String field, String code, Object... args) {
        return new ImportProblem(
                file,
                line,
                field,
                code,
                java.util.Arrays.stream(args).map(String::valueOf).toList(),
                null);
    }

    ImportProblem withMessage(String text) {
        return new ImportProblem(file, line, field, code, args, text);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + (field == null ? "" : ", " + field) + ": "
                + (message != null ? message : code + " " + args);
    }
}
