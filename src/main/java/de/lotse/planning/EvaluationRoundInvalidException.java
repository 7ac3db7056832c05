package de.lotse.planning;

import java.util.List;

/** Thrown when a new round or a change of comments has invalid fields; names every problem. */
public class EvaluationRoundInvalidException extends RuntimeException {

    private final List<EvaluationRoundProblem> problems;

    EvaluationRoundInvalidException(List<EvaluationRoundProblem> problems) {
        super("Invalid evaluation round: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<EvaluationRoundProblem> problems() {
        return problems;
    }
}
