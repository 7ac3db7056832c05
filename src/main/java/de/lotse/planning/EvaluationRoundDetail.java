package de.lotse.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation round with everything it froze: the measures with their states and comments, the targets with their
 * verdicts and comments.
 *
 * @param round the round
 * @param strategy the strategy it evaluates
 * @param measures the measures in the order of the strategy
 * @param targets the targets in the order they were frozen
 */
public record EvaluationRoundDetail(
        EvaluationRound round,
        EvaluationRoundStrategy strategy,
        List<EvaluationRoundMeasure> measures,
        List<EvaluationRoundTarget> targets) {

    public EvaluationRoundDetail {
        measures = measures.stream()
                .sorted(Comparator.comparingInt(
                                (EvaluationRoundMeasure m) -> m.state().position())
                        .thenComparingLong(EvaluationRoundMeasure::measureId))
                .toList();
        targets = List.copyOf(targets);
    }

    /** The roll-up of the whole round. */
    public EvaluationRoundTally tally() {
        return EvaluationRoundTally.of(
                measures.stream().map(EvaluationRoundMeasure::state).toList(),
                targets.stream().map(t -> t.state().verdict()).toList());
    }

    /**
     * The measures grouped by the fields of action they served when the round was frozen, in the fields' order; a
     * measure of several fields appears under each, measures of none in a last group without a field.
     */
    public List<Field> byField() {
        Map<Long, MeasureSnapshot.FieldRef> fields = new LinkedHashMap<>();
        Map<Long, List<EvaluationRoundMeasure>> members = new LinkedHashMap<>();
        List<EvaluationRoundMeasure> without = new ArrayList<>();
        for (EvaluationRoundMeasure m : measures) {
            if (m.state().fields().isEmpty()) {
                without.add(m);
            }
            for (MeasureSnapshot.FieldRef f : m.state().fields()) {
                fields.putIfAbsent(f.id(), f);
                members.computeIfAbsent(f.id(), id -> new ArrayList<>()).add(m);
            }
        }
        List<Field> groups = new ArrayList<>(fields.values().stream()
                .sorted(Comparator.comparingInt(MeasureSnapshot.FieldRef::position)
                        .thenComparingLong(MeasureSnapshot.FieldRef::id))
                .map(f -> Field.of(f, members.get(f.id())))
                .toList());
        if (!without.isEmpty()) {
            groups.add(Field.of(null, without));
        }
        return groups;
    }

    /**
     * The measures of one field of action in a round with their roll-up.
     *
     * @param field the field as frozen; null for the measures that serve no field
     * @param measures its measures
     * @param tally their roll-up (without targets)
     */
    public record Field(
            MeasureSnapshot.FieldRef field, List<EvaluationRoundMeasure> measures, EvaluationRoundTally tally) {

        static Field of(MeasureSnapshot.FieldRef field, List<EvaluationRoundMeasure> measures) {
            return new Field(
                    field,
                    List.copyOf(measures),
                    EvaluationRoundTally.of(
                            measures.stream().map(EvaluationRoundMeasure::state).toList(), List.of()));
        }
    }
}
