package de.lotse.planning;

/** Thrown when a round that does not exist is to be changed or compared. */
public class EvaluationRoundNotFoundException extends RuntimeException {

    EvaluationRoundNotFoundException(long id) {
        super("There is no evaluation round " + id + ".");
    }
}
