package de.lotse.planning;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a target draft has invalid fields or refers to something that does not exist. */
public class InvalidTargetException extends RuntimeException {

    private final transient List<TargetDraft.Problem> problems;

    InvalidTargetException(List<TargetDraft.Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The invalid fields, in form order. */
    public List<TargetDraft.Problem> problems() {
        return problems;
    }
}
