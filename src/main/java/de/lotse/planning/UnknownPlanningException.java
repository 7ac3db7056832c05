package de.lotse.planning;

/** Thrown when a strategy, field of action, objective, measure or aspect does not exist. */
public class UnknownPlanningException extends RuntimeException {

    UnknownPlanningException(String message) {
        super(message);
    }
}
