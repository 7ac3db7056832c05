package de.lotse.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value as the store holds it: the figure or status of one indicator for one territory and period, with the version
 * of the indicator it was written with and its provenance. Values with a status symbol such as {@code .} (secret) may
 * carry a withheld number; it is the caller's job to apply the confidentiality rules before showing it.
 *
 * @param indicator the indicator's key
 * @param indicatorVersion the version of the indicator's definition the value was imported or computed with
 * @param territoryId the territory's id
 * @param period the period
 * @param value the figure, or {@code null}
 * @param status the official status symbol, or {@code null}
 * @param quality the quality flag, or {@code null}
 * @param provenance import, file and line it came from
 * @param recordedBy who wrote it
 * @param recordedAt when it was written
 */
public record StoredValue(
        IndicatorKey indicator,
        int indicatorVersion,
        long territoryId,
        Period period,
        BigDecimal value,
        StatusSymbol status,
        QualityFlag quality,
        Provenance provenance,
        String recordedBy,
        Instant recordedAt) {}
