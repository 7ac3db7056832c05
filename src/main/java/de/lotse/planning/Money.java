package de.lotse.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros, never negative, with at most two decimal places (cent). An unknown amount is not a
 * {@code Money} but {@code null} — "unbekannt" is never stored as zero.
 */
public record Money(BigDecimal euros) implements Comparable<Money> {

    /** The largest amount the database holds (NUMERIC(14, 2)). */
    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(euros, "euros");
        if (euros.signum() < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative: " + euros);
        }
        if (euros.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("At most two decimal places (cent): " + euros);
        }
        if (euros.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("Too large: " + euros);
        }
        euros = euros.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    public static Money of(String euros) {
        return new Money(new BigDecimal(euros));
    }

    /** The amount, or {@code null} for {@code null} (unknown stays unknown). */
    public static Money ofNullable(BigDecimal euros) {
        return euros == null ? null : new Money(euros);
    }

    /**
     * Reads an amount as people type it: {@code 10000}, {@code 10.000}, {@code 10.000,50}, {@code 10000.50},
     * optionally followed by "€" or "EUR". Blank text is unknown ({@code null}).
     *
     * @throws IllegalArgumentException when the text is no amount of euros
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip()
                .replace("€", "")
                .replace("EUR", "")
                .replace(" ", "")
                .replace("\u00a0", "");
        if (!t.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?|\\d+\\.\\d{1,2}")) {
            throw new IllegalArgumentException("Not an amount of euros: " + text);
        }
        if (t.contains(",") || t.matches("\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "").replace(",", ".");
        }
        return new Money(new BigDecimal(t));
    }

    public Money plus(Money other) {
        return new Money(euros.add(other.euros));
    }

    /** This minus the other; negative results are not money but a shortfall, so they are refused. */
    public Money minus(Money other) {
        return new Money(euros.subtract(other.euros));
    }

    @Override
    public int compareTo(Money other) {
        return euros.compareTo(other.euros);
    }

    /** The plain amount, e.g. {@code 10000.00}, as the API writes it. */
    @Override
    public String toString() {
        return euros.toPlainString();
    }
}
