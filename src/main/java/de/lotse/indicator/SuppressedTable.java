package de.lotse.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of the suppression engine for one table: every cell, in the order of the input, with the decision whether
 * it may be shown publicly.
 *
 * @param indicator the indicator
 * @param period the period
 * @param rule the confidentiality rule that was applied
 * @param cells the cells in the order of the input table
 */
public record SuppressedTable(
        IndicatorKey indicator, Period period, ConfidentialityRule rule, List<SuppressedCell> cells) {

    public SuppressedTable {
        cells = List.copyOf(cells);
    }

    /** The cell of the territory with the given key. */
    public SuppressedCell cell(String key) {
        return cells.stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("The table has no cell " + key));
    }

    /** The keys of all suppressed cells, sorted. */
    public Set<String> suppressedKeys() {
        Set<String> keys = new TreeSet<>();
        cells.stream().filter(SuppressedCell::suppressed).forEach(c -> keys.add(c.key()));
        return keys;
    }

    /** Every cell by key as anonymous users see it. */
    public Map<String, DisclosedCell> forPublic() {
        Map<String, DisclosedCell> out = new LinkedHashMap<>();
        cells.forEach(c -> out.put(c.key(), c.forPublic()));
        return out;
    }

    /** Every cell by key as users with permission to see confidential values see it. */
    public Map<String, DisclosedCell> forPermittedUser() {
        Map<String, DisclosedCell> out = new LinkedHashMap<>();
        cells.forEach(c -> out.put(c.key(), c.forPermittedUser()));
        return out;
    }
}
