package de.lotse.organisation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an organisation or body draft has invalid fields, or its key is already taken. */
public class InvalidOrganisationException extends RuntimeException {

    private final transient List<OrganisationDraft.FieldProblem> problems;

    InvalidOrganisationException(List<OrganisationDraft.FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<OrganisationDraft.FieldProblem> problems() {
        return problems;
    }
}
