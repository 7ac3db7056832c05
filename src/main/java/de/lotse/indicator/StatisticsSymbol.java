package de.lotse.indicator;

import java.util.Optional;

/**
 * The official signs ("Zeichenerklärung") that the statistical offices of the Federation and the Länder write in
 * place of a number. A cell with a sign has no value; the sign itself must be kept, because "nothing" (-) and "secret"
 * (.) mean different things to a planner and to the confidentiality rules.
 */
enum StatisticsSymbol {
    /** {@code -}: nichts vorhanden (genau null). */
    NOTHING("-"),
    /** {@code .}: Zahlenwert unbekannt oder geheim zu halten. */
    UNKNOWN_OR_SECRET("."),
    /** {@code x}: Tabellenfach gesperrt, weil Aussage nicht sinnvoll. */
    NOT_MEANINGFUL("x"),
    /** {@code /}: keine Angaben, da Zahlenwert nicht sicher genug. */
    TOO_UNCERTAIN("/"),
    /** {@code ...}: Angabe fällt später an. */
    NOT_YET_AVAILABLE("...");

    private final String sign;

    StatisticsSymbol(String sign) {
        this.sign = sign;
    }

    /** The sign as printed in the files. */
    String sign() {
        return sign;
    }

    /** The symbol written exactly as {@code text}, if it is one. */
    static Optional<StatisticsSymbol> of(String text) {
        for (StatisticsSymbol symbol : values()) {
            if (symbol.sign.equals(text)) {
                return Optional.of(symbol);
            }
        }
        return Optional.empty();
    }
}
