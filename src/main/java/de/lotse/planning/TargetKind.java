package de.lotse.planning;

import java.math.BigDecimal;
import java.math.MathContext;

/** How the stated target value is meant. */
public enum TargetKind {
    /** Reach the stated value, e.g. 95 %. */
    ABSOLUTE,
    /**
     * Change the baseline by the stated percentage, e.g. +10 % (the baseline times 1.10). The percentage is taken of the
     * baseline's magnitude, so +10 % of a negative balance of −100 is −90, a rise as stated.
     */
    RELATIVE_PERCENT,
    /** Change the baseline by the stated amount in the indicator's unit, e.g. −2 percentage points. */
    CHANGE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whether the target can only be resolved against a baseline value. */
    public boolean needsBaseline() {
        return this != ABSOLUTE;
    }

    /**
     * The value to reach.
     *
     * @param stated the stated target value (a value, a percentage or an amount)
     * @param baseline the baseline value, {@code null} when unknown
     * @return the value to reach; {@code null} when the target needs a baseline and there is none
     */
    public BigDecimal resolve(BigDecimal stated, BigDecimal baseline) {
        if (this == ABSOLUTE) {
            return stated;
        }
        if (baseline == null) {
            return null;
        }
        return switch (this) {
            case RELATIVE_PERCENT ->
                baseline.add(baseline.abs().multiply(stated).divide(HUNDRED, MathContext.DECIMAL64));
            case CHANGE -> baseline.add(stated);
            case ABSOLUTE -> stated;
        };
    }

    /** The message key of the kind's name, e.g. {@code targets.kind.ABSOLUTE}. */
    public String messageKey() {
        return "targets.kind." + name();
    }
}
