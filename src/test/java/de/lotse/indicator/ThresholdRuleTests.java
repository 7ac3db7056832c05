package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evaluation of early-warning thresholds on hand-computed examples. */
class ThresholdRuleTests {

    /** Mean 5, population standard deviation exactly 2 (squared deviations 9+1+1+1+0+0+4+16 = 32, 32 / 8 = 4). */
    private static final List<BigDecimal> SET = numbers(2, 4, 4, 4, 5, 5, 7, 9);

    private static final ComparisonStatistics STATS =
            ComparisonStatistics.of(SET).orElseThrow();

    @Test
    void comparisonStatisticsUseThePopulationStandardDeviation() {
        assertThat(STATS.count()).isEqualTo(8);
        assertThat(STATS.mean()).isEqualByComparingTo("5");
        assertThat(STATS.standardDeviation()).isEqualByComparingTo("2");
        assertThat(STATS.zScore(BigDecimal.valueOf(9)))
                .hasValueSatisfying(z -> assertThat(z).isEqualByComparingTo("2"));
        assertThat(STATS.zScore(BigDecimal.valueOf(2)))
                .hasValueSatisfying(z -> assertThat(z).isEqualByComparingTo("-1.5"));
    }

    @Test
    void tooSmallOrFlatSetsGiveNoZScore() {
        assertThat(ComparisonStatistics.of(numbers(1, 3)).orElseThrow().zScore(BigDecimal.ONE))
                .as("fewer than 3 values")
                .isEmpty();
        assertThat(ComparisonStatistics.of(numbers(4, 4, 4)).orElseThrow().zScore(BigDecimal.valueOf(4)))
                .as("no spread")
                .isEmpty();
        assertThat(ComparisonStatistics.of(List.of())).isEmpty();
        assertThat(ComparisonStatistics.of(java.util.Arrays.asList(BigDecimal.ONE, null, BigDecimal.TEN))
                        .orElseThrow()
                        .count())
                .as("missing values are left out")
                .isEqualTo(2);
    }

    @Test
    void absoluteRulesFireStrictlyAboveOrBelowTheLimit() {
        ThresholdRule above = rule(ThresholdRule.Kind.ABSOLUTE, ThresholdRule.Direction.ABOVE, "10");
        Optional<ThresholdRule.Breach> breach = above.evaluate(new BigDecimal("10.5"), null, Polarity.NEUTRAL);
        assertThat(breach).isPresent();
        assertThat(breach.get().difference()).isEqualByComparingTo("0.5");
        assertThat(breach.get().zScore()).as("no comparison set").isNull();
        assertThat(above.evaluate(BigDecimal.TEN, null, Polarity.NEUTRAL))
                .as("equal is not above")
                .isEmpty();
        assertThat(above.evaluate(new BigDecimal("9.9"), null, Polarity.NEUTRAL))
                .isEmpty();

        ThresholdRule below = rule(ThresholdRule.Kind.ABSOLUTE, ThresholdRule.Direction.BELOW, "10");
        assertThat(below.evaluate(new BigDecimal("7"), STATS, Polarity.NEUTRAL)).hasValueSatisfying(b -> {
            assertThat(b.difference()).isEqualByComparingTo("-3");
            assertThat(b.zScore()).as("z of 7 in the set").isEqualByComparingTo("1");
        });
        assertThat(below.evaluate(BigDecimal.TEN, null, Polarity.NEUTRAL)).isEmpty();
    }

    @Test
    void deviationRulesFireBeyondKStandardDeviations() {
        ThresholdRule above = rule(ThresholdRule.Kind.DEVIATION, ThresholdRule.Direction.ABOVE, "1.5");
        Optional<ThresholdRule.Breach> nine = above.evaluate(BigDecimal.valueOf(9), STATS, Polarity.NEUTRAL);
        assertThat(nine).isPresent();
        assertThat(nine.get().zScore()).isEqualByComparingTo("2");
        assertThat(nine.get().difference()).as("value minus mean").isEqualByComparingTo("4");
        assertThat(above.evaluate(BigDecimal.valueOf(7), STATS, Polarity.NEUTRAL))
                .as("z = 1")
                .isEmpty();
        assertThat(above.evaluate(BigDecimal.valueOf(8), STATS, Polarity.NEUTRAL))
                .as("z = 1.5 exactly is not more than 1.5")
                .isEmpty();

        ThresholdRule below = rule(ThresholdRule.Kind.DEVIATION, ThresholdRule.Direction.BELOW, "1.5");
        assertThat(below.evaluate(BigDecimal.valueOf(2), STATS, Polarity.NEUTRAL))
                .as("z = -1.5 is not below -1.5")
                .isEmpty();
        ThresholdRule below14 = rule(ThresholdRule.Kind.DEVIATION, ThresholdRule.Direction.BELOW, "1.4");
        assertThat(below14.evaluate(BigDecimal.valueOf(2), STATS, Polarity.NEUTRAL))
                .hasValueSatisfying(b -> assertThat(b.zScore()).isEqualByComparingTo("-1.5"));
        assertThat(below14.evaluate(BigDecimal.valueOf(9), STATS, Polarity.NEUTRAL))
                .as("far above is not below")
                .isEmpty();
        assertThat(above.evaluate(BigDecimal.valueOf(100), null, Polarity.NEUTRAL))
                .as("no comparison set, no deviation")
                .isEmpty();
    }

