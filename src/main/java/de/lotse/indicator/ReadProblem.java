package de.lotse.indicator;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong in an official statistics file, located as precisely as the format allows, so that a planner can
 * find it in the file. Messages in the user's language are made later from {@link #code()} and {@link #args()}.
 *
 * @param line physical line of the file (1-based, as an editor counts), or 0 when it concerns the whole file
 * @param column 1-based column (field) of the line, or 0 when it concerns the whole line
 * @param field what the column holds, as the file names it (a flat file's column name such as {@code value}, or the
 *     header path of a table column such as {@code 31.12.2015 / Insgesamt}), or {@code null}
 * @param code stable identifier of the kind of problem, e.g. {@code value.invalid}; see the readers for the list
 * @param args the values the message mentions (e.g. the text found)
 */
record ReadProblem(int line, int column, String field, String code, List<String> args) {

    static ReadProblem of(int line, int column, String field, String code, Object... args) {
        return new ReadProblem(
                line,
                column,
                field,
                code,
                Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line : "file") + (column > 0 ? ", column " + column : "")
                + (field == null ? "" : " (" + field + ")") + ": " + code + " " + args;
    }
}
