package de.lotse.planning;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many targets have which verdict: the roll-up of a field of action or a strategy on the traffic-light dashboard.
 *
 * @param counts verdict → number of targets; every verdict is present (0 when none)
 */
public record TrafficLightCounts(Map<Verdict, Integer> counts) {

    public TrafficLightCounts {
        EnumMap<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            all.put(v, counts.getOrDefault(v, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** The counts of the verdicts of these evaluations. */
    public static TrafficLightCounts of(Collection<TargetEvaluation> evaluations) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        evaluations.forEach(e -> counts.merge(e.verdict(), 1, Integer::sum));
        return new TrafficLightCounts(counts);
    }

    /** The number of targets with the verdict. */
    public int count(Verdict verdict) {
        return counts.get(verdict);
    }

    /** The verdicts at least one target has, in the order of {@link Verdict}. */
    public List<Verdict> present() {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The number of targets. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
