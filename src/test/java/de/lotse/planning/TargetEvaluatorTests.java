package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetEvaluatorTests {

    private static final LocalDate END_2015 = LocalDate.of(2015, 12, 31);

    @Test
    void resolvesARelativeTargetAgainstTheBaselineAndFindsItOnTrack() {
        Target target = target(TargetKind.RELATIVE_PERCENT, "10", END_2015).baseline("200", "2013");

        TargetEvaluation e =
                evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2015, 6, 30), "2013:200", "2014:210");

        assertThat(e.targetValue()).isEqualByComparingTo("220");
        assertThat(e.direction()).isEqualTo(TargetDirection.RISE);
        assertThat(e.latestValue()).isEqualByComparingTo("210");
        assertThat(e.latestPeriod()).isEqualTo(Period.year(2014));
        assertThat(e.trend().points()).isEqualTo(2);
        assertThat(e.trend().forecast()).isEqualByComparingTo("220");
        assertThat(e.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(e.reason()).isEqualTo(VerdictReason.FORECAST_MEETS_TARGET);
    }

    @Test
    void aRelativeTargetWithoutBaselineHasNoData() {
        Target target = target(TargetKind.RELATIVE_PERCENT, "10", END_2015).build();

        TargetEvaluation e = evaluate(target, Polarity.HIGHER_IS_BETTER, END_2015, "2013:200", "2014:210");

        assertThat(e.targetValue()).isNull();
        assertThat(e.direction()).isNull();
        assertThat(e.latestValue()).as("the values are still shown").isEqualByComparingTo("210");
        assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(e.reason()).isEqualTo(VerdictReason.NO_BASELINE);
    }

    @Test
    void takesTheBaselineValueFromTheIndicatorWhenOnlyThePeriodIsStated() {
        Target target = target(TargetKind.RELATIVE_PERCENT, "10", END_2015)
                .baselinePeriod("2013")
                .build();

        TargetEvaluation e = evaluate(target, Polarity.HIGHER_IS_BETTER, END_2015, "2012:150", "2013:200", "2014:230");

        assertThat(e.baselineValue()).isEqualByComparingTo("200");
        assertThat(e.baselineFromIndicator()).isTrue();
        assertThat(e.targetValue()).isEqualByComparingTo("220");
        assertThat(e.values())
                .extracting(TargetEvaluation.Point::value)
                .as("only values since the baseline period")
                .containsExactly(new BigDecimal("200"), new BigDecimal("230"));
        assertThat(e.verdict()).isEqualTo(Verdict.ACHIEVED);
        assertThat(e.reason()).isEqualTo(VerdictReason.TARGET_MET);
    }

    @Test
    void aRelativeDecreaseOfAFallingIndicatorWithNegativePolarity() {
        Target target = target(TargetKind.RELATIVE_PERCENT, "-25", LocalDate.of(2016, 12, 31))
                .baseline("16", "2012");

        TargetEvaluation onTrack =
                evaluate(target, Polarity.HIGHER_IS_WORSE, LocalDate.of(2015, 6, 30), "2012:16", "2013:15", "2014:14");
        TargetEvaluation atRisk = evaluate(
                target, Polarity.HIGHER_IS_WORSE, LocalDate.of(2015, 6, 30), "2012:16", "2013:15.8", "2014:15.6");

        assertThat(onTrack.targetValue()).isEqualByComparingTo("12");
        assertThat(onTrack.direction()).isEqualTo(TargetDirection.FALL);
        assertThat(onTrack.trend().slopePerYear().doubleValue())
                .isCloseTo(-1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(onTrack.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(atRisk.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(atRisk.reason()).isEqualTo(VerdictReason.FORECAST_MISSES_TARGET);
    }

    @Test
    void anAbsoluteTargetWithoutBaselineTakesItsDirectionFromThePolarity() {
        Target target =
                target(TargetKind.ABSOLUTE, "12", LocalDate.of(2016, 12, 31)).build();

        TargetEvaluation falling = evaluate(target, Polarity.HIGHER_IS_WORSE, LocalDate.of(2015, 6, 30), "2014:11.5");
        TargetEvaluation rising = evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2015, 6, 30), "2014:11.5");

        assertThat(falling.direction()).isEqualTo(TargetDirection.FALL);
        assertThat(falling.verdict()).as("11.5 is below 12: met").isEqualTo(Verdict.ACHIEVED);
        assertThat(rising.direction()).isEqualTo(TargetDirection.RISE);
        assertThat(rising.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void aNeutralIndicatorWithoutBaselineTakesItsDirectionFromTheFirstValue() {
        Target target =
                target(TargetKind.ABSOLUTE, "100", LocalDate.of(2016, 12, 31)).build();

        TargetEvaluation e = evaluate(target, Polarity.NEUTRAL, LocalDate.of(2015, 6, 30), "2013:120", "2014:110");

        assertThat(e.direction()).isEqualTo(TargetDirection.FALL);
        assertThat(e.verdict()).isEqualTo(Verdict.ON_TRACK);
    }

    @Test
    void aChangeTargetAddsTheAmountToTheBaseline() {
        Target target = target(TargetKind.CHANGE, "-3", END_2015).baseline("15", "2012");

        TargetEvaluation e = evaluate(target, Polarity.HIGHER_IS_WORSE, END_2015, "2015:12");

        assertThat(e.targetValue()).isEqualByComparingTo("12");
        assertThat(e.verdict()).isEqualTo(Verdict.ACHIEVED);
    }

    @Test
    void noValueMeansNoDataNeverAGuess() {
        Target target = target(TargetKind.ABSOLUTE, "12", END_2015).baseline("15", "2012");

        TargetEvaluation e = evaluate(target, Polarity.HIGHER_IS_WORSE, LocalDate.of(2014, 1, 1));

        assertThat(e.latestValue()).isNull();
        assertThat(e.latestPeriod()).isNull();
        assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(e.reason()).isEqualTo(VerdictReason.NO_VALUES);
    }

    @Test
    void aRelativeTargetOnAnIndicatorWithoutValuesHasNoData() {
        Target target = target(TargetKind.RELATIVE_PERCENT, "10", END_2015).build();

        TargetEvaluation e = evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2016, 3, 31));

        assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(e.reason()).isEqualTo(VerdictReason.NO_VALUES);
        assertThat(e.trend()).isNull();
    }

    @Test
    void oneValueOnlyGivesNoTrend() {
        Target target = target(TargetKind.ABSOLUTE, "50", END_2015).build();

        TargetEvaluation notMet = evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2015, 1, 1), "2014:40");
        TargetEvaluation met = evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2015, 1, 1), "2014:50");

        assertThat(notMet.trend()).isNull();
        assertThat(notMet.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(notMet.reason()).isEqualTo(VerdictReason.TOO_FEW_VALUES_FOR_TREND);
        assertThat(met.verdict()).as("reaching the target exactly meets it").isEqualTo(Verdict.ACHIEVED);
    }

    @Test
    void aStatedBaselineIsAPointOfTheTrendWhenTheIndicatorHasNoValueForIt() {
        Target target = target(TargetKind.ABSOLUTE, "50", END_2015).baseline("30", "2012");

        TargetEvaluation e = evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2015, 1, 1), "2014:40");

        assertThat(e.values())
                .containsExactly(
                        new TargetEvaluation.Point(Period.year(2012), new BigDecimal("30"), true),
                        new TargetEvaluation.Point(Period.year(2014), new BigDecimal("40"), false));
        assertThat(e.trend().points()).isEqualTo(2);
        assertThat(e.trend().forecast().doubleValue()).isCloseTo(45.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(e.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void isMissedWhenTheTargetDateHasPassedWithoutMeetingIt() {
        Target target = target(TargetKind.ABSOLUTE, "50", END_2015).baseline("30", "2012");

        TargetEvaluation covered =
                evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2016, 3, 31), "2014:40", "2015:45");
        TargetEvaluation notYetPublished =
                evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2016, 3, 31), "2014:40");
        TargetEvaluation onTheDay = evaluate(target, Polarity.HIGHER_IS_BETTER, END_2015, "2013:35", "2014:40");

        assertThat(covered.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(covered.reason()).isEqualTo(VerdictReason.TARGET_DATE_PASSED);
        assertThat(notYetPublished.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(notYetPublished.reason()).isEqualTo(VerdictReason.TARGET_DATE_PASSED_NO_VALUE_FOR_IT);
        assertThat(onTheDay.verdict())
                .as("the target date itself has not passed")
                .isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void countsOnlyValuesWhosePeriodEndsByTheEvaluationDate() {
        Target target =
                target(TargetKind.ABSOLUTE, "50", LocalDate.of(2017, 12, 31)).build();
        String[] series = {"2013:30", "2014:32", "2015:44", "2016:55"};

        TargetEvaluation before = evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2015, 12, 30), series);
        TargetEvaluation onPeriodEnd = evaluate(target, Polarity.HIGHER_IS_BETTER, END_2015, series);
        TargetEvaluation later = evaluate(target, Polarity.HIGHER_IS_BETTER, LocalDate.of(2017, 1, 1), series);

        assertThat(before.latestPeriod()).isEqualTo(Period.year(2014));
        assertThat(before.values()).hasSize(2);
        assertThat(before.verdict()).as("30, 32: 38 at the end of 2017").isEqualTo(Verdict.AT_RISK);
        assertThat(onPeriodEnd.latestPeriod()).isEqualTo(Period.year(2015));
        assertThat(onPeriodEnd.verdict())
                .as("30, 32, 44: about 56 at the end of 2017")
                .isEqualTo(Verdict.ON_TRACK);
        assertThat(later.latestValue()).isEqualByComparingTo("55");
        assertThat(later.verdict()).isEqualTo(Verdict.ACHIEVED);
        assertThat(later.asOf()).isEqualTo(LocalDate.of(2017, 1, 1));
    }

    @Test
    void relativePercentOfANegativeBaselineMovesInTheStatedDirection() {
        assertThat(TargetKind.RELATIVE_PERCENT.resolve(new BigDecimal("10"), new BigDecimal("-100")))
                .isEqualByComparingTo("-90");
        assertThat(TargetKind.RELATIVE_PERCENT.resolve(new BigDecimal("10"), new BigDecimal("250")))
                .isEqualByComparingTo("275");
        assertThat(TargetKind.ABSOLUTE.resolve(new BigDecimal("10"), null)).isEqualByComparingTo("10");
        assertThat(TargetKind.CHANGE.resolve(new BigDecimal("10"), null)).isNull();
    }

    private static TargetEvaluation evaluate(Target target, Polarity polarity, LocalDate asOf, String... values) {
        List<TargetEvaluator.Value> series = new ArrayList<>();
        for (String v : values) {
            String[] parts = v.split(":");
            series.add(new TargetEvaluator.Value(Period.parse(parts[0]), new BigDecimal(parts[1])));
        }
        TargetEvaluator.Context context = new TargetEvaluator.Context(
                new LocalizedText("Testindikator", "Test indicator"), "%", 1, polarity, "03157", "Peine");
        return TargetEvaluator.evaluate(target, context, series.reversed(), asOf);
    }

    private static Builder target(TargetKind kind, String value, LocalDate date) {
        return new Builder(kind, new BigDecimal(value), date);
    }

    private static final class Builder {
        private final TargetKind kind;
        private final BigDecimal value;
        private final LocalDate date;
        private BigDecimal baselineValue;
        private Period baselinePeriod;

        Builder(TargetKind kind, BigDecimal value, LocalDate date) {
            this.kind = kind;
            this.value = value;
            this.date = date;
        }

        Target baseline(String baseline, String period) {
            this.baselineValue = new BigDecimal(baseline);
            this.baselinePeriod = Period.parse(period);
            return build();
        }

        Builder baselinePeriod(String period) {
            this.baselinePeriod = Period.parse(period);
            return this;
        }

        Target build() {
            return new Target(
                    1,
                    7L,
                    null,
                    "Ziel",
                    IndicatorKey.of("test-indikator"),
                    3,
                    null,
                    baselineValue,
                    baselinePeriod,
                    kind,
                    value,
                    date,
                    null,
                    null,
                    1,
                    null,
                    "test");
        }
    }
}
