package de.lotse.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A linear trend (ordinary least squares over the values considered, each at the last day of its period) and its
 * forecast at the target date. It needs at least two values of different periods.
 *
 * @param points how many values it was fitted to
 * @param from the last day of the first period considered
 * @param fromValue the trend's value at {@code from}
 * @param slopePerYear the change per year (365.25 days)
 * @param at the target date
 * @param forecast the trend's value at the target date
 */
public record TrendForecast(
        int points, LocalDate from, BigDecimal fromValue, BigDecimal slopePerYear, LocalDate at, BigDecimal forecast) {

    private static final int SCALE = 6;
    private static final double DAYS_PER_YEAR = 365.25;

    /** The trend through points (date, value) projected to the date; empty with fewer than two distinct dates. */
    static Optional<TrendForecast> fit(List<LocalDate> dates, List<BigDecimal> values, LocalDate at) {
        int n = dates.size();
        if (n < 2 || dates.stream().distinct().count() < 2) {
            return Optional.empty();
        }
        double origin = dates.getFirst().toEpochDay();
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            sumX += dates.get(i).toEpochDay() - origin;
            sumY += values.get(i).doubleValue();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = dates.get(i).toEpochDay() - origin - meanX;
            sxy += dx * (values.get(i).doubleValue() - meanY);
            sxx += dx * dx;
        }
        double slopePerDay = sxy / sxx;
        double intercept = meanY - slopePerDay * meanX;
        double forecast = intercept + slopePerDay * (at.toEpochDay() - origin);
        return Optional.of(new TrendForecast(
                n, dates.getFirst(), round(intercept), round(slopePerDay * DAYS_PER_YEAR), at, round(forecast)));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
