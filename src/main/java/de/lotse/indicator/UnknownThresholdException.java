package de.lotse.indicator;

/** There is no threshold with this id for this indicator. */
public class UnknownThresholdException extends RuntimeException {

    public UnknownThresholdException(IndicatorKey indicator, long id) {
        super("There is no threshold " + id + " of indicator " + indicator);
    }
}
