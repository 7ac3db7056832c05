package de.lotse.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The value of an indicator for one territory and period as computed from its inputs, with the inputs themselves so
 * that a page can show how it came about.
 *
 * <p>The value is kept exact (a quotient to 34 significant digits); {@link #displayValue()} rounds it to the
 * indicator's decimal places. An input with a status symbol passes it on: a rate computed from a secret count is
 * secret ({@code .}), and it is the caller's job to apply the confidentiality rules before showing it, as for a
 * {@link StoredValue}.
 *
 * @param indicator the computed indicator
 * @param indicatorVersion the version of its definition the value was computed with
 * @param territoryId the territory's id
 * @param period the period
 * @param value the exact value, or {@code null} when it cannot be computed (see {@code reason})
 * @param decimals the decimal places the indicator is shown with
 * @param status the strongest status symbol of the inputs ({@code x} before {@code ...} before {@code .} before
 *     {@code /}), or {@code null}; {@code -} (nothing) counts as the figure 0 and is not passed on
 * @param reason why there is no value, or {@code null} when there is one
 * @param inputs the inputs, numerator before denominator, in the order of the formula
 */
public record ComputedValue(
        IndicatorKey indicator,
        int indicatorVersion,
        long territoryId,
        Period period,
        BigDecimal value,
        int decimals,
        StatusSymbol status,
        NoValueReason reason,
        List<Input> inputs) {

    public ComputedValue {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("A computed value has either a value or a reason why it has none");
        }
        inputs = List.copyOf(inputs);
    }

    /** Whether a value could be computed. */
    public boolean hasValue() {
        return value != null;
    }

    /** The value rounded half up to the indicator's decimal places, or {@code null}. */
    public BigDecimal displayValue() {
        return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** What an input is to the formula. */
    public enum Role {
        /** The stored value of a raw indicator itself. */
        VALUE,
        NUMERATOR,
        DENOMINATOR,
        /** A reference of an expression. */
        TERM
    }

    /**
     * One input of a computation as it was read from the value store.
     *
     * @param role what the input is to the formula
     * @param indicator the input indicator
     * @param indicatorVersion the version of the input indicator the stored value was written with, or {@code null}
     *     if there is no stored value
     * @param value the stored figure, or {@code null}
     * @param status the stored status symbol, or {@code null}
     */
    public record Input(
            Role role, IndicatorKey indicator, Integer indicatorVersion, BigDecimal value, StatusSymbol status) {

        /** Whether a value is stored for the input at all. */
        public boolean stored() {
            return indicatorVersion != null;
        }

        /** The figure the formula uses: the stored figure, 0 for {@code -} (nothing), otherwise {@code null}. */
        public BigDecimal usableValue() {
            if (status == StatusSymbol.NOTHING) {
                return BigDecimal.ZERO;
            }
            return value;
        }
    }
}
