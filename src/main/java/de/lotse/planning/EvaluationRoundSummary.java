package de.lotse.planning;

/** A round in the list of a strategy's rounds, with its roll-up (counts per status and per verdict). */
public record EvaluationRoundSummary(EvaluationRound round, EvaluationRoundTally tally) {}
