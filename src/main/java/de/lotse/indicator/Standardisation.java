package de.lotse.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statistics of the analysis pages: z-scores and changes. Callers pass only the values the audience may see, so
 * no statistic is computed from a suppressed value.
 *
 * <p>The standard deviation is the population standard deviation (divided by n, not n − 1): the units of a
 * cross-section are all units of that level below the parent, not a sample of them.
 */
public final class Standardisation {

    /** Digits kept for z-scores, contributions and distances in the API. */
    public static final int SCALE = 3;

    private Standardisation() {}

    /**
     * The mean and population standard deviation of some values.
     *
     * @param count the number of values
     * @param mean their arithmetic mean, {@code NaN} if there are none
     * @param standardDeviation the population standard deviation, {@code NaN} if there are none
     */
    public record Moments(int count, double mean, double standardDeviation) {

        /** The z-score of a value: (value − mean) / standard deviation; 0 when all values are equal. */
        public double z(double value) {
            if (count == 0) {
                throw new IllegalStateException("No values to standardise against");
            }
            return standardDeviation == 0 ? 0 : (value - mean) / standardDeviation;
        }
    }

    /** Mean and population standard deviation of the values (nulls are not allowed: filter them first). */
    public static Moments moments(Iterable<? extends Number> values) {
        int n = 0;
        double sum = 0;
        for (Number v : values) {
            sum += v.doubleValue();
            n++;
        }
        if (n == 0) {
            return new Moments(0, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double squares = 0;
        for (Number v : values) {
            double d = v.doubleValue() - mean;
            squares += d * d;
        }
        return new Moments(n, mean, Math.sqrt(squares / n));
    }

    /**
     * The z-scores of all values, in the order of the map. With fewer than two values a z-score says nothing, so the
     * result is empty; when all values are equal every z-score is 0.
     */
    public static <K> Map<K, Double> zScores(Map<K, BigDecimal> values) {
        Map<K, Double> z = new LinkedHashMap<>();
        if (values.size() < 2) {
            return z;
        }
        Moments m = moments(values.values());
        values.forEach((k, v) -> z.put(k, m.z(v.doubleValue())));
        return z;
    }

    /**
     * A change between two values.
     *
     * @param from the earlier value
     * @param absolute the later value minus the earlier one
     * @param percent the absolute change in percent of the earlier value's magnitude, {@code null} if that is 0
     */
    public record Change(BigDecimal from, BigDecimal absolute, BigDecimal percent) {}

    /** The change from {@code from} to {@code to}, or {@code null} if either is unknown. */
    public static Change change(BigDecimal from, BigDecimal to) {
        if (from == null || to == null) {
            return null;
        }
        BigDecimal absolute = to.subtract(from);
        BigDecimal percent = from.signum() == 0
                ? null
                : absolute.multiply(BigDecimal.valueOf(100)).divide(from.abs(), 2, RoundingMode.HALF_UP);
        return new Change(from, absolute, percent);
    }

    /** A double rounded for output, or {@code null} for null, NaN or infinity. */
    public static BigDecimal rounded(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return new BigDecimal(value, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
