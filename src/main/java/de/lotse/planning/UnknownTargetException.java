package de.lotse.planning;

/** Thrown when a target named by id does not exist. */
public class UnknownTargetException extends RuntimeException {

    UnknownTargetException(long id) {
        super("There is no target " + id + ".");
    }
}
