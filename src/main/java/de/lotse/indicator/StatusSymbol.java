package de.lotse.indicator;

import java.util.Optional;

/**
 * The official status symbols ("Zeichenerklärung") of the statistical offices, stored with a value. {@code -} and
 * {@code ...} say something about the figure itself; {@code .}, {@code x} and {@code /} say why it is withheld. The
 * readers of statistics files use their own package-private {@code StatisticsSymbol}, which maps onto this one.
 */
public enum StatusSymbol {
    /** {@code -}: nichts vorhanden (genau null); a stored value, if any, is 0. */
    NOTHING("-"),
    /** {@code .}: Zahlenwert unbekannt oder geheim zu halten; the county may store the withheld value itself. */
    UNKNOWN_OR_SECRET("."),
    /** {@code x}: Tabellenfach gesperrt, weil Aussage nicht sinnvoll; never with a value. */
    NOT_MEANINGFUL("x"),
    /** {@code /}: keine Angaben, da Zahlenwert nicht sicher genug; the uncertain value may be stored. */
    TOO_UNCERTAIN("/"),
    /** {@code ...}: Angabe fällt später an; never with a value. */
    NOT_YET_AVAILABLE("...");

    private final String sign;

    StatusSymbol(String sign) {
        this.sign = sign;
    }

    /** The sign as official statistics print it. */
    public String sign() {
        return sign;
    }

    /** The symbol written exactly as {@code text}, if it is one. */
    public static Optional<StatusSymbol> of(String text) {
        for (StatusSymbol symbol : values()) {
            if (symbol.sign.equals(text)) {
                return Optional.of(symbol);
            }
        }
        return Optional.empty();
    }

    /** The symbol a statistics file reader found. */
    static StatusSymbol of(StatisticsSymbol symbol) {
        return valueOf(symbol.name());
    }
}
