package de.lotse.planning;

import static de.lotse.planning.MeasureStatus.ABANDONED;
import static de.lotse.planning.MeasureStatus.DELAYED;
import static de.lotse.planning.MeasureStatus.DONE;
import static de.lotse.planning.MeasureStatus.IN_PROGRESS;
import static de.lotse.planning.MeasureStatus.PLANNED;
import static de.lotse.planning.MeasureStatus.POSTPONED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureStatusTests {

    @Test
    void plannedMeasuresStartPostponeOrAreAbandoned() {
        assertThat(PLANNED.next()).containsExactlyInAnyOrder(PLANNED, IN_PROGRESS, POSTPONED, ABANDONED);
        assertThat(PLANNED.canChangeTo(DONE)).isFalse();
        assertThat(PLANNED.canChangeTo(DELAYED)).isFalse();
    }

    @Test
    void measuresInProgressFinishOrAreDelayed() {
        assertThat(IN_PROGRESS.next()).containsExactlyInAnyOrder(IN_PROGRESS, DONE, DELAYED, POSTPONED, ABANDONED);
        assertThat(IN_PROGRESS.canChangeTo(PLANNED)).isFalse();
    }

    @Test
    void delayedMeasuresResumeOrFinish() {
        assertThat(DELAYED.next()).containsExactlyInAnyOrder(DELAYED, IN_PROGRESS, DONE, POSTPONED, ABANDONED);
    }

    @Test
    void postponedMeasuresAreTakenUpAgain() {
        assertThat(POSTPONED.next()).containsExactlyInAnyOrder(POSTPONED, PLANNED, IN_PROGRESS, ABANDONED);
        assertThat(POSTPONED.canChangeTo(DONE)).isFalse();
    }

    @Test
    void doneAndAbandonedAreFinalButCanBeReopened() {
        assertThat(DONE.isFinal()).isTrue();
        assertThat(ABANDONED.isFinal()).isTrue();
        assertThat(DONE.next()).containsExactly(DONE);
        assertThat(ABANDONED.next()).containsExactly(ABANDONED);
        assertThat(DONE.canBeReopenedAs(IN_PROGRESS)).isTrue();
        assertThat(ABANDONED.canBeReopenedAs(PLANNED)).isTrue();
        assertThat(DONE.canBeReopenedAs(ABANDONED)).isFalse();
        assertThat(IN_PROGRESS.canBeReopenedAs(PLANNED)).isFalse();
    }
}
