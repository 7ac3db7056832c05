package de.lotse.planning;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a strategy, field of action, objective, measure, status report or aspect has invalid content. */
public class InvalidPlanningException extends RuntimeException {

    private final transient List<PlanningProblem> problems;

    public InvalidPlanningException(List<PlanningProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    static InvalidPlanningException of(String field, String code, String message) {
        return new InvalidPlanningException(List.of(new PlanningProblem(field, code, message)));
    }

    public List<PlanningProblem> problems() {
        return problems;
    }
}
