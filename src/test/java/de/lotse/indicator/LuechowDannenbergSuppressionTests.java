package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suppression on the real territorial shape of Landkreis Lüchow-Dannenberg (03354): the Samtgemeinden Gartow (5
 * Gemeinden), Elbtalaue (10) and Lüchow (Wendland) (12), and the two gemeindefreie Gebiete Gartow and Göhrde, keyed by
 * their ARS as in the Regionaldatenbank tables. <b>The counts are synthetic test input, made up for this test; they are
 * not statistics of the county.</b>
 */
class LuechowDannenbergSuppressionTests {

    private static final String KREIS = "03354";
    private static final String SG_GARTOW = "03354403";
    private static final String SG_ELBTALAUE = "03354406";
    private static final String SG_LUECHOW = "03354407";
    private static final ConfidentialityRule MIN_3 = new ConfidentialityRule(3, null);

    /** Synthetic counts per Gemeinde, in the order of their Gemeinde numbers. */
    private static final long[] GARTOW = {4, 0, 1, 0, 2}; // Gartow, Gorleben, Höhbeck, Prezelle, Schnackenburg

    private static final long[] ELBTALAUE = {0, 31, 2, 5, 14, 3, 0, 1, 6, 7}; // Damnatz ... Zernien

    private static final long[] LUECHOW = {4, 9, 3, 5, 0, 1, 38, 3, 2, 4, 3, 12}; // Bergen an der Dumme ... Wustrow

    @Test
    void protectsEveryLevelOfTheCountyWithSyntheticCounts() {
        SuppressionTable table =
                SuppressionTable.ofCounts(IndicatorKey.of("sgb2-empfaenger"), Period.year(2024), syntheticCounty());

        SuppressedTable result = CellSuppression.apply(table, MIN_3);

        SuppressionAudit audit = new SuppressionAudit(table, result);
        assertThat(audit.recoverableCells()).isEmpty();
        assertThat(audit.groupsWithASingleHiddenCell()).isEmpty();
        assertThat(audit.groupsWithProvablySmallHiddenParts(3)).isEmpty();
        assertThat(audit.visibleCellsBreakingThePrimaryRule(MIN_3)).isEmpty();
        assertThat(audit.hiddenZeros(MIN_3)).isEmpty();
        // the uninhabited gemeindefreie Gebiete have 0 and stay visible; the county total is large and stays visible
        assertThat(result.cell("03354501").publicValue()).isEqualByComparingTo("0");
        assertThat(result.cell("03354502").publicValue()).isEqualByComparingTo("0");
        assertThat(result.cell(KREIS).suppressed()).isFalse();
        // Gartow: Höhbeck (1) and Schnackenburg (2) are small; Gartow, Elbe (4) makes their sum not provably small
        assertThat(result.cell("03354403010").reason()).isEqualTo(SuppressionReason.PRIMARY_SMALL_COUNT);
        assertThat(result.cell("03354403021").reason()).isEqualTo(SuppressionReason.PRIMARY_SMALL_COUNT);
        assertThat(result.cell("03354403005").reason()).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.cell(SG_GARTOW).publicValue()).isEqualByComparingTo("7");
    }

    private static List<TableCell> syntheticCounty() {
        List<TableCell> cells = new ArrayList<>();
        long total = 0;
        total += samtgemeinde(cells, SG_GARTOW, new String[] {"005", "007", "010", "020", "021"}, GARTOW);
        total += samtgemeinde(
                cells,
                SG_ELBTALAUE,
                new String[] {"003", "004", "006", "008", "009", "011", "012", "014", "019", "027"},
                ELBTALAUE);
        total += samtgemeinde(
                cells,
                SG_LUECHOW,
                new String[] {"001", "002", "013", "015", "016", "017", "018", "022", "023", "024", "025", "026"},
                LUECHOW);
        cells.add(TableCell.count("03354501", KREIS, 0)); // Gartow, gemeindefreies Gebiet
        cells.add(TableCell.count("03354502", KREIS, 0)); // Göhrde, gemeindefreies Gebiet
        cells.add(TableCell.count(KREIS, null, total));
        return cells;
    }

    private static long samtgemeinde(List<TableCell> cells, String key, String[] gemeinden, long[] counts) {
        long sum = 0;
        for (int i = 0; i < gemeinden.length; i++) {
            cells.add(TableCell.count(key + gemeinden[i], key, counts[i]));
            sum += counts[i];
        }
        cells.add(TableCell.count(key, KREIS, sum));
        return sum;
    }
}
