package de.lotse.indicator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input of the suppression engine ({@link CellSuppression}): the cells of one indicator for one period, arranged
 * as a hierarchy of territories (e.g. Kreis → Samtgemeinden → Gemeinden) in which every parent's value is the total of
 * its children's values.
 *
 * @param indicator the indicator the values belong to
 * @param period the period the values refer to
 * @param measure whether the cells are counts or rates
 * @param cells the cells; keys are unique and every parent key names a cell of the table
 */
public record SuppressionTable(IndicatorKey indicator, Period period, Measure measure, List<TableCell> cells) {

    public SuppressionTable {
        if (indicator == null || period == null || measure == null || cells == null) {
            throw new IllegalArgumentException("A table needs an indicator, a period, a measure and cells");
        }
        cells = List.copyOf(cells);
        Map<String, String> parents = new HashMap<>();
        for (TableCell cell : cells) {
            if (parents.containsKey(cell.key())) {
                throw new IllegalArgumentException("The table has the cell " + cell.key() + " twice");
            }
            if (measure == Measure.COUNT && !isCount(cell)) {
                throw new IllegalArgumentException(
                        "A count is a whole number of at least 0, not " + cell.value() + " for " + cell.key());
            }
            parents.put(cell.key(), cell.parentKey());
        }
        for (TableCell cell : cells) {
            Set<String> seen = new HashSet<>();
            for (String p = cell.parentKey(); p != null; p = parents.get(p)) {
                if (!parents.containsKey(p)) {
                    throw new IllegalArgumentException(
                            "The parent " + p + " of " + cell.key() + " is not in the table");
                }
                if (!seen.add(p)) {
                    throw new IllegalArgumentException("The parents of " + cell.key() + " form a cycle");
                }
            }
        }
    }

    /** A table of counts. */
    public static SuppressionTable ofCounts(IndicatorKey indicator, Period period, List<TableCell> cells) {
        return new SuppressionTable(indicator, period, Measure.COUNT, cells);
    }

    /** A table of rates, whose numerators and denominators add up along the hierarchy. */
    public static SuppressionTable ofRates(IndicatorKey indicator, Period period, List<TableCell> cells) {
        return new SuppressionTable(indicator, period, Measure.RATE, cells);
    }

    private static boolean isCount(TableCell cell) {
        return cell.value() == null
                || cell.value().signum() >= 0
                        && cell.value().stripTrailingZeros().scale() <= 0;
    }

    /** What the values of a table are. */
    public enum Measure {
        /** Counts (Fallzahlen): the values themselves add up and are checked against the minimum count. */
        COUNT,
        /**
         * Rates (Quoten): numerators and denominators add up; the numerator is checked against the minimum count and
         * the denominator against the minimum denominator.
         */
        RATE
    }
}
