package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparing two evaluation rounds of a strategy. */
class RoundComparisonTests {

    private static final EvaluationRoundStrategy STRATEGY = new EvaluationRoundStrategy(1, "leitlinien", "Leitlinien");

    @Test
    void marksChangesOfStatusProgressAndOverduePerMeasure() {
        EvaluationRoundDetail q1 = round(
                1,
                LocalDate.of(2016, 3, 31),
                List.of(
                        snapshot(1, MeasureStatus.IN_PROGRESS, 50, true),
                        snapshot(2, MeasureStatus.DONE, 100, false),
                        snapshot(3, MeasureStatus.PLANNED, 0, true)),
                List.of(target(1, "NO_DATA"), target(2, "ON_TRACK")));
        EvaluationRoundDetail q1next = round(
                2,
                LocalDate.of(2017, 3, 31),
                List.of(
                        snapshot(1, MeasureStatus.DONE, 100, false),
                        snapshot(2, MeasureStatus.DONE, 100, false),
                        snapshot(4, MeasureStatus.PLANNED, 0, false)),
                List.of(target(1, "AT_RISK"), target(2, "ON_TRACK")));

        RoundComparison c = RoundComparison.of(q1, q1next);

        assertThat(c.measures()).hasSize(2);
        RoundComparison.MeasureChange first = c.measures().getFirst();
        assertThat(first.after().measureId()).isEqualTo(1);
        assertThat(first.statusChanged()).isTrue();
        assertThat(first.progressChanged()).isTrue();
        assertThat(first.progressDelta()).isEqualTo(50);
        assertThat(first.overdueChanged()).isTrue();
        assertThat(first.changed()).isTrue();
        assertThat(c.measures().get(1).changed()).isFalse();
        assertThat(c.changedMeasures()).isEqualTo(1);
        assertThat(c.measuresOnlyBefore())
                .extracting(MeasureSnapshot::measureId)
                .containsExactly(3L);
        assertThat(c.measuresOnlyAfter()).extracting(MeasureSnapshot::measureId).containsExactly(4L);
        assertThat(c.targets()).hasSize(2);
        assertThat(c.targets().getFirst().changed()).isTrue();
        assertThat(c.targets().getFirst().before().verdict()).isEqualTo("NO_DATA");
        assertThat(c.targets().getFirst().after().verdict()).isEqualTo("AT_RISK");
        assertThat(c.targets().get(1).changed()).isFalse();
        assertThat(c.changedTargets()).isEqualTo(1);
    }

    @Test
    void theEarlierRoundIsAlwaysBefore() {
        EvaluationRoundDetail earlier =
                round(5, LocalDate.of(2016, 3, 31), List.of(snapshot(1, MeasureStatus.PLANNED, 0, false)), List.of());
        EvaluationRoundDetail later =
                round(3, LocalDate.of(2017, 3, 31), List.of(snapshot(1, MeasureStatus.DONE, 100, false)), List.of());

        RoundComparison c = RoundComparison.of(later, earlier);

        assertThat(c.before().id()).isEqualTo(5);
        assertThat(c.after().id()).isEqualTo(3);
        assertThat(c.measures().getFirst().progressDelta()).isEqualTo(100);
    }

