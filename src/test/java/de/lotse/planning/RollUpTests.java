package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollUpTests {

    private static final LocalDate TODAY = LocalDate.of(2016, 3, 31);
    private static final LocalDate PAST = LocalDate.of(2015, 12, 31);
    private static final LocalDate FUTURE = LocalDate.of(2016, 12, 31);

    @Test
    void countsMeasuresPerStatusInTheOrderOfTheStatuses() {
        RollUp r = RollUp.of(List.of(
                item(1, MeasureStatus.DONE, 100, PAST),
                item(2, MeasureStatus.PLANNED, 0, FUTURE),
                item(3, MeasureStatus.DONE, 100, PAST),
                item(4, MeasureStatus.DELAYED, 30, PAST)));

        assertThat(r.total()).isEqualTo(4);
        assertThat(r.counts())
                .containsExactly(
                        Map.entry(MeasureStatus.PLANNED, 1),
                        Map.entry(MeasureStatus.DONE, 2),
                        Map.entry(MeasureStatus.DELAYED, 1));
        assertThat(r.count(MeasureStatus.ABANDONED)).isZero();
        assertThat(r.done()).isEqualTo(2);
        assertThat(r.share(MeasureStatus.DONE)).isEqualTo(50.0);
    }

    @Test
    void meanProgressLeavesAbandonedMeasuresOutAndIsUnknownWithoutMeasures() {
        RollUp r = RollUp.of(List.of(
                item(1, MeasureStatus.IN_PROGRESS, 40, FUTURE),
                item(2, MeasureStatus.DONE, 100, PAST),
                item(3, MeasureStatus.ABANDONED, 0, PAST),
                item(4, MeasureStatus.PLANNED, 5, FUTURE)));

        // (40 + 100 + 5) / 3 = 48.3
        assertThat(r.meanProgress()).isEqualTo(48);
        assertThat(RollUp.empty().meanProgress()).isNull();
        assertThat(RollUp.of(List.of(item(9, MeasureStatus.ABANDONED, 20, PAST)))
                        .meanProgress())
                .isNull();
        assertThat(RollUp.empty().total()).isZero();
        assertThat(RollUp.empty().share(MeasureStatus.DONE)).isZero();
    }

    @Test
    void overdueMeansAPassedDeadlineOfAMeasureThatIsNeitherDoneNorAbandoned() {
        assertThat(RollUp.overdue(MeasureStatus.PLANNED, PAST, TODAY)).isTrue();
        assertThat(RollUp.overdue(MeasureStatus.IN_PROGRESS, PAST, TODAY)).isTrue();
        assertThat(RollUp.overdue(MeasureStatus.DELAYED, PAST, TODAY)).isTrue();
        assertThat(RollUp.overdue(MeasureStatus.POSTPONED, PAST, TODAY)).isTrue();
        assertThat(RollUp.overdue(MeasureStatus.DONE, PAST, TODAY)).isFalse();
        assertThat(RollUp.overdue(MeasureStatus.ABANDONED, PAST, TODAY)).isFalse();
        // the deadline day itself is not overdue yet; no deadline is never overdue
        assertThat(RollUp.overdue(MeasureStatus.PLANNED, TODAY, TODAY)).isFalse();
        assertThat(RollUp.overdue(MeasureStatus.PLANNED, FUTURE, TODAY)).isFalse();
        assertThat(RollUp.overdue(MeasureStatus.PLANNED, null, TODAY)).isFalse();

        RollUp r = RollUp.of(List.of(
                item(1, MeasureStatus.PLANNED, 0, PAST),
                item(2, MeasureStatus.DONE, 100, PAST),
                item(3, MeasureStatus.IN_PROGRESS, 50, FUTURE),
                item(4, MeasureStatus.DELAYED, 10, PAST)));
        assertThat(r.overdue()).isEqualTo(2);
    }

    @Test
    void rollsUpObjectivesToAFieldAndFieldsToTheStrategyCountingEachMeasureOnce() {
        RollUp.Item shared = item(1, MeasureStatus.DONE, 100, PAST);
        RollUp objectiveA = RollUp.of(List.of(shared, item(2, MeasureStatus.PLANNED, 0, PAST)));
        RollUp objectiveB = RollUp.of(List.of(shared, item(3, MeasureStatus.IN_PROGRESS, 60, FUTURE)));
        RollUp field = RollUp.union(List.of(objectiveA, objectiveB));

        assertThat(field.total()).isEqualTo(3);
        assertThat(field.done()).isEqualTo(1);
        assertThat(field.overdue()).isEqualTo(1);
        assertThat(field.meanProgress()).isEqualTo(53);

        RollUp otherField = RollUp.of(List.of(item(4, MeasureStatus.ABANDONED, 0, PAST), shared));
        RollUp strategy = field.plus(otherField);
        assertThat(strategy.total()).isEqualTo(4);
        assertThat(strategy.counts())
                .containsExactly(
                        Map.entry(MeasureStatus.PLANNED, 1),
                        Map.entry(MeasureStatus.IN_PROGRESS, 1),
                        Map.entry(MeasureStatus.DONE, 1),
                        Map.entry(MeasureStatus.ABANDONED, 1));
        assertThat(strategy.meanProgress()).isEqualTo(53);
    }

    @Test
    void aMeasureListedTwiceCountsOnce() {
        RollUp r =
                RollUp.of(List.of(item(7, MeasureStatus.DELAYED, 20, PAST), item(7, MeasureStatus.DELAYED, 20, PAST)));
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.overdue()).isEqualTo(1);
    }

    @Test
    void refusesAProgressOutsideZeroToHundredAndAMissingStatus() {
        assertThatThrownBy(() -> new RollUp.Item(1, MeasureStatus.PLANNED, 101, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollUp.Item(1, MeasureStatus.PLANNED, -1, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollUp.Item(1, null, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RollUp.Item item(long id, MeasureStatus status, int progress, LocalDate deadline) {
        return RollUp.Item.of(id, status, progress, deadline, TODAY);
    }
}
