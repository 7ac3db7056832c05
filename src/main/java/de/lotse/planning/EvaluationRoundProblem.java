package de.lotse.planning;

/**
 * A problem with what was entered for an evaluation round.
 *
 * @param field the field, e.g. {@code title} or {@code measures[12].comment}
 * @param code the message code in the {@code rounds} bundle, e.g. {@code rounds.error.titleRequired}
 */
public record EvaluationRoundProblem(String field, String code) {}
