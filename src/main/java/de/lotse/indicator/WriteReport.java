package de.lotse.indicator;

/**
 * What writing a batch of values did.
 *
 * @param created cells that had no value before
 * @param changed cells whose value changed (the former value went into the revision history)
 * @param unchanged cells that already held the same value (nothing was written)
 */
public record WriteReport(int created, int changed, int unchanged) {

    /** All values of the batch. */
    public int total() {
        return created + changed + unchanged;
    }
}
