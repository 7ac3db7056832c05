package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetEvaluationsIntegrationTests {

    private static final LocalDate END_2015 = LocalDate.of(2015, 12, 31);

    private final TargetEvaluations evaluations;
    private final TargetTestData data;

    @Autowired
    TargetEvaluationsIntegrationTests(
            TargetEvaluations evaluations,
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories) {
        this.evaluations = evaluations;
        this.data = new TargetTestData(jdbc, catalog, values, territories);
    }

    @Test
    void evaluatesATargetWithThePublicValuesUpToTheDate() {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        data.values(key, data.peine(), "2012:100", "2013:105", "2014:110", "2016:130");
        long id = data.aTarget(
                plan.measureId(), null, key, data.peine(), TargetKind.RELATIVE_PERCENT, "20", END_2015, null, "2012");

        TargetEvaluation e = evaluations.evaluate(id, LocalDate.of(2015, 6, 30));

        assertThat(e.baselineValue()).isEqualByComparingTo("100");
        assertThat(e.baselineFromIndicator()).isTrue();
        assertThat(e.targetValue()).isEqualByComparingTo("120");
        assertThat(e.latestPeriod()).isEqualTo(Period.year(2014));
        assertThat(e.territoryKey()).isEqualTo("03157");
        assertThat(e.verdict()).as("100, 105, 110: 115 at the end of 2015").isEqualTo(Verdict.AT_RISK);
        assertThat(evaluations.evaluate(id, LocalDate.of(2017, 1, 1)).verdict()).isEqualTo(Verdict.ACHIEVED);
    }

    @Test
    void aSuppressedValueCountsAsMissing() {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        data.values(key, data.peine(), "2013:9", "2014:2");
        long id =
                data.aTarget(plan.measureId(), null, key, data.peine(), TargetKind.ABSOLUTE, "5", END_2015, null, null);

        TargetEvaluation e = evaluations.evaluate(id, LocalDate.of(2015, 6, 30));

        assertThat(e.latestValue()).as("2 is below the minimum count 3").isEqualByComparingTo("9");
        assertThat(e.values()).hasSize(1);
        assertThat(e.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void listsTheTargetsOfAMeasureAndOfAStrategy() {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        long ofMeasure =
                data.aTarget(plan.measureId(), null, key, data.peine(), TargetKind.ABSOLUTE, "5", END_2015, null, null);
        long ofObjective = data.aTarget(
                null, plan.objectiveIds().get(1), key, data.peine(), TargetKind.ABSOLUTE, "5", END_2015, null, null);

        assertThat(evaluations.forMeasure(plan.measureId(), END_2015))
                .extracting(TargetEvaluation::targetId)
                .containsExactly(ofMeasure);
        assertThat(evaluations.forStrategy(plan.strategyId(), END_2015))
                .extracting(TargetEvaluation::targetId)
                .containsExactly(ofObjective, ofMeasure);
        assertThat(evaluations.forStrategy(plan.strategyId(), END_2015))
                .extracting(TargetEvaluation::verdict)
                .containsOnly(Verdict.NO_DATA);
        assertThat(evaluations.forMeasure(-1, END_2015)).isEmpty();
        assertThatThrownBy(() -> evaluations.evaluate(-1, END_2015)).isInstanceOf(UnknownTargetException.class);
    }
}
