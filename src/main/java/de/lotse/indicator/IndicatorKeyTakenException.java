package de.lotse.indicator;

/** Thrown when an indicator is created with a key that another indicator already has. */
public class IndicatorKeyTakenException extends RuntimeException {

    IndicatorKeyTakenException(IndicatorKey key) {
        super("The catalogue already has an indicator '" + key + "'; choose another key or edit that indicator");
    }
}
