package de.lotse.indicator;

/** Why a cell of a statistical table is withheld from public output (statistical confidentiality). */
public enum SuppressionReason {
    /** Primary suppression: the count, or a rate's numerator, is at least 1 and below the rule's minimum count. */
    PRIMARY_SMALL_COUNT,
    /** Primary suppression: a rate's denominator is below the rule's minimum denominator. */
    PRIMARY_SMALL_DENOMINATOR,
    /**
     * Secondary suppression: the cell is not small itself, but is withheld so that a primary-suppressed cell cannot be
     * recovered from a total and the other cells.
     */
    SECONDARY
}
