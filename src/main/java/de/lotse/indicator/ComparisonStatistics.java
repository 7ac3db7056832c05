package de.lotse.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mean and standard deviation of a comparison set: the values of all units of the same level below the same
 * comparison region (the nearest Kreis or Land above the unit; for a Land, all Länder), the unit itself included. The
 * standard deviation is the population standard deviation (divided by n, not n − 1): the set is every unit of the
 * region, not a sample. A set of fewer than {@value #MINIMUM_SIZE} values, or one whose values are all equal, gives no
 * z-score.
 *
 * @param count the number of values in the set
 * @param mean their arithmetic mean (unweighted)
 * @param standardDeviation their population standard deviation
 */
public record ComparisonStatistics(int count, BigDecimal mean, BigDecimal standardDeviation) {

    /** Fewer values than this make no meaningful standard deviation. */
    public static final int MINIMUM_SIZE = 3;

    private static final MathContext MC = MathContext.DECIMAL64;

    /** The statistics of the given values ({@code null}s are left out); empty if there are none. */
    public static Optional<ComparisonStatistics> of(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(present.size());
        BigDecimal mean =
                present.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, MC);
        BigDecimal squares =
                present.stream().map(v -> v.subtract(mean).pow(2, MC)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sd = squares.divide(n, MC).sqrt(MC);
        return Optional.of(new ComparisonStatistics(present.size(), mean, sd));
    }

    /** The z-score of a value in this set; empty if the set is too small or has no spread. */
    public Optional<BigDecimal> zScore(BigDecimal value) {
        if (value == null || count < MINIMUM_SIZE || standardDeviation.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.subtract(mean).divide(standardDeviation, MC));
    }
}
