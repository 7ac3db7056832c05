package de.lotse.directory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A service or place draft was refused: every invalid field is listed (missing name, unknown organisation, unknown
 * term codes, schedules that end before they start, coordinates outside Germany, unknown language codes, texts longer
 * than their column …). Nothing of the draft was written.
 */
public class InvalidServiceException extends RuntimeException {

    private final transient List<DirectoryProblem> problems;

    InvalidServiceException(List<DirectoryProblem> problems) {
        super(problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DirectoryProblem> problems() {
        return problems;
    }

    static void refuseIfAny(List<DirectoryProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidServiceException(problems);
        }
    }
}