    @Test
    void refusesRoundsOfDifferentStrategies() {
        EvaluationRoundDetail a = round(1, LocalDate.of(2016, 3, 31), List.of(), List.of());
        EvaluationRoundDetail other = new EvaluationRoundDetail(
                new EvaluationRound(2, 99, "Andere", LocalDate.of(2016, 3, 31), Instant.EPOCH, "planer", null, 1),
                new EvaluationRoundStrategy(99, "andere", "Andere"),
                List.of(),
                List.of());

        assertThatThrownBy(() -> RoundComparison.of(a, other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tallyCountsStatusesOverdueProgressAndVerdicts() {
        EvaluationRoundDetail d = round(
                1,
                LocalDate.of(2016, 3, 31),
                List.of(
                        snapshot(1, MeasureStatus.IN_PROGRESS, 50, true),
                        snapshot(2, MeasureStatus.DONE, 100, false),
                        snapshot(3, MeasureStatus.IN_PROGRESS, 0, true)),
                List.of(target(1, "NO_DATA"), target(2, "NO_DATA"), target(3, "ON_TRACK")));

        EvaluationRoundTally t = d.tally();

        assertThat(t.measures()).isEqualTo(3);
        assertThat(t.byStatus())
                .containsEntry(MeasureStatus.IN_PROGRESS, 2)
                .containsEntry(MeasureStatus.DONE, 1)
                .containsEntry(MeasureStatus.PLANNED, 0);
        assertThat(t.occurringStatuses()).containsOnlyKeys(MeasureStatus.IN_PROGRESS, MeasureStatus.DONE);
        assertThat(t.overdue()).isEqualTo(2);
        assertThat(t.averageProgress()).isEqualTo(50);
        assertThat(t.byVerdict()).containsEntry("NO_DATA", 2).containsEntry("ON_TRACK", 1);
    }

    @Test
    void groupsMeasuresByFieldOfActionWithARollUpEach() {
        MeasureSnapshot.FieldRef bildung = new MeasureSnapshot.FieldRef(10, "2.1", "Bildung", 1);
        MeasureSnapshot.FieldRef arbeit = new MeasureSnapshot.FieldRef(11, "2.2", "Arbeit", 2);
        EvaluationRoundDetail d = round(
                1,
                LocalDate.of(2016, 3, 31),
                List.of(
                        snapshot(1, MeasureStatus.DONE, 100, false, arbeit, bildung),
                        snapshot(2, MeasureStatus.PLANNED, 0, true, arbeit),
                        snapshot(3, MeasureStatus.PLANNED, 0, false)),
                List.of());

        List<EvaluationRoundDetail.Field> fields = d.byField();

        assertThat(fields)
                .extracting(f -> f.field() == null ? null : f.field().title())
                .containsExactly("Bildung", "Arbeit", null);
        assertThat(fields.get(0).tally().measures()).isEqualTo(1);
        assertThat(fields.get(1).tally().measures()).isEqualTo(2);
        assertThat(fields.get(1).tally().overdue()).isEqualTo(1);
        assertThat(fields.get(2).measures())
                .extracting(EvaluationRoundMeasure::measureId)
                .containsExactly(3L);
    }

    private static EvaluationRoundDetail round(
            long id, LocalDate asOf, List<MeasureSnapshot> measures, List<EvaluationRoundTargetState> targets) {
        return new EvaluationRoundDetail(
                new EvaluationRound(id, STRATEGY.id(), "Runde " + id, asOf, Instant.EPOCH, "planer", null, 1),
                STRATEGY,
                measures.stream()
                        .map(m -> new EvaluationRoundMeasure(m, null, null, null))
                        .toList(),
                targets.stream()
                        .map(t -> new EvaluationRoundTarget(t, null, null, null))
                        .toList());
    }

    private static MeasureSnapshot snapshot(
            long id, MeasureStatus status, int progress, boolean overdue, MeasureSnapshot.FieldRef... fields) {
        return new MeasureSnapshot(
                MeasureSnapshot.SCHEMA,
                id,
                null,
                "Maßnahme " + id,
                (int) id,
                List.of(fields),
                null,
                status,
                progress,
                MeasureSnapshot.Basis.REPORT,
                null,
                null,
                null,
                null,
                null,
                overdue,
                null,
                null,
                null);
    }

    private static EvaluationRoundTargetState target(long id, String verdict) {
        return new EvaluationRoundTargetState(
                EvaluationRoundTargetState.SCHEMA,
                id,
                "Zielgröße " + id,
                null,
                "%",
                verdict,
                null,
                null,
                null,
                null,
                LocalDate.of(2015, 12, 31),
                null,
                Map.of());
    }
}
