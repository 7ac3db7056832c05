package de.lotse.planning;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The roll-up of a round or of a part of it: how many measures stand in which status, how many are overdue, their
 * average progress, and how many targets have which verdict.
 *
 * @param measures the number of measures
 * @param byStatus the number of measures per status, every status listed (0 when none)
 * @param overdue the number of overdue measures
 * @param averageProgress the mean progress of the measures in whole percent; 0 without measures
 * @param targets the number of targets
 * @param byVerdict the number of targets per verdict, only verdicts that occur, in the order of {@link Verdict}
 */
public record EvaluationRoundTally(
        int measures,
        Map<MeasureStatus, Integer> byStatus,
        int overdue,
        int averageProgress,
        int targets,
        Map<String, Integer> byVerdict) {

    public EvaluationRoundTally {
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        Map<String, Integer> ordered = new TreeMap<>(EvaluationRoundTally::compareVerdicts);
        ordered.putAll(byVerdict);
        byVerdict = Collections.unmodifiableMap(ordered);
    }

    /** Counts frozen measure states and target verdicts. */
    public static EvaluationRoundTally of(Collection<MeasureSnapshot> measures, Collection<String> verdicts) {
        Map<MeasureStatus, Integer> byStatus = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus s : MeasureStatus.values()) {
            byStatus.put(s, 0);
        }
        int overdue = 0;
        long progress = 0;
        for (MeasureSnapshot m : measures) {
            byStatus.merge(m.status(), 1, Integer::sum);
            overdue += m.overdue() ? 1 : 0;
            progress += m.progress();
        }
        Map<String, Integer> byVerdict = new TreeMap<>();
        verdicts.forEach(v -> byVerdict.merge(v, 1, Integer::sum));
        int average = measures.isEmpty() ? 0 : Math.round((float) progress / measures.size());
        return new EvaluationRoundTally(measures.size(), byStatus, overdue, average, verdicts.size(), byVerdict);
    }

    /** Orders verdict names as {@link Verdict} does; names it does not know (of a later schema) come last. */
    private static int compareVerdicts(String a, String b) {
        int byOrder = Integer.compare(ordinal(a), ordinal(b));
        return byOrder != 0 ? byOrder : a.compareTo(b);
    }

    private static int ordinal(String verdict) {
        for (Verdict v : Verdict.values()) {
            if (v.name().equals(verdict)) {
                return v.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The statuses that occur at least once, in the order of {@link MeasureStatus}. */
    public Map<MeasureStatus, Integer> occurringStatuses() {
        Map<MeasureStatus, Integer> occurring = new EnumMap<>(MeasureStatus.class);
        byStatus.forEach((s, n) -> {
            if (n > 0) {
                occurring.put(s, n);
            }
        });
        return occurring;
    }
}
