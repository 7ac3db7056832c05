package de.lotse.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading one file. Keeps the first {@value #MAX_KEPT} and counts the rest, so that a large
 * file full of errors cannot exhaust memory.
 */
final class ReadProblems {

    static final int MAX_KEPT = 1000;

    private final List<ReadProblem> kept = new ArrayList<>();
    private int count;

    void add(int line, int column, String field, String code, Object... args) {
        count++;
        if (kept.size() < MAX_KEPT) {
            kept.add(ReadProblem.of(line, column, field, code, args));
        }
    }

    /** The first {@value #MAX_KEPT} problems, in the order found. */
    List<ReadProblem> list() {
        return List.copyOf(kept);
    }

    /** How many problems were found in all, including those not kept. */
    int count() {
        return count;
    }
}
