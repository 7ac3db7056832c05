package de.lotse.planning;

/**
 * Thrown when a user may not do what they tried: e.g. report the status of a measure they are neither a planner for
 * nor a member of its lead organisation. Web adapters answer 403.
 */
public class PlanningAccessDeniedException extends RuntimeException {

    PlanningAccessDeniedException(String message) {
        super(message);
    }
}
