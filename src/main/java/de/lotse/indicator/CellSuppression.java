package de.lotse.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suppression engine (Geheimhaltung): decides which cells of a table of one indicator and one period must not be
 * shown publicly, so that neither a small count nor a value that could be worked out from the published ones reaches
 * an anonymous user. Pure domain logic: no database, no web.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li><b>Primary suppression.</b> A count, or a rate's known numerator, from 1 up to below
 *       {@link ConfidentialityRule#minimumCount()} is {@link SuppressionReason#PRIMARY_SMALL_COUNT}; a rate whose known
 *       denominator is below {@link ConfidentialityRule#minimumDenominator()} is
 *       {@link SuppressionReason#PRIMARY_SMALL_DENOMINATOR} (a small count wins if both apply). 0 is never small.
 *   <li><b>Secondary suppression.</b> Every parent with children forms an additive group, the equation
 *       {@code total = part₁ + … + partₙ} (for rates: on numerators and on denominators). A group is <em>unsafe</em>
 *       if exactly one of its cells, total included, is hidden — that cell is then the group's only unknown and
 *       follows from the others — or, when its total is visible, if its hidden parts could be shown to be small: zeros
 *       are always shown, so everyone knows each hidden part is at least 1, and {@code k} hidden parts with the sum
 *       {@code S} each lie in {@code [1, S − k + 1]}; that upper limit must reach the minimum count (otherwise, e.g.,
 *       two hidden parts summing to 2 are both exactly 1). An unsafe group hides one more part: the smallest visible
 *       non-zero part, ties broken by key. Such a part is never small itself, so one of them always makes the hidden
 *       parts' upper limit reach the minimum count. If no visible non-zero part is left, the group hides its total
 *       instead, which hands the problem to the parent's group one level up.
 *   <li><b>Iterate until stable.</b> Groups are checked bottom-up (deepest totals first, then by key) in passes until a
 *       pass hides nothing, so a cell hidden for one level (e.g. a Samtgemeinde hidden for the Kreis) is protected on
 *       the other level (its Gemeinden) too. Cells are only ever hidden, never revealed, so it terminates.
 * </ol>
 *
 * <h2>What it guarantees</h2>
 *
 * After suppression every additive group has either no hidden cell or at least two, counting its total. Because a
 * territory hierarchy is a tree (every cell is the total of at most one group and a part of at most one), this means no
 * hidden cell can be worked out exactly from the published cells by any chain of "total minus visible parts" (the
 * equations of the hidden cells form a forest with at least two unknowns per equation, so any hidden value can be
 * changed and compensated along the tree). Zeros are never hidden by secondary suppression.
 *
 * <h2>Limits</h2>
 *
 * <ul>
 *   <li>This is the standard "at least two hidden cells per additive group" rule with a greedy choice, not an optimal
 *       cell suppression by linear or integer programming (as τ-ARGUS does): it may hide more than necessary, and it
 *       does not compute protection intervals across levels — the small-sum check covers only parts of a group whose
 *       total is visible and only counts and known numerators, not denominators.
 *   <li>It protects only the relations it is given: one hierarchy, one period, one indicator. Other published tables
 *       (another breakdown, the same figure in a neighbouring indicator, earlier revisions, differences between
 *       periods) can still reveal a hidden value.
 *   <li>Missing cells ({@code null} value) are shown as missing and do not count as hidden: the engine assumes their
 *       value may be public elsewhere. A group with a hidden total and no visible non-zero part is left as it is.
 *   <li>A rate without a known denominator cannot be checked against the minimum denominator, and one without a known
 *       numerator not against the minimum count; supply both wherever the rule sets limits.
 *   <li>It assumes the table is additive; it does not check that the parts add up to the total.
 * </ul>
 */
public final class CellSuppression {

    private final SuppressionTable table;
    private final ConfidentialityRule rule;
    private final List<TableCell> cells;
    private final List<List<Integer>> children = new ArrayList<>();
    private final int[] depth;
    private final SuppressionReason[] reasons;

    private CellSuppression(SuppressionTable table, ConfidentialityRule rule) {
        this.table = table;
        this.rule = rule;
        this.cells = table.cells();
        this.depth = new int[cells.size()];
        this.reasons = new SuppressionReason[cells.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            index.put(cells.get(i).key(), i);
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < cells.size(); i++) {
            String parent = cells.get(i).parentKey();
            if (parent != null) {
                children.get(index.get(parent)).add(i);
            }
            for (TableCell c = cells.get(i); c.parentKey() != null; c = cells.get(index.get(c.parentKey()))) {
                depth[i]++;
            }
        }
    }

    /**
     * Decides which cells of the table must be hidden from public output under the rule.
     *
     * @param table the cells of one indicator and one period
     * @param rule the indicator's confidentiality rule; {@link ConfidentialityRule#NONE} hides nothing
     */
    public static SuppressedTable apply(SuppressionTable table, ConfidentialityRule rule) {
        if (table == null || rule == null) {
            throw new IllegalArgumentException("Suppression needs a table and a rule");
        }
        CellSuppression run = new CellSuppression(table, rule);
        run.suppressPrimary();
        run.suppressSecondary();
        List<SuppressedCell> result = new ArrayList<>();
        for (int i = 0; i < run.cells.size(); i++) {
            result.add(new SuppressedCell(run.cells.get(i), run.reasons[i]));
        }
        return new SuppressedTable(table.indicator(), table.period(), rule, result);
    }

    private void suppressPrimary() {
        for (int i = 0; i < cells.size(); i++) {
            reasons[i] = primaryReason(cells.get(i));
        }
    }

    private SuppressionReason primaryReason(TableCell cell) {
        if (!cell.available()) {
            return null;
        }
        if (isSmallCount(size(cell))) {
            return SuppressionReason.PRIMARY_SMALL_COUNT;
        }
        if (table.measure() == SuppressionTable.Measure.RATE
                && rule.minimumDenominator() != null
                && cell.denominator() != null
                && cell.denominator().compareTo(BigDecimal.valueOf(rule.minimumDenominator())) < 0) {
            return SuppressionReason.PRIMARY_SMALL_DENOMINATOR;
        }
        return null;
    }

    private boolean isSmallCount(BigDecimal count) {
        return count != null
                && rule.minimumCount() != null
                && count.signum() > 0
                && count.compareTo(BigDecimal.valueOf(rule.minimumCount())) < 0;
    }

    private void suppressSecondary() {
        List<Integer> totals = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!children.get(i).isEmpty()) {
                totals.add(i);
            }
        }
        totals.sort(Comparator.<Integer>comparingInt(i -> -depth[i])
                .thenComparing(i -> cells.get(i).key()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int total : totals) {
                changed |= protect(total);
            }
        }
    }

    /** Hides one more cell of the group of {@code total} if the group is unsafe; answers whether it did. */
    private boolean protect(int total) {
        List<Integer> parts = children.get(total);
        List<Integer> hiddenParts = parts.stream().filter(this::hidden).toList();
        boolean totalHidden = hidden(total);
        int hiddenCells = hiddenParts.size() + (totalHidden ? 1 : 0);
        boolean unsafe = hiddenCells == 1 || hiddenCells > 1 && !totalHidden && provablySmall(hiddenParts);
        if (!unsafe) {
            return false;
        }
        List<Integer> candidates = parts.stream()
                .filter(p -> !hidden(p) && cells.get(p).available() && !isZero(p))
                .sorted(Comparator.comparing(
                                (Integer p) -> size(cells.get(p)), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(p -> cells.get(p).key()))
                .toList();
        if (!candidates.isEmpty()) {
            reasons[candidates.getFirst()] = SuppressionReason.SECONDARY;
            return true;
        }
        if (!totalHidden && cells.get(total).available()) {
            reasons[total] = SuppressionReason.SECONDARY;
            return true;
        }
        return false;
    }

    /**
     * Whether the hidden parts of a group with a visible total each provably lie below the minimum count: {@code k}
     * parts, each at least 1, with the sum {@code S} are each at most {@code S − k + 1}. Unknown sizes make the check
     * inapplicable (answers false).
     */
    private boolean provablySmall(List<Integer> hiddenParts) {
        if (rule.minimumCount() == null) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int p : hiddenParts) {
            BigDecimal size = size(cells.get(p));
            if (size == null) {
                return false;
            }
            sum = sum.add(size);
        }
        BigDecimal upper = sum.subtract(BigDecimal.valueOf(hiddenParts.size() - 1L));
        return upper.compareTo(BigDecimal.valueOf(rule.minimumCount())) < 0;
    }

    private boolean hidden(int i) {
        return reasons[i] != null;
    }

    private boolean isZero(int i) {
        BigDecimal size = size(cells.get(i));
        return size != null && size.signum() == 0;
    }

    /** The count the confidentiality rule is about: the value of a count, the numerator of a rate (null if unknown). */
    private BigDecimal size(TableCell cell) {
        return table.measure() == SuppressionTable.Measure.COUNT ? cell.value() : cell.numerator();
    }
}
