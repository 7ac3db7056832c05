package de.lotse.planning;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when performance measures or values cannot be saved; the kind says why. */
public class PerformanceException extends RuntimeException {

    /** Why. */
    public enum Kind {
        /** There is no such measure or performance measure (of this measure). */
        NOT_FOUND,
        /** The user is neither a planner nor a member of the measure's lead organisation. */
        FORBIDDEN,
        /** The input has invalid fields ({@link #problems()}). */
        INVALID
    }

    private final Kind kind;
    private final transient List<TargetDraft.Problem> problems;

    PerformanceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
        this.problems = List.of();
    }

    PerformanceException(List<TargetDraft.Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.kind = Kind.INVALID;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    /** The invalid fields (for {@link Kind#INVALID}). */
    public List<TargetDraft.Problem> problems() {
        return problems;
    }
}
