package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellSuppressionTests {

    private static final IndicatorKey COUNT = IndicatorKey.of("sgb2-empfaenger");
    private static final IndicatorKey RATE = IndicatorKey.of("sgb2-quote-unter-15");
    private static final Period YEAR = Period.year(2024);
    private static final ConfidentialityRule MIN_3 = new ConfidentialityRule(3, null);

    @Test
    void suppressesCountsBelowThree() {
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("a", null, 1),
                TableCell.count("b", null, 2),
                TableCell.count("c", null, 3),
                TableCell.count("d", null, 40));

        assertThat(result.suppressedKeys()).containsExactly("a", "b");
        assertThat(result.cell("a").reason()).isEqualTo(SuppressionReason.PRIMARY_SMALL_COUNT);
        assertThat(result.cell("c").publicValue()).isEqualByComparingTo("3");
    }

    @Test
    void keepsZerosVisible() {
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("k", null, 30),
                TableCell.count("a", "k", 0),
                TableCell.count("b", "k", 0),
                TableCell.count("c", "k", 30));

        assertThat(result.suppressedKeys()).isEmpty();
        assertThat(result.cell("a").publicValue()).isEqualByComparingTo("0");
    }

    @Test
    void hidesNothingWithoutARule() {
        SuppressedTable result = suppressCounts(
                ConfidentialityRule.NONE,
                TableCell.count("k", null, 3),
                TableCell.count("a", "k", 1),
                count("b", "k", 2));

        assertThat(result.suppressedKeys()).isEmpty();
    }

    @Test
    void hidesASecondCellSoTheFirstCannotBeRecoveredFromTheTotal() {
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("k", null, 40),
                TableCell.count("a", "k", 2),
                TableCell.count("b", "k", 7),
                TableCell.count("c", "k", 12),
                TableCell.count("d", "k", 19));

        assertThat(result.suppressedKeys()).containsExactly("a", "b");
        assertThat(result.cell("b").reason()).isEqualTo(SuppressionReason.SECONDARY);
        BigDecimal totalMinusVisibleParts = result.cell("k")
                .publicValue()
                .subtract(result.cell("c").publicValue())
                .subtract(result.cell("d").publicValue());
        assertThat(totalMinusVisibleParts).isEqualByComparingTo("9");
    }

    @Test
    void choosesTheSmallestNonZeroPartAndBreaksTiesByKey() {
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("k", null, 20),
                TableCell.count("a", "k", 1),
                TableCell.count("z", "k", 0),
                TableCell.count("c", "k", 5),
                TableCell.count("b", "k", 5),
                TableCell.count("d", "k", 9));

        assertThat(result.suppressedKeys()).containsExactly("a", "b");
    }

    @Test
    void hidesAThirdPartWhenTwoSmallCountsWouldBeProvablySmall() {
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("k", null, 16),
                TableCell.count("a", "k", 1),
                TableCell.count("b", "k", 1),
                TableCell.count("c", "k", 4),
                TableCell.count("d", "k", 10));

        assertThat(result.suppressedKeys()).containsExactly("a", "b", "c");
        assertThat(result.cell("c").reason()).isEqualTo(SuppressionReason.SECONDARY);
    }

    @Test
    void hidesTheTotalWhenNoOtherPartCanBeHidden() {
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("k", null, 3),
                TableCell.count("a", "k", 1),
                TableCell.count("b", "k", 2),
                TableCell.count("c", "k", 0));

        assertThat(result.suppressedKeys()).containsExactly("a", "b", "k");
        assertThat(result.cell("k").reason()).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.cell("c").publicValue()).isEqualByComparingTo("0");
    }

    @Test
    void protectsAHiddenTotalAmongItsOwnPartsOnTheLevelBelow() {
        // s1 is hidden for the Kreis (partner of s2's small total); its Gemeinden must then not add up to it openly.
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("kreis", null, 62),
                TableCell.count("s1", "kreis", 20),
                TableCell.count("s1-a", "s1", 8),
                TableCell.count("s1-b", "s1", 12),
                TableCell.count("s2", "kreis", 2),
                TableCell.count("s2-a", "s2", 2),
                TableCell.count("s2-b", "s2", 0),
                TableCell.count("s3", "kreis", 40),
                TableCell.count("s3-a", "s3", 15),
                TableCell.count("s3-b", "s3", 25));

        assertThat(result.suppressedKeys()).containsExactly("s1", "s1-a", "s2", "s2-a");
        SuppressionAudit audit = new SuppressionAudit(lastCounts, result);
        assertThat(audit.recoverableCells()).isEmpty();
        assertThat(audit.groupsWithASingleHiddenCell()).isEmpty();
    }

    @Test
    void hidesRatesWithASmallDenominator() {
        SuppressedTable result = suppressRates(
                new ConfidentialityRule(3, 20), rate("a", null, 4, 10), rate("b", null, 0, 19), rate("c", null, 5, 20));

        assertThat(result.suppressedKeys()).containsExactly("a", "b");
        assertThat(result.cell("a").reason()).isEqualTo(SuppressionReason.PRIMARY_SMALL_DENOMINATOR);
    }

    @Test
    void hidesRatesWithASmallNumerator() {
        SuppressedTable result =
                suppressRates(new ConfidentialityRule(3, 20), rate("a", null, 2, 300), rate("b", null, 0, 300));

        assertThat(result.suppressedKeys()).containsExactly("a");
        assertThat(result.cell("a").reason()).isEqualTo(SuppressionReason.PRIMARY_SMALL_COUNT);
    }

    @Test
    void appliesSecondarySuppressionToTheNumeratorsOfRates() {
        SuppressedTable result = suppressRates(
                new ConfidentialityRule(3, 20),
                rate("k", null, 60, 900),
                rate("a", "k", 2, 100),
                rate("b", "k", 0, 200),
                rate("c", "k", 18, 300),
                rate("d", "k", 40, 300));

        assertThat(result.suppressedKeys()).containsExactly("a", "c");
        assertThat(result.cell("c").forPublic().numerator()).isNull();
        assertThat(result.cell("c").forPublic().denominator()).isNull();
    }

    @Test
    void showsMissingCellsAsMissingWithoutSuppressingThem() {
        SuppressedTable result = suppressCounts(
                MIN_3,
                TableCell.count("k", null, 50),
                TableCell.missing("a", "k"),
                TableCell.count("b", "k", 1),
                TableCell.count("c", "k", 49));

        assertThat(result.cell("a").suppressed()).isFalse();
        assertThat(result.cell("a").publicValue()).isNull();
        assertThat(result.suppressedKeys()).containsExactly("b", "c");
    }

    @Test
    void showsAnonymousUsersNeitherTheValueNorTheReasonOfASuppressedCell() {
        SuppressedTable result = suppressRates(
                new ConfidentialityRule(3, 20),
                rate("k", null, 50, 500),
                rate("a", "k", 1, 100),
                rate("b", "k", 49, 400));

        DisclosedCell shown = result.forPublic().get("a");
        assertThat(shown).isEqualTo(new DisclosedCell("a", "k", null, null, null, true, null, false));
        assertThat(result.forPublic().get("k").value()).isNotNull();
        assertThat(result.forPublic().values())
                .filteredOn(DisclosedCell::suppressed)
                .allSatisfy(c -> assertThat(c.value()).isNull());
    }

    @Test
    void showsPermittedUsersTheRawValuesMarkedConfidential() {
        SuppressedTable result = suppressCounts(
                MIN_3, TableCell.count("k", null, 30), TableCell.count("a", "k", 1), TableCell.count("b", "k", 29));

        DisclosedCell a = result.forPermittedUser().get("a");
        assertThat(a.value()).isEqualByComparingTo("1");
        assertThat(a.confidential()).isTrue();
        assertThat(a.reason()).isEqualTo(SuppressionReason.PRIMARY_SMALL_COUNT);
        assertThat(result.forPermittedUser().get("b").reason()).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.forPermittedUser().get("k").confidential()).isFalse();
    }

    @Test
    void rejectsTablesThatAreNotAHierarchyOfCounts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SuppressionTable.ofCounts(
                        COUNT, YEAR, List.of(TableCell.count("a", null, 1), TableCell.count("a", null, 2))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SuppressionTable.ofCounts(COUNT, YEAR, List.of(TableCell.count("a", "x", 1))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SuppressionTable.ofCounts(
                        COUNT, YEAR, List.of(TableCell.count("a", "b", 1), TableCell.count("b", "a", 1))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SuppressionTable.ofCounts(
                        COUNT, YEAR, List.of(new TableCell("a", null, new BigDecimal("1.5"), null, null))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SuppressionTable.ofCounts(COUNT, YEAR, List.of(TableCell.count("a", null, -1))));
    }

    private SuppressionTable lastCounts;

    private static TableCell count(String key, String parent, long value) {
        return TableCell.count(key, parent, value);
    }

    private SuppressedTable suppressCounts(ConfidentialityRule rule, TableCell... cells) {
        lastCounts = SuppressionTable.ofCounts(COUNT, YEAR, List.of(cells));
        return CellSuppression.apply(lastCounts, rule);
    }

    private static SuppressedTable suppressRates(ConfidentialityRule rule, TableCell... cells) {
        return CellSuppression.apply(SuppressionTable.ofRates(RATE, YEAR, List.of(cells)), rule);
    }

    static TableCell rate(String key, String parent, long numerator, long denominator) {
        BigDecimal n = BigDecimal.valueOf(numerator);
        BigDecimal d = BigDecimal.valueOf(denominator);
        return TableCell.rate(
                key, parent, n.multiply(BigDecimal.valueOf(100)).divide(d, 1, RoundingMode.HALF_UP), n, d);
    }
}
