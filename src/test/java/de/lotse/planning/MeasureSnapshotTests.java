package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reconstructing the state of a measure at the date of an evaluation round. */
class MeasureSnapshotTests {

    private static final LocalDate ROUND = LocalDate.of(2016, 3, 31);
    private static final LocalDate DEADLINE = LocalDate.of(2015, 12, 31);

    @Test
    void takesTheLatestReportOnOrBeforeTheDate() {
        List<MeasureSnapshot.Report> reports = List.of(
                report(1, LocalDate.of(2015, 6, 1), MeasureStatus.IN_PROGRESS, 30, "begonnen"),
                report(2, LocalDate.of(2016, 2, 1), MeasureStatus.DELAYED, 60, "verzögert"),
                report(3, LocalDate.of(2016, 5, 1), MeasureStatus.DONE, 100, "fertig"));

        MeasureSnapshot s =
                MeasureSnapshot.at(measure(MeasureStatus.DONE, 100, LocalDate.of(2016, 5, 1)), reports, ROUND);

        assertThat(s.status()).isEqualTo(MeasureStatus.DELAYED);
        assertThat(s.progress()).isEqualTo(60);
        assertThat(s.basis()).isEqualTo(MeasureSnapshot.Basis.REPORT);
        assertThat(s.reportedOn()).isEqualTo(LocalDate.of(2016, 2, 1));
        assertThat(s.reportText()).isEqualTo("verzögert");
        assertThat(s.overdue()).isTrue();
        assertThat(s.schema()).isEqualTo(MeasureSnapshot.SCHEMA);
    }

    @Test
    void reportOnTheDateItselfCountsAndTheLaterEntryWinsOnTheSameDay() {
        List<MeasureSnapshot.Report> reports = List.of(
                report(7, ROUND, MeasureStatus.DONE, 100, "zweiter Eintrag"),
                report(5, ROUND, MeasureStatus.IN_PROGRESS, 90, "erster Eintrag"));

        MeasureSnapshot s = MeasureSnapshot.at(measure(MeasureStatus.DONE, 100, ROUND), reports, ROUND);

        assertThat(s.status()).isEqualTo(MeasureStatus.DONE);
        assertThat(s.reportText()).isEqualTo("zweiter Eintrag");
        assertThat(s.overdue()).as("implemented measures are never overdue").isFalse();
    }

    @Test
    void withoutAReportByTheDateTheMeasureIsPlannedWithNoProgress() {
        List<MeasureSnapshot.Report> reports =
                List.of(report(1, LocalDate.of(2016, 4, 2), MeasureStatus.IN_PROGRESS, 10, "nach dem Stichtag"));

        MeasureSnapshot s =
                MeasureSnapshot.at(measure(MeasureStatus.IN_PROGRESS, 10, LocalDate.of(2016, 4, 2)), reports, ROUND);

        assertThat(s.status()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(s.progress()).isZero();
        assertThat(s.basis()).isEqualTo(MeasureSnapshot.Basis.INITIAL);
        assertThat(s.reportedOn()).isNull();
        assertThat(s.reportText()).isNull();
        assertThat(s.overdue()).as("planned and past its deadline").isTrue();
    }

    @Test
    void aMeasureWithoutAnyReportKeepsItsRecordedStateOnlyIfItWasLastChangedByTheDate() {
        MeasureSnapshot before =
                MeasureSnapshot.at(measure(MeasureStatus.IN_PROGRESS, 40, LocalDate.of(2016, 1, 15)), List.of(), ROUND);
        MeasureSnapshot after =
                MeasureSnapshot.at(measure(MeasureStatus.IN_PROGRESS, 40, LocalDate.of(2016, 4, 1)), List.of(), ROUND);

        assertThat(before.basis()).isEqualTo(MeasureSnapshot.Basis.RECORD);
        assertThat(before.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(before.progress()).isEqualTo(40);
        assertThat(after.basis()).isEqualTo(MeasureSnapshot.Basis.INITIAL);
        assertThat(after.status()).isEqualTo(MeasureStatus.PLANNED);
    }

    @Test
    void overdueNeedsADeadlineBeforeTheDateAndAnOpenMeasure() {
        assertThat(MeasureSnapshot.overdue(MeasureStatus.IN_PROGRESS, DEADLINE, ROUND))
                .isTrue();
        assertThat(MeasureSnapshot.overdue(MeasureStatus.POSTPONED, DEADLINE, ROUND))
                .isTrue();
        assertThat(MeasureSnapshot.overdue(MeasureStatus.DONE, DEADLINE, ROUND)).isFalse();
        assertThat(MeasureSnapshot.overdue(MeasureStatus.ABANDONED, DEADLINE, ROUND))
                .isFalse();
        assertThat(MeasureSnapshot.overdue(MeasureStatus.IN_PROGRESS, ROUND, ROUND))
                .as("due on the day itself is not yet overdue")
                .isFalse();
        assertThat(MeasureSnapshot.overdue(MeasureStatus.IN_PROGRESS, null, ROUND))
                .isFalse();
    }

    @Test
    void labelPutsTheCodeBeforeTheTitle() {
        MeasureSnapshot s = MeasureSnapshot.at(measure(MeasureStatus.PLANNED, 0, ROUND), List.of(), ROUND);
        assertThat(s.label()).isEqualTo("3.1 Sprachkurse für Eltern");
    }

    static MeasureSnapshot.Recorded measure(MeasureStatus status, int progress, LocalDate lastChangedOn) {
        return new MeasureSnapshot.Recorded(
                1L,
                "3.1",
                "Sprachkurse für Eltern",
                1,
                List.of(new MeasureSnapshot.FieldRef(10L, "2.1", "Bildung", 1)),
                "Kreisvolkshochschule",
                status,
                progress,
                lastChangedOn,
                null,
                DEADLINE,
                null,
                null,
                null);
    }

    static MeasureSnapshot.Report report(long id, LocalDate asOf, MeasureStatus status, int progress, String text) {
        return new MeasureSnapshot.Report(id, asOf, "planer", status, progress, text);
    }
}
