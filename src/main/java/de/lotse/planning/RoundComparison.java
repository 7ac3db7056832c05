package de.lotse.planning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two evaluation rounds of the same strategy side by side: for every measure in both rounds its status, progress and
 * overdue flag before and after, for every target its verdict before and after, and the measures and targets that only
 * one of the rounds contains. The earlier round (by date, then by id) is always "before".
 *
 * @param before the earlier round
 * @param after the later round
 * @param measures the measures of both rounds, in the order of the later round
 * @param measuresOnlyBefore measures only the earlier round contains (e.g. removed since)
 * @param measuresOnlyAfter measures only the later round contains (e.g. added since)
 * @param targets the targets of both rounds
 * @param targetsOnlyBefore targets only the earlier round contains
 * @param targetsOnlyAfter targets only the later round contains
 */
public record RoundComparison(
        EvaluationRound before,
        EvaluationRound after,
        List<MeasureChange> measures,
        List<MeasureSnapshot> measuresOnlyBefore,
        List<MeasureSnapshot> measuresOnlyAfter,
        List<TargetChange> targets,
        List<EvaluationRoundTargetState> targetsOnlyBefore,
        List<EvaluationRoundTargetState> targetsOnlyAfter) {

    /**
     * Compares two rounds of one strategy, the earlier one first whatever the order of the arguments.
     *
     * @throws IllegalArgumentException when the rounds belong to different strategies
     */
    public static RoundComparison of(EvaluationRoundDetail a, EvaluationRoundDetail b) {
        if (a.round().strategyId() != b.round().strategyId()) {
            throw new IllegalArgumentException("Only rounds of the same strategy can be compared: round "
                    + a.round().id() + " and round " + b.round().id() + " belong to different strategies.");
        }
        Comparator<EvaluationRoundDetail> order = Comparator.comparing(
                        (EvaluationRoundDetail d) -> d.round().asOf())
                .thenComparingLong(d -> d.round().id());
        EvaluationRoundDetail before = order.compare(a, b) <= 0 ? a : b;
        EvaluationRoundDetail after = before == a ? b : a;

        Map<Long, MeasureSnapshot> measuresBefore = index(
                before.measures().stream().map(EvaluationRoundMeasure::state).toList(), MeasureSnapshot::measureId);
        Map<Long, MeasureSnapshot> measuresAfter = index(
                after.measures().stream().map(EvaluationRoundMeasure::state).toList(), MeasureSnapshot::measureId);
        Map<Long, EvaluationRoundTargetState> targetsBefore = index(
                before.targets().stream().map(EvaluationRoundTarget::state).toList(),
                EvaluationRoundTargetState::targetId);
        Map<Long, EvaluationRoundTargetState> targetsAfter = index(
                after.targets().stream().map(EvaluationRoundTarget::state).toList(),
                EvaluationRoundTargetState::targetId);

        return new RoundComparison(
                before.round(),
                after.round(),
                measuresAfter.values().stream()
                        .filter(m -> measuresBefore.containsKey(m.measureId()))
                        .map(m -> new MeasureChange(measuresBefore.get(m.measureId()), m))
                        .toList(),
                missingIn(measuresBefore, measuresAfter),
                missingIn(measuresAfter, measuresBefore),
                targetsAfter.values().stream()
                        .filter(t -> targetsBefore.containsKey(t.targetId()))
                        .map(t -> new TargetChange(targetsBefore.get(t.targetId()), t))
                        .toList(),
                missingIn(targetsBefore, targetsAfter),
                missingIn(targetsAfter, targetsBefore));
    }

    /** The number of measures in both rounds whose status, progress or overdue flag changed. */
    public long changedMeasures() {
        return measures.stream().filter(MeasureChange::changed).count();
    }

    /** The number of targets in both rounds whose verdict changed. */
    public long changedTargets() {
        return targets.stream().filter(TargetChange::changed).count();
    }

    private static <T> Map<Long, T> index(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
    }

    private static <T> List<T> missingIn(Map<Long, T> from, Map<Long, T> other) {
        return from.entrySet().stream()
                .filter(e -> !other.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** One measure in both rounds: its state before and after. */
    public record MeasureChange(MeasureSnapshot before, MeasureSnapshot after) {

        public boolean statusChanged() {
            return before.status() != after.status();
        }

        public boolean progressChanged() {
            return before.progress() != after.progress();
        }

        public boolean overdueChanged() {
            return before.overdue() != after.overdue();
        }

        /** Whether status, progress or the overdue flag differ. */
        public boolean changed() {
            return statusChanged() || progressChanged() || overdueChanged();
        }

        /** The change of progress in percentage points (negative when it went down). */
        public int progressDelta() {
            return after.progress() - before.progress();
        }
    }

    /** One target in both rounds: its evaluation before and after. */
    public record TargetChange(EvaluationRoundTargetState before, EvaluationRoundTargetState after) {

        /** Whether the verdict differs. */
        public boolean changed() {
            return !before.verdict().equals(after.verdict());
        }
    }
}
