package de.lotse.indicator;

import java.util.List;

/**
 * Thrown when a batch of values cannot be written because some of them are invalid (unknown indicator or territory,
 * a level the indicator does not exist for, the same cell twice). Nothing of the batch is written.
 */
public class InvalidValuesException extends RuntimeException {

    private final transient List<Problem> problems;

    InvalidValuesException(List<Problem> problems) {
        super(problems.size() + " of the values cannot be written, so none is: "
                + String.join(
                        "; ", problems.stream().limit(20).map(Problem::describe).toList())
                + (problems.size() > 20 ? "; …" : ""));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order of the batch. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One invalid value.
     *
     * @param index position in the batch (0-based)
     * @param value the value
     * @param message what is wrong with it
     */
    public record Problem(int index, NewValue value, String message) {

        String describe() {
            Provenance p = value.provenance();
            String where = p.sourceLine() != null ? "line " + p.sourceLine() : "value " + (index + 1);
            return where + ": " + message;
        }
    }
}
