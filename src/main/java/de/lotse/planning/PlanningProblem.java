package de.lotse.planning;

/**
 * One invalid field of a planning draft: the field (as the API names it, e.g. {@code deadline} or
 * {@code costItems[1].planned}), a message code of the bundle {@code strategy} and an English message.
 */
public record PlanningProblem(String field, String code, String message) {}