    @Test
    void worseFollowsThePolarity() {
        ThresholdRule worse = rule(ThresholdRule.Kind.DEVIATION, ThresholdRule.Direction.WORSE, "1");
        BigDecimal high = BigDecimal.valueOf(9);
        BigDecimal low = BigDecimal.valueOf(2);
        assertThat(worse.evaluate(high, STATS, Polarity.HIGHER_IS_WORSE)).isPresent();
        assertThat(worse.evaluate(low, STATS, Polarity.HIGHER_IS_WORSE)).isEmpty();
        assertThat(worse.evaluate(high, STATS, Polarity.HIGHER_IS_BETTER)).isEmpty();
        assertThat(worse.evaluate(low, STATS, Polarity.HIGHER_IS_BETTER)).isPresent();
        assertThat(worse.evaluate(high, STATS, Polarity.NEUTRAL))
                .as("worse is undefined for a neutral indicator")
                .isEmpty();
        assertThat(worse.appliesTo(Polarity.NEUTRAL)).isFalse();

        ThresholdRule absoluteWorse = rule(ThresholdRule.Kind.ABSOLUTE, ThresholdRule.Direction.WORSE, "40");
        assertThat(absoluteWorse.evaluate(BigDecimal.valueOf(35), null, Polarity.HIGHER_IS_BETTER))
                .as("a childcare rate of 35 is worse than 40")
                .isPresent();
        assertThat(absoluteWorse.evaluate(BigDecimal.valueOf(45), null, Polarity.HIGHER_IS_WORSE))
                .as("an SGB II rate of 45 is worse than 40")
                .isPresent();
        assertThat(absoluteWorse.evaluate(BigDecimal.valueOf(45), null, Polarity.HIGHER_IS_BETTER))
                .isEmpty();
    }

    @Test
    void kMustBePositive() {
        assertThatThrownBy(() -> rule(ThresholdRule.Kind.DEVIATION, ThresholdRule.Direction.ABOVE, "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rule(ThresholdRule.Kind.ABSOLUTE, ThresholdRule.Direction.BELOW, "-3")
                        .limit())
                .as("an absolute limit may be negative (e.g. a population change)")
                .isEqualByComparingTo("-3");
    }

    @Test
    void lifeCourseVerdictsUseTheToleranceAndPolarity() {
        BigDecimal base = BigDecimal.valueOf(40);
        assertThat(LifeCourse.verdict(BigDecimal.valueOf(42), base, Polarity.HIGHER_IS_BETTER))
                .as("2 is exactly 5 % of 40")
                .isEqualTo(LifeCourse.Verdict.SIMILAR);
        assertThat(LifeCourse.verdict(new BigDecimal("42.1"), base, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(LifeCourse.Verdict.BETTER);
        assertThat(LifeCourse.verdict(new BigDecimal("37.9"), base, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(LifeCourse.Verdict.WORSE);
        assertThat(LifeCourse.verdict(new BigDecimal("42.1"), base, Polarity.HIGHER_IS_WORSE))
                .isEqualTo(LifeCourse.Verdict.WORSE);
        assertThat(LifeCourse.verdict(new BigDecimal("37.9"), base, Polarity.HIGHER_IS_WORSE))
                .isEqualTo(LifeCourse.Verdict.BETTER);
        assertThat(LifeCourse.verdict(new BigDecimal("50"), base, Polarity.NEUTRAL))
                .isEqualTo(LifeCourse.Verdict.HIGHER);
        assertThat(LifeCourse.verdict(new BigDecimal("30"), base, Polarity.NEUTRAL))
                .isEqualTo(LifeCourse.Verdict.LOWER);
        assertThat(LifeCourse.verdict(BigDecimal.ZERO, BigDecimal.ZERO, Polarity.HIGHER_IS_WORSE))
                .isEqualTo(LifeCourse.Verdict.SIMILAR);
        assertThat(LifeCourse.verdict(BigDecimal.ONE, BigDecimal.ZERO, Polarity.HIGHER_IS_WORSE))
                .isEqualTo(LifeCourse.Verdict.WORSE);
        assertThat(LifeCourse.verdict(null, base, Polarity.HIGHER_IS_WORSE)).isEqualTo(LifeCourse.Verdict.NO_DATA);
        assertThat(LifeCourse.verdict(base, null, Polarity.HIGHER_IS_WORSE)).isEqualTo(LifeCourse.Verdict.NO_DATA);
    }

    @Test
    void theComparisonRegionIsTheNearestKreisOrLand() {
        assertThat(EarlyWarning.regionKey(unit("03/03157/031575401/031570006006")))
                .isEqualTo("03157");
        assertThat(EarlyWarning.regionKey(unit("03/03157"))).isEqualTo("03");
        assertThat(EarlyWarning.regionKey(unit("03/03157/031575401"))).isEqualTo("03157");
        assertThat(EarlyWarning.regionKey(unit("09/099999999/099990000000")))
                .as("a gemeindefreies Gebiet outside any Kreis: its Land")
                .isEqualTo("09");
        assertThat(EarlyWarning.regionKey(unit("03"))).isNull();
    }

    private static de.lotse.territory.Territory unit(String path) {
        return new de.lotse.territory.Territory(
                1, "x", null, null, "x", null, null, null, null, null, path, null, null, null, null, false);
    }

    private static ThresholdRule rule(ThresholdRule.Kind kind, ThresholdRule.Direction direction, String limit) {
        return new ThresholdRule(kind, direction, new BigDecimal(limit));
    }

    private static List<BigDecimal> numbers(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
