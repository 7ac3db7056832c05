package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the invariants of {@link CellSuppression} on many random, additive tables (seeded, so every run is the same):
 * one level (a total with 2–12 parts) or two levels (a total, 2–4 middle territories with 2–12 parts each, and up to
 * two parts directly under the total), counts 0–50 skewed towards small counts.
 */
class CellSuppressionPropertyTests {

    private static final int CASES = 2000;

    @Test
    void leavesNoHiddenCountRecoverableAndNoSmallCountVisible() {
        Random random = new Random(20240531L);
        int hiddenInTotal = 0;
        for (int n = 0; n < CASES; n++) {
            ConfidentialityRule rule = new ConfidentialityRule(2 + random.nextInt(4), null);
            SuppressionTable table =
                    SuppressionTable.ofCounts(IndicatorKey.of("faelle"), Period.year(2024), randomTree(random, false));
            SuppressedTable result = CellSuppression.apply(table, rule);
            assertInvariants("case " + n + " " + table.cells(), table, result, rule);
            hiddenInTotal += result.suppressedKeys().size();
        }
        assertThat(hiddenInTotal).as("the generator produces small counts").isGreaterThan(CASES);
    }

    @Test
    void leavesNoHiddenRateRecoverableAndNoSmallNumeratorOrDenominatorVisible() {
        Random random = new Random(4711L);
        ConfidentialityRule rule = new ConfidentialityRule(3, 20);
        for (int n = 0; n < CASES; n++) {
            SuppressionTable table =
                    SuppressionTable.ofRates(IndicatorKey.of("quote"), Period.year(2024), randomTree(random, true));
            SuppressedTable result = CellSuppression.apply(table, rule);
            assertInvariants("case " + n + " " + table.cells(), table, result, rule);
        }
    }

    @Test
    void detectsARecoverableCellInAHandMadeBadSuppression() {
        SuppressionTable table = SuppressionTable.ofCounts(
                IndicatorKey.of("faelle"),
                Period.year(2024),
                List.of(TableCell.count("k", null, 10), TableCell.count("a", "k", 1), TableCell.count("b", "k", 9)));
        SuppressedTable onlyPrimary = new SuppressedTable(
                table.indicator(),
                table.period(),
                ConfidentialityRule.NONE,
                List.of(
                        new SuppressedCell(table.cells().get(0), null),
                        new SuppressedCell(table.cells().get(1), SuppressionReason.PRIMARY_SMALL_COUNT),
                        new SuppressedCell(table.cells().get(2), null)));

        SuppressionAudit audit = new SuppressionAudit(table, onlyPrimary);
        assertThat(audit.recoverableCells()).containsExactly("a");
        assertThat(audit.groupsWithASingleHiddenCell()).containsExactly("k");
    }

    private static void assertInvariants(
            String description, SuppressionTable table, SuppressedTable result, ConfidentialityRule rule) {
        SuppressionAudit audit = new SuppressionAudit(table, result);
        assertThat(audit.recoverableCells()).as(description).isEmpty();
        assertThat(audit.groupsWithASingleHiddenCell()).as(description).isEmpty();
        assertThat(audit.groupsWithProvablySmallHiddenParts(rule.minimumCount()))
                .as(description)
                .isEmpty();
        assertThat(audit.visibleCellsBreakingThePrimaryRule(rule))
                .as(description)
                .isEmpty();
        assertThat(audit.primaryCellsNotBreakingThePrimaryRule(rule))
                .as(description)
                .isEmpty();
        assertThat(audit.hiddenZeros(rule)).as(description).isEmpty();
        assertThat(result.forPublic().values()).as(description).allSatisfy(c -> {
            assertThat(c.reason()).isNull();
            if (c.suppressed()) {
                assertThat(c.value()).isNull();
                assertThat(c.numerator()).isNull();
                assertThat(c.denominator()).isNull();
            }
        });
    }

    private static List<TableCell> randomTree(Random random, boolean rates) {
        List<TableCell> cells = new ArrayList<>();
        long[] total = new long[2];
        if (random.nextBoolean()) {
            addParts(random, rates, "k", 2 + random.nextInt(11), cells, total);
        } else {
            int middles = 2 + random.nextInt(3);
            for (int m = 0; m < middles; m++) {
                String key = "k-" + m;
                long[] sub = new long[2];
                addParts(random, rates, key, 2 + random.nextInt(11), cells, sub);
                cells.add(cell(rates, key, "k", sub));
                total[0] += sub[0];
                total[1] += sub[1];
            }
            addParts(random, rates, "k", random.nextInt(3), cells, total);
        }
        cells.add(cell(rates, "k", null, total));
        return cells;
    }

    private static void addParts(
            Random random, boolean rates, String parent, int parts, List<TableCell> cells, long[] sum) {
        for (int p = 0; p < parts; p++) {
            long numerator = random.nextInt(3) == 0 ? random.nextInt(51) : random.nextInt(6);
            long denominator = numerator + 1 + random.nextInt(rates ? 120 : 1);
            long[] values = {numerator, denominator};
            cells.add(cell(rates, parent + "-" + (char) ('a' + p), parent, values));
            sum[0] += numerator;
            sum[1] += denominator;
        }
    }

    private static TableCell cell(boolean rates, String key, String parent, long[] values) {
        return rates
                ? CellSuppressionTests.rate(key, parent, values[0], values[1])
                : TableCell.count(key, parent, values[0]);
    }
}
