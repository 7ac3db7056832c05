package de.lotse.planning;

/**
 * The strategy an evaluation round belongs to, as far as the rounds need it: its id, its key (the address
 * {@code /planung/{key}}) and its title.
 */
public record EvaluationRoundStrategy(long id, String key, String title) {}
