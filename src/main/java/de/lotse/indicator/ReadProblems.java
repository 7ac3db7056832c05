package de.lotse.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found while reading one file. Keeps the first {@value #MAX_KEPT} of each kind (problem code) and
 * counts the rest, so that a large file full of errors cannot exhaust memory and the report can still say "and 12,345
 * more".
 */
final class ReadProblems {

    /** How many problems of one kind are kept with their lines. */
    static final int MAX_KEPT = 100;

    private final List<ReadProblem> kept = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int count;

    void add(int line, int column, String field, String code, Object... args) {
        count++;
        if (counts.merge(code, 1, Integer::sum) <= MAX_KEPT) {
            kept.add(ReadProblem.of(line, column, field, code, args));
        }
    }

    /** The first {@value #MAX_KEPT} problems of each kind, in the order found. */
    List<ReadProblem> list() {
        return List.copyOf(kept);
    }

    /** How many problems were found in all, including those not kept. */
    int count() {
        return count;
    }

    /** How many problems of each kind were found, including those not kept, in the order first found. */
    Map<String, Integer> counts() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
