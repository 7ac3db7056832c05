package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.indicator.MapClassification.Classes;
import de.lotse.indicator.MapClassification.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MapClassificationTests {

    @Test
    void quantilesPutAboutNOverKValuesIntoEachClass() {
        // 10 values, 5 classes: upper bounds at ranks 2, 4, 6, 8
        Classes c = classify(Method.QUANTILE, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(c.breaks()).extracting(BigDecimal::intValue).containsExactly(2, 4, 6, 8);
        assertThat(c.counts()).containsExactly(2, 2, 2, 2, 2);
        assertThat(c.classes().getFirst().lower()).isEqualByComparingTo("1");
        assertThat(c.classes().getLast().upper()).isEqualByComparingTo("10");
    }

    @Test
    void quantilesWithTiesMergeBreaksAndKeepEqualValuesTogether() {
        // ranks 3 and 5 of 7 values both hit the value 5: one break, equal values in one class
        Classes c = classify(Method.QUANTILE, 3, 1, 5, 5, 5, 5, 9, 10);
        assertThat(c.breaks()).extracting(BigDecimal::intValue).containsExactly(5);
        assertThat(c.counts()).containsExactly(5, 2);
        assertThat(c.requested()).isEqualTo(3);
    }

    @Test
    void equalIntervalsDivideTheRangeIntoStepsOfEqualWidthRoundedToTheDecimals() {
        Classes c = classify(Method.EQUAL_INTERVAL, 4, 0, 10, 12, 30, 50, 55, 89, 90);
        // range 0..90, width 22.5: 22.5, 45, 67.5 -> rounded to 0 decimals (half up): 23, 45, 68
        assertThat(c.breaks()).extracting(BigDecimal::intValue).containsExactly(23, 45, 68);
        assertThat(c.counts()).containsExactly(3, 1, 2, 2);
        Classes one =
                MapClassification.classify(values(0, 10, 12, 30, 50, 55, 89, 90), Method.EQUAL_INTERVAL, 4, null, 1);
        assertThat(one.breaks()).extracting(BigDecimal::doubleValue).containsExactly(22.5, 45.0, 67.5);
    }

    @Test
    void jenksFindsTheObviousGroups() {
        Classes c = classify(Method.JENKS, 3, 1, 2, 3, 10, 11, 12, 20, 21, 22);
        assertThat(c.breaks()).extracting(BigDecimal::intValue).containsExactly(3, 12);
        assertThat(c.counts()).containsExactly(3, 3, 3);
    }

    /**
     * Hand-checked: 1, 2, 4, 5, 7, 9, 10, 20 in 3 groups. The best division is {1, 2, 4, 5} {7, 9, 10} {20}: SSQ
     * 10 + 4.667 + 0 = 14.667; {1, 2, 4} {5, 7, 9, 10} {20} has 4.667 + 14.75 = 19.42, {1, 2, 4, 5, 7} {9, 10} {20}
     * 22.8 + 0.5 = 23.3, {1, 2} {4, 5, 7, 9, 10} {20} 0.5 + 26 = 26.5, and any division that does not isolate 20
     * costs at least 50.
     */
    @Test
    void jenksMatchesAHandCheckedExample() {
        Classes c = classify(Method.JENKS, 3, 1, 2, 4, 5, 7, 9, 10, 20);
        assertThat(c.breaks()).extracting(BigDecimal::intValue).containsExactly(5, 10);
        assertThat(c.counts()).containsExactly(4, 3, 1);
        assertThat(ssq(values(1, 2, 4, 5)) + ssq(values(7, 9, 10)) + ssq(values(20)))
                .isCloseTo(14.6667, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void jenksEqualsExhaustiveSearchOnRandomData() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 8 + random.nextInt(10);
            int k = 3 + random.nextInt(5);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(60); // integers: ties happen
            }
            List<BigDecimal> values = new ArrayList<>();
            for (double v : x) {
                values.add(BigDecimal.valueOf((long) v));
            }
            Classes c = MapClassification.classify(values, Method.JENKS, k, null, 0);
            double[] distinct = Arrays.stream(x).distinct().sorted().toArray();
            if (distinct.length <= k) {
                assertThat(c.classes()).hasSize(distinct.length);
                continue;
            }
            assertThat(c.classes()).hasSize(k);
            double found = groupedSsq(x, c);
            double best = exhaustive(distinct, x, k);
            assertThat(found).as("round %d", round).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void jenksHandlesThousandsOfValuesQuickly() {
        Random random = new Random(7);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 11_000; i++) {
            values.add(BigDecimal.valueOf(random.nextGaussian() * 10 + 50).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        long start = System.nanoTime();
        Classes c = MapClassification.classify(values, Method.JENKS, 7, null, 2);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(c.classes()).hasSize(7);
        assertThat(c.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(11_000);
        assertThat(millis).as("national scale in well under a second").isLessThan(2_000);
    }

    @Test
    void fewerDistinctValuesThanClassesGiveOneClassPerValue() {
        for (Method m : List.of(Method.QUANTILE, Method.EQUAL_INTERVAL, Method.JENKS)) {
            Classes c = classify(m, 5, 3, 3, 8, 8, 8);
            assertThat(c.breaks()).extracting(BigDecimal::intValue).containsExactly(3);
            assertThat(c.counts()).containsExactly(2, 3);
        }
    }

    @Test
    void allEqualValuesFormOneClassAndNoValuesNone() {
        Classes same = classify(Method.JENKS, 4, 7, 7, 7);
        assertThat(same.classes()).hasSize(1);
        assertThat(same.counts()).containsExactly(3);
        assertThat(same.breaks()).isEmpty();
        assertThat(same.classOf(BigDecimal.valueOf(7))).isZero();
        Classes none = MapClassification.classify(List.of(), Method.QUANTILE, 5, null, 0);
        assertThat(none.classes()).isEmpty();
        assertThat(none.classOf(BigDecimal.ONE)).isEqualTo(-1);
    }

    @Test
    void manualBreaksGiveOpenOuterClassesAndMayLeaveClassesEmpty() {
        Classes c = MapClassification.classify(
                values(1, 5, 6, 30), Method.MANUAL, 0, MapClassification.parseBreaks("5; 10,5 20"), 0);
        assertThat(c.classes()).hasSize(4);
        assertThat(c.counts()).containsExactly(2, 1, 0, 1);
        assertThat(c.classes().getFirst().lower()).isNull();
        assertThat(c.classes().getLast().upper()).isNull();
        assertThat(c.breaks()).extracting(BigDecimal::toPlainString).containsExactly("5", "10.5", "20");
        assertThat(c.classOf(BigDecimal.valueOf(5))).as("upper bound included").isZero();
        assertThat(c.classOf(new BigDecimal("5.01"))).isEqualTo(1);
    }

    @Test
    void rejectsInvalidInputWithAClearMessage() {
        assertThatThrownBy(() -> MapClassification.classify(values(1, 2), Method.QUANTILE, 2, null, 0))
                .hasMessageContaining("3 to 7 classes");
        assertThatThrownBy(() -> MapClassification.classify(values(1, 2), Method.JENKS, 8, null, 0))
                .hasMessageContaining("not 8");
        assertThatThrownBy(() -> MapClassification.classify(values(1), Method.MANUAL, 0, values(5, 3), 0))
                .hasMessageContaining("strictly ascending");
        assertThatThrownBy(() -> MapClassification.classify(values(1), Method.MANUAL, 0, values(5), 0))
                .hasMessageContaining("2 to 6 breaks");
        assertThatThrownBy(
                        () -> MapClassification.classify(values(1), Method.MANUAL, 0, values(1, 2, 3, 4, 5, 6, 7), 0))
                .hasMessageContaining("got 7");
        assertThatThrownBy(() -> MapClassification.parseBreaks("5; zehn")).hasMessageContaining("'zehn'");
        assertThatThrownBy(() -> Method.parse("kmeans")).hasMessageContaining("kmeans");
        assertThat(Method.parse("equal-interval")).isEqualTo(Method.EQUAL_INTERVAL);
        assertThat(Method.parse(null)).isEqualTo(Method.QUANTILE);
    }

    @Test
    void parsesBreaksWithDecimalCommaOrPoint() {
        assertThat(MapClassification.parseBreaks(" 2,5 ; 5.75  1000 "))
                .extracting(BigDecimal::toPlainString)
                .containsExactly("2.5", "5.75", "1000");
        assertThat(MapClassification.parseBreaks("")).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static Classes classify(Method method, int k, double... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (double v : values) {
            list.add(BigDecimal.valueOf(v));
        }
        return MapClassification.classify(list, method, k, null, 0);
    }

    private static List<BigDecimal> values(double... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (double v : values) {
            list.add(BigDecimal.valueOf(v));
        }
        return list;
    }

    private static double ssq(List<BigDecimal> group) {
        double mean =
                group.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        return group.stream()
                .mapToDouble(v -> Math.pow(v.doubleValue() - mean, 2))
                .sum();
    }

    private static double groupedSsq(double[] x, Classes c) {
        List<List<BigDecimal>> groups = new ArrayList<>();
        c.classes().forEach(cl -> groups.add(new ArrayList<>()));
        for (double v : x) {
            BigDecimal b = BigDecimal.valueOf((long) v);
            groups.get(c.classOf(b)).add(b);
        }
        return groups.stream().mapToDouble(MapClassificationTests::ssq).sum();
    }

    /** Tries every way to cut the distinct values into k consecutive groups. */
    private static double exhaustive(double[] distinct, double[] all, int k) {
        return cut(distinct, all, 0, k, new ArrayList<>());
    }

    private static double cut(double[] distinct, double[] all, int from, int groups, List<Double> uppers) {
        if (groups == 1) {
            List<Double> bounds = new ArrayList<>(uppers);
            double[] sums = new double[bounds.size() + 1];
            List<List<BigDecimal>> members = new ArrayList<>();
            for (int i = 0; i < sums.length; i++) {
                members.add(new ArrayList<>());
            }
            for (double v : all) {
                int g = 0;
                while (g < bounds.size() && v > bounds.get(g)) {
                    g++;
                }
                members.get(g).add(BigDecimal.valueOf(v));
            }
            return members.stream().mapToDouble(MapClassificationTests::ssq).sum();
        }
        double best = Double.POSITIVE_INFINITY;
        for (int end = from; end <= distinct.length - groups; end++) {
            uppers.add(distinct[end]);
            best = Math.min(best, cut(distinct, all, end + 1, groups - 1, uppers));
            uppers.removeLast();
        }
        return best;
    }
}
