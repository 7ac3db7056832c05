package de.lotse.directory.review;

import java.util.List;

/**
 * One invalid field of a proposal or of the planner's decision.
 *
 * @param field the field path, e.g. {@code name} or {@code sites[1].schedules[0].closesAt}
 * @param messageKey the key of the German/English text (bundle {@code review} or {@code directory}); placeholders
 *     {0}, {1} are filled with {@code arguments}
 * @param message the English text for the API
 */
public record ProposalFieldProblem(String field, String messageKey, List<String> arguments, String message) {

    public ProposalFieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A problem with a text of this module's bundle ({@code review.problem.<code>}). */
    static ProposalFieldProblem of(String field, String code, String message) {
        return new ProposalFieldProblem(field, "review.problem." + code, List.of(), message);
    }
}
