package de.lotse.indicator.web;

import de.lotse.indicator.Formula;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.IndicatorReadModel.ShownValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.ValueCoverage;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.List;

/**
 * The time series of one territory as the pages and downloads show it, through {@link IndicatorReadModel} only. The
 * read model's time series holds the stored values; a ratio is often not stored but computed from its numerator and
 * denominator, which the read model does in a cross-section. For a ratio the series is therefore read period by period
 * as the territory's own value in a cross-section below it ({@code crossSection(...).parent()}), which is the same
 * value, decided in the same suppression table, as on the indicator page.
 */
final class TimeSeries {

    private TimeSeries() {}

    static List<ShownValue> of(
            IndicatorReadModel readModel,
            ValueCoverage coverage,
            Indicator indicator,
            Territory territory,
            IndicatorReadModel.Audience audience) {
        if (!(indicator.definition().formula() instanceof Formula.Ratio)) {
            return readModel.timeSeries(indicator.key(), territory, audience);
        }
        List<ShownValue> series = new ArrayList<>();
        for (Period period : coverage.periods(indicator.key())) {
            ShownValue v = readModel
                    .crossSection(indicator.key(), territory, null, period, audience)
                    .parent();
            if (v.value() != null || v.status() != null || v.suppressed()) {
                series.add(v);
            }
        }
        return series;
    }
}
