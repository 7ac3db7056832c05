package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.lotse.territory.Ars;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics of the analysis: z-scores, changes, base periods, social index and peer distance, by hand. */
class AnalysisStatisticsTests {

    private static final Period Y2015 = Period.year(2015);

    @Test
    void zScoresUseThePopulationStandardDeviation() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int[] xs = {2, 4, 4, 4, 5, 5, 7, 9}; // mean 5, population standard deviation 2
        for (int i = 0; i < xs.length; i++) {
            values.put("u" + i, BigDecimal.valueOf(xs[i]));
        }
        Map<String, Double> z = Standardisation.zScores(values);
        assertThat(z.get("u7")).isCloseTo(2.0, within(1e-12));
        assertThat(z.get("u0")).isCloseTo(-1.5, within(1e-12));
        assertThat(z.get("u4")).isCloseTo(0.0, within(1e-12));
        assertThat(Standardisation.moments(values.values()).standardDeviation()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void zScoresNeedTwoValuesAndAreZeroWhenAllAreEqual() {
        assertThat(Standardisation.zScores(Map.of("a", BigDecimal.ONE))).isEmpty();
        Map<String, BigDecimal> equal = new LinkedHashMap<>();
        equal.put("a", BigDecimal.TEN);
        equal.put("b", BigDecimal.TEN);
        assertThat(Standardisation.zScores(equal)).containsEntry("a", 0.0).containsEntry("b", 0.0);
    }

    @Test
    void changeIsAbsoluteAndPercentOfTheEarlierValue() {
        Standardisation.Change up = Standardisation.change(BigDecimal.valueOf(80), BigDecimal.valueOf(100));
        assertThat(up.absolute()).isEqualByComparingTo("20");
        assertThat(up.percent()).isEqualByComparingTo("25.00");
        Standardisation.Change fromNegative = Standardisation.change(BigDecimal.valueOf(-4), BigDecimal.valueOf(-2));
        assertThat(fromNegative.percent()).isEqualByComparingTo("50.00");
        assertThat(Standardisation.change(BigDecimal.ZERO, BigDecimal.ONE).percent())
                .isNull();
        assertThat(Standardisation.change(null, BigDecimal.ONE)).isNull();
        assertThat(Standardisation.change(BigDecimal.ONE, null)).isNull();
    }

    @Test
    void aBaseYearIsMovedToThePeriodsKind() {
        Period stichtag = Period.parse("2015-12-31");
        assertThat(CrossSectionAnalysis.alignBase(stichtag, Period.parse("2010")))
                .isEqualTo(Period.parse("2010-12-31"));
        assertThat(CrossSectionAnalysis.alignBase(Period.parse("2015/16"), Period.parse("2011")))
                .isEqualTo(Period.parse("2011/12"));
        assertThat(CrossSectionAnalysis.alignBase(Period.parse("2015-Q3"), Period.parse("2012")))
                .isEqualTo(Period.parse("2012-Q3"));
        assertThat(CrossSectionAnalysis.alignBase(Y2015, Period.parse("2010"))).isEqualTo(Period.year(2010));
        assertThatThrownBy(() -> CrossSectionAnalysis.alignBase(Y2015, Period.parse("2016")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before");
        assertThatThrownBy(() -> CrossSectionAnalysis.alignBase(Y2015, Period.parse("2010-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind");
    }

    /**
     * Three complete units A, B, C: worse-indicator 10, 20, 30 and better-indicator 1, 2, 3, weights 1 and 3. Both
     * have z-scores −√1.5, 0, +√1.5 (population sd); signed by polarity the better one is negated. Index of A =
     * 0.25 × (−1.2247) + 0.75 × (+1.2247) = +0.6124. D has a suppressed input: no index, and its visible value 1000
     * does not enter the standardisation.
     */
    @Test
    void socialIndexSignsByPolarityWeighsAndLeavesOutMissingInputs() {
        Territory a = unit(1, "031570001001");
        Territory b = unit(2, "031570001002");
        Territory c = unit(3, "031570001003");
        Territory d = unit(4, "031570001004");
        Indicator worse = indicator("index-worse", Polarity.HIGHER_IS_WORSE);
        Indicator better = indicator("index-better", Polarity.HIGHER_IS_BETTER);
        List<SocialIndex.Component> components = List.of(
                new SocialIndex.Component(worse, 1, 0.25, 1, Y2015, null),
                new SocialIndex.Component(better, 3, 0.75, -1, Y2015, null));
        Map<Long, IndicatorReadModel.ShownValue> first = new HashMap<>();
        Map<Long, IndicatorReadModel.ShownValue> second = new HashMap<>();
        put(first, a, 10, false);
        put(first, b, 20, false);
        put(first, c, 30, false);
        put(first, d, 1000, false);
        put(second, a, 1, false);
        put(second, b, 2, false);
        put(second, c, 3, false);
        second.put(d.id(), new IndicatorReadModel.ShownValue(d, Y2015, null, null, true, false));

        SocialIndex.Result result = SocialIndex.combine(
                a, TerritoryLevel.MUNICIPALITY, Y2015, components, List.of(a, b, c, d), List.of(first, second));

        double root = Math.sqrt(1.5);
        assertThat(result.complete()).isEqualTo(3);
        assertThat(result.components().get(0).moments().mean()).isCloseTo(20, within(1e-12));
        SocialIndex.Entry ea = result.entries().get(0);
        assertThat(ea.cells().get(0).zScore()).isCloseTo(-root, within(1e-9));
        assertThat(ea.cells().get(1).zScore()).as("higher is better: negated").isCloseTo(root, within(1e-9));
        assertThat(ea.cells().get(0).contribution()).isCloseTo(-0.25 * root, within(1e-9));
        assertThat(ea.cells().get(1).contribution()).isCloseTo(0.75 * root, within(1e-9));
        assertThat(ea.index()).isCloseTo(0.5 * root, within(1e-9));
        assertThat(ea.rank()).isEqualTo(1);
        assertThat(result.entries().get(1).index()).isCloseTo(0, within(1e-9));
        assertThat(result.entries().get(1).rank()).isEqualTo(2);
        assertThat(result.entries().get(2).index()).isCloseTo(-0.5 * root, within(1e-9));
        assertThat(result.entries().get(2).rank()).isEqualTo(3);
        SocialIndex.Entry ed = result.entries().get(3);
        assertThat(ed.index()).isNull();
        assertThat(ed.rank()).isNull();
        assertThat(ed.missing()).containsExactly(better.key());
        assertThat(ed.cells().get(1).suppressed()).isTrue();
        assertThat(ed.cells().get(1).value()).isNull();
        assertThat(ed.cells().get(0).zScore()).isNull();
    }

    /**
     * Kreise K1..K4 with (1, 10), (2, 10), (3, 20), (4, 40): means 2.5 and 20, population sds √1.25 and √150. From
     * K1 the distances are 2/√5 = 0.894427 (K2), √(3.2 + 2/3) = 1.966384 (K3), √(7.2 + 6) = 3.633180 (K4). K5 lacks
     * the second value and is excluded.
     */
    @Test
    void peersAreTheNearestByEuclideanDistanceOfZScores() {
        List<Territory> kreise = List.of(
                county(11, "03101"),
                county(12, "03102"),
                county(13, "03103"),
                county(14, "03151"),
                county(15, "03152"));
        int[][] xs = {{1, 10}, {2, 10}, {3, 20}, {4, 40}};
        Map<Long, BigDecimal> f1 = new HashMap<>();
        Map<Long, BigDecimal> f2 = new HashMap<>();
        for (int i = 0; i < xs.length; i++) {
            f1.put(kreise.get(i).id(), BigDecimal.valueOf(xs[i][0]));
            f2.put(kreise.get(i).id(), BigDecimal.valueOf(xs[i][1]));
        }
        f1.put(kreise.get(4).id(), BigDecimal.valueOf(2));
        List<PeerComparison.Feature> features = List.of(
                new PeerComparison.Feature(indicator("peer-a", Polarity.NEUTRAL), Y2015, null),
                new PeerComparison.Feature(indicator("peer-b", Polarity.NEUTRAL), Y2015, null));

        PeerComparison.Result result = PeerComparison.nearest(kreise.get(0), kreise, features, List.of(f1, f2), 2);

        assertThat(result.complete()).isEqualTo(4);
        assertThat(result.excluded()).isEqualTo(1);
        assertThat(result.peers()).extracting(p -> p.territory().key()).containsExactly("03102", "03103");
        assertThat(result.peers().get(0).distance()).isCloseTo(0.894427, within(1e-6));
        assertThat(result.peers().get(1).distance()).isCloseTo(1.966384, within(1e-6));
        assertThat(result.target().zScores().get(0)).isCloseTo(-1.5 / Math.sqrt(1.25), within(1e-9));
        PeerComparison.Result all = PeerComparison.nearest(kreise.get(0), kreise, features, List.of(f1, f2), 10);
        assertThat(all.peers()).hasSize(3);
        assertThat(all.peers().get(2).distance()).isCloseTo(3.633180, within(1e-6));

        PeerComparison.Result lacking = PeerComparison.nearest(kreise.get(4), kreise, features, List.of(f1, f2), 2);
        assertThat(lacking.target()).isNull();
        assertThat(lacking.peers()).isEmpty();
        assertThat(lacking.targetMissing())
                .containsExactly(features.get(1).indicator().key());
    }

    private static void put(Map<Long, IndicatorReadModel.ShownValue> map, Territory t, long value, boolean suppressed) {
        map.put(
                t.id(),
                new IndicatorReadModel.ShownValue(t, Y2015, BigDecimal.valueOf(value), null, suppressed, false));
    }

    private static Territory unit(long id, String key) {
        return new Territory(
                id,
                key,
                new Ars(key),
                null,
                "Gemeinde " + id,
                TerritoryLevel.MUNICIPALITY,
                "64",
                null,
                key.substring(0, 5),
                "Kreis",
                "03/" + key.substring(0, 5) + "/" + key,
                null,
                null,
                null,
                null,
                false);
    }

    private static Territory county(long id, String key) {
        return new Territory(
                id,
                key,
                Ars.fromNativeKey(key),
                null,
                "Kreis " + key,
                TerritoryLevel.COUNTY,
                "44",
                null,
                key.substring(0, 2),
                "Land",
                key.substring(0, 2) + "/" + key,
                null,
                null,
                null,
                null,
                false);
    }

    private static Indicator indicator(String prefix, Polarity polarity) {
        IndicatorDefinition d = IndicatorTestData.anIndicator(IndicatorTestData.uniqueKey(prefix))
                .build();
        IndicatorDefinition withPolarity = new IndicatorDefinition(
                d.key(),
                d.name(),
                d.shortName(),
                d.definition(),
                d.interpretation(),
                d.formula(),
                d.unit(),
                d.decimals(),
                d.source(),
                d.licence(),
                d.attribution(),
                d.referenceDate(),
                d.levels(),
                polarity,
                d.topic(),
                d.lifeStages(),
                d.kind(),
                d.confidentiality());
        return new Indicator(1, 1, Instant.EPOCH, "test", 0, Instant.EPOCH, "test", withPolarity);
    }
}
