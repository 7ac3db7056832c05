package de.lotse.indicator;

import java.math.BigDecimal;

/**
 * A value to be written to the value store: the figure of one indicator for one territory and period.
 *
 * <p>A value has a number, a status symbol or both. {@code ...} (not yet available) and {@code x} (not meaningful)
 * never carry a number; {@code -} (nothing) carries none or 0; {@code .} (secret) and {@code /} (too uncertain) may
 * carry the withheld number when the county knows it, which public outputs then hide.
 *
 * @param indicator the indicator's key
 * @param territoryId the territory's id ({@code Territory.id()})
 * @param period the period the figure refers to
 * @param value the figure, or {@code null}
 * @param status the official status symbol, or {@code null} for a plain figure
 * @param quality the quality flag, or {@code null}
 * @param provenance where the figure comes from
 */
public record NewValue(
        IndicatorKey indicator,
        long territoryId,
        Period period,
        BigDecimal value,
        StatusSymbol status,
        QualityFlag quality,
        Provenance provenance) {

    public NewValue {
        if (indicator == null || period == null) {
            throw new IllegalArgumentException("A value needs an indicator and a period");
        }
        if (value == null && status == null) {
            throw new IllegalArgumentException("A value needs a number or a status symbol");
        }
        if (value != null && (status == StatusSymbol.NOT_YET_AVAILABLE || status == StatusSymbol.NOT_MEANINGFUL)) {
            throw new IllegalArgumentException(
                    "A value with the symbol '" + status.sign() + "' has no number, but got " + value);
        }
        if (value != null && status == StatusSymbol.NOTHING && value.signum() != 0) {
            throw new IllegalArgumentException("A value with the symbol '-' (nothing) is 0, not " + value);
        }
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** A plain figure. */
    public static NewValue of(IndicatorKey indicator, long territoryId, Period period, BigDecimal value) {
        return new NewValue(indicator, territoryId, period, value, null, null, Provenance.NONE);
    }

    /** A status symbol without a figure. */
    public static NewValue symbol(IndicatorKey indicator, long territoryId, Period period, StatusSymbol status) {
        return new NewValue(indicator, territoryId, period, null, status, null, Provenance.NONE);
    }

    /** The same value with the given provenance. */
    public NewValue from(Provenance source) {
        return new NewValue(indicator, territoryId, period, value, status, quality, source);
    }
}
