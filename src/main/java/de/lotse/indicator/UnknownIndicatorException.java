package de.lotse.indicator;

/** Thrown when no indicator with the given key is in the catalogue. */
public class UnknownIndicatorException extends RuntimeException {

    private final transient IndicatorKey key;

    UnknownIndicatorException(IndicatorKey key) {
        super("There is no indicator '" + key + "' in the catalogue");
        this.key = key;
    }

    public IndicatorKey key() {
        return key;
    }
}
