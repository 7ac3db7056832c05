package de.lotse.planning;

/**
 * The budget of a measure in euros: planned (geplant), approved (bewilligt) and spent (verausgabt). Each amount may
 * be unknown ({@code null}); nothing is derived from an unknown amount.
 */
public record Budget(Money planned, Money approved, Money spent) {

    public static final Budget UNKNOWN = new Budget(null, null, null);

    /** Whether no amount is known. */
    public boolean isUnknown() {
        return planned == null && approved == null && spent == null;
    }

    /**
     * What is left of the approved amount, {@code null} when approved or spent is unknown or more was spent than
     * approved (see {@link #isOverspent()}).
     */
    public Money remaining() {
        if (approved == null || spent == null || isOverspent()) {
            return null;
        }
        return approved.minus(spent);
    }

    /** Whether more was spent than approved (false when either is unknown). */
    public boolean isOverspent() {
        return approved != null && spent != null && spent.compareTo(approved) > 0;
    }

    /**
     * The share of the approved amount that is spent, in percent rounded down, {@code null} when unknown or nothing
     * was approved.
     */
    public Integer spentPercent() {
        if (approved == null || spent == null || approved.euros().signum() == 0) {
            return null;
        }
        return spent.euros()
                .multiply(java.math.BigDecimal.valueOf(100))
                .divide(approved.euros(), 0, java.math.RoundingMode.DOWN)
                .intValue();
    }
}
