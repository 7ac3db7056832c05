package de.lotse.planning;

/** Thrown when the strategy already has a round with the title of a new one. */
public class EvaluationRoundTitleTakenException extends RuntimeException {

    EvaluationRoundTitleTakenException(String title) {
        super("The strategy already has an evaluation round titled '" + title + "'.");
    }
}
