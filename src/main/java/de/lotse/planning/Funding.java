package de.lotse.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Who pays for (part of) a measure: the funder (source), its programme, the funding period and the share of the
 * costs in percent or the amount; anything not known is {@code null}.
 */
public record Funding(
        String source,
        String programme,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal sharePercent,
        Money amount) {

    public Funding {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A funding needs its source");
        }
        source = source.strip();
        programme = programme == null || programme.isBlank() ? null : programme.strip();
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("The funding period ends before it starts");
        }
        if (sharePercent != null
                && (sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("The share is a percentage between 0 and 100");
        }
    }
}
