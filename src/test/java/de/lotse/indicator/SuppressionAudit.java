package de.lotse.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an attacker can do with a public table, and the invariants suppression must keep, for the tests of
 * {@link CellSuppression}. An additive group is a parent (its total) with its children (its parts).
 */
final class SuppressionAudit {

    private final SuppressionTable input;
    private final SuppressedTable result;
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    SuppressionAudit(SuppressionTable input, SuppressedTable result) {
        this.input = input;
        this.result = result;
        for (TableCell cell : input.cells()) {
            if (cell.parentKey() != null) {
                groups.computeIfAbsent(cell.parentKey(), k -> new ArrayList<>()).add(cell.key());
            }
        }
    }

    /**
     * The suppressed cells an attacker works out exactly by repeatedly solving any group equation {@code total = Σ
     * parts} that has a single unknown cell left — "total minus the visible parts", a hidden total as the sum of its
     * parts, and chains of both across levels. Empty if suppression is sound.
     */
    Set<String> recoverableCells() {
        Set<String> unknown = new HashSet<>(result.suppressedKeys());
        Set<String> recovered = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, List<String>> group : groups.entrySet()) {
                List<String> members = new ArrayList<>(group.getValue());
                members.add(group.getKey());
                List<String> unknownMembers =
                        members.stream().filter(unknown::contains).toList();
                if (unknownMembers.size() == 1) {
                    unknown.remove(unknownMembers.getFirst());
                    recovered.add(unknownMembers.getFirst());
                    progress = true;
                }
            }
        }
        return recovered;
    }

    /** Groups with exactly one hidden cell, total included (the invariant: every group has 0 or at least 2). */
    List<String> groupsWithASingleHiddenCell() {
        List<String> bad = new ArrayList<>();
        groups.forEach((total, parts) -> {
            long hidden = parts.stream().filter(this::hidden).count() + (hidden(total) ? 1 : 0);
            if (hidden == 1) {
                bad.add(total);
            }
        });
        return bad;
    }

    /**
     * Groups with a visible total whose hidden parts each provably lie below the minimum count: zeros are always
     * shown, so k hidden parts with the sum S each lie in [1, S − k + 1].
     */
    List<String> groupsWithProvablySmallHiddenParts(int minimumCount) {
        List<String> bad = new ArrayList<>();
        groups.forEach((total, parts) -> {
            List<String> hiddenParts = parts.stream().filter(this::hidden).toList();
            if (hidden(total) || hiddenParts.isEmpty()) {
                return;
            }
            BigDecimal sum = hiddenParts.stream().map(this::size).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal upper = sum.subtract(BigDecimal.valueOf(hiddenParts.size() - 1L));
            if (upper.compareTo(BigDecimal.valueOf(minimumCount)) < 0) {
                bad.add(total);
            }
        });
        return bad;
    }

    /** Visible cells that break the primary rule. */
    List<String> visibleCellsBreakingThePrimaryRule(ConfidentialityRule rule) {
        return input.cells().stream()
                .filter(c -> !hidden(c.key()) && c.available())
                .filter(c -> breaksPrimaryRule(c, rule))
                .map(TableCell::key)
                .toList();
    }

    /** Cells marked primary that do not break the primary rule. */
    List<String> primaryCellsNotBreakingThePrimaryRule(ConfidentialityRule rule) {
        return result.cells().stream()
                .filter(c -> c.reason() == SuppressionReason.PRIMARY_SMALL_COUNT
                        || c.reason() == SuppressionReason.PRIMARY_SMALL_DENOMINATOR)
                .filter(c -> !breaksPrimaryRule(c.cell(), rule))
                .map(SuppressedCell::key)
                .toList();
    }

    /**
     * Zeros that are hidden although they do not break the primary rule: a count of 0, or a part of a rate table with
     * the numerator 0. A rate total with the numerator 0 may be hidden as the last resort, because it would show that
     * every hidden part below it has the numerator 0 too (a count total of 0 has no hidden parts).
     */
    List<String> hiddenZeros(ConfidentialityRule rule) {
        return input.cells().stream()
                .filter(c -> hidden(c.key())
                        && size(c.key()) != null
                        && size(c.key()).signum() == 0)
                .filter(c -> !breaksPrimaryRule(c, rule))
                .filter(c -> input.measure() == SuppressionTable.Measure.COUNT || !groups.containsKey(c.key()))
                .map(TableCell::key)
                .toList();
    }

    private boolean breaksPrimaryRule(TableCell cell, ConfidentialityRule rule) {
        BigDecimal count = input.measure() == SuppressionTable.Measure.COUNT ? cell.value() : cell.numerator();
        boolean smallCount = rule.minimumCount() != null
                && count != null
                && count.signum() > 0
                && count.intValueExact() < rule.minimumCount();
        boolean smallDenominator = input.measure() == SuppressionTable.Measure.RATE
                && rule.minimumDenominator() != null
                && cell.denominator() != null
                && cell.denominator().intValueExact() < rule.minimumDenominator();
        return smallCount || smallDenominator;
    }

    private boolean hidden(String key) {
        return result.cell(key).suppressed();
    }

    private BigDecimal size(String key) {
        TableCell cell = result.cell(key).cell();
        return input.measure() == SuppressionTable.Measure.COUNT ? cell.value() : cell.numerator();
    }
}
