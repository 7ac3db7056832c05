package de.lotse.indicator;

import java.math.BigDecimal;

/**
 * A table cell as it is rendered for one audience (pages, API, downloads), produced by
 * {@link SuppressedCell#forPublic()} or {@link SuppressedCell#forPermittedUser()}.
 *
 * @param key the territory's key
 * @param parentKey the key of the territory it is a part of, or {@code null}
 * @param value the value, or {@code null} when suppressed for this audience or missing
 * @param numerator a rate's numerator, or {@code null} when suppressed for this audience, unknown or a count
 * @param denominator a rate's denominator, or {@code null} when suppressed for this audience, unknown or a count
 * @param suppressed whether the cell is withheld from public output
 * @param reason why, shown only to users with permission; always {@code null} in public output
 * @param confidential whether the values shown are confidential (raw values of a suppressed cell shown to a user with
 *     permission), so that pages mark them and nobody passes them on
 */
public record DisclosedCell(
        String key,
        String parentKey,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        boolean suppressed,
        SuppressionReason reason,
        boolean confidential) {}
