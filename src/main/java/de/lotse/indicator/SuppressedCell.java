package de.lotse.indicator;

import java.math.BigDecimal;

/**
 * A table cell after the suppression engine has decided on it: the raw cell and, if it must not be shown publicly,
 * why. The raw values stay here for users with permission; {@link #forPublic()} and {@link #forPermittedUser()} are
 * the two ways to render the cell.
 *
 * @param cell the raw cell
 * @param reason why the cell is withheld from public output, or {@code null} if it may be shown
 */
public record SuppressedCell(TableCell cell, SuppressionReason reason) {

    public SuppressedCell {
        if (cell == null) {
            throw new IllegalArgumentException("A suppressed cell needs its raw cell");
        }
    }

    /** The territory's key. */
    public String key() {
        return cell.key();
    }

    /** Whether the cell must be withheld from public output. */
    public boolean suppressed() {
        return reason != null;
    }

    /** The value public output may show: the raw value, or {@code null} if suppressed or missing. */
    public BigDecimal publicValue() {
        return suppressed() ? null : cell.value();
    }

    /**
     * The cell as anonymous users and public downloads see it: no value, numerator or denominator if suppressed, only
     * the flag. The reason is left out on purpose: {@link SuppressionReason#PRIMARY_SMALL_COUNT} would tell the reader
     * that the value lies between 1 and the minimum count, which is exactly what suppression hides.
     */
    public DisclosedCell forPublic() {
        if (suppressed()) {
            return new DisclosedCell(cell.key(), cell.parentKey(), null, null, null, true, null, false);
        }
        return new DisclosedCell(
                cell.key(), cell.parentKey(), cell.value(), cell.numerator(), cell.denominator(), false, null, false);
    }

    /** The cell as a user with permission to see confidential values sees it: raw, marked confidential if suppressed. */
    public DisclosedCell forPermittedUser() {
        return new DisclosedCell(
                cell.key(),
                cell.parentKey(),
                cell.value(),
                cell.numerator(),
                cell.denominator(),
                suppressed(),
                reason,
                suppressed());
    }
}
