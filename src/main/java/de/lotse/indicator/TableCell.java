package de.lotse.indicator;

import java.math.BigDecimal;

/**
 * One cell of a statistical table as the suppression engine sees it: the value of one territory in a table of one
 * indicator and one period, and the territory it is a part of. The parent's value is the total of its children's
 * values (an additive group); for a rate, the numerators and the denominators add up, not the rates.
 *
 * @param key the territory's key, e.g. its ARS; unique in the table, and the tie-break when cells are equally small
 * @param parentKey the key of the territory whose total this cell is a part of, or {@code null} for the top of the
 *     table
 * @param value the count or the rate, or {@code null} if the table has no value for the territory (missing or withheld
 *     by the source)
 * @param numerator a rate's numerator (a count), or {@code null} if unknown or for a count
 * @param denominator a rate's denominator, or {@code null} if unknown or for a count
 */
public record TableCell(String key, String parentKey, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    public TableCell {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A table cell needs a key");
        }
        if (key.equals(parentKey)) {
            throw new IllegalArgumentException("The cell " + key + " cannot be its own part");
        }
        if (numerator != null && numerator.signum() < 0 || denominator != null && denominator.signum() < 0) {
            throw new IllegalArgumentException("The numerator and denominator of " + key + " are not negative");
        }
    }

    /** A count, e.g. the number of children receiving SGB II benefits in a municipality. */
    public static TableCell count(String key, String parentKey, long value) {
        return new TableCell(key, parentKey, BigDecimal.valueOf(value), null, null);
    }

    /** A rate with its numerator and denominator, each {@code null} if unknown. */
    public static TableCell rate(
            String key, String parentKey, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        return new TableCell(key, parentKey, value, numerator, denominator);
    }

    /** A territory for which the table has no value. */
    public static TableCell missing(String key, String parentKey) {
        return new TableCell(key, parentKey, null, null, null);
    }

    /** Whether the table has a value for this cell at all. */
    boolean available() {
        return value != null;
    }
}
