package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureTests {

    private static final LocalDate TODAY = LocalDate.of(2016, 3, 31);

    @Test
    void isOverdueWhenTheDeadlinePassedAndItIsStillOpen() {
        LocalDate deadline = LocalDate.of(2015, 12, 31);
        assertThat(measure(MeasureStatus.IN_PROGRESS, 40, deadline).isOverdue(TODAY))
                .isTrue();
        assertThat(measure(MeasureStatus.PLANNED, 0, deadline).isOverdue(TODAY)).isTrue();
        assertThat(measure(MeasureStatus.DONE, 100, deadline).isOverdue(TODAY)).isFalse();
        assertThat(measure(MeasureStatus.ABANDONED, 10, deadline).isOverdue(TODAY))
                .isFalse();
        assertThat(measure(MeasureStatus.IN_PROGRESS, 40, TODAY).isOverdue(TODAY))
                .isFalse();
        assertThat(measure(MeasureStatus.IN_PROGRESS, 40, null).isOverdue(TODAY))
                .isFalse();
    }

    @Test
    void aReportChangesStatusAndProgressAndIsLogged() {
        Measure after = measure(MeasureStatus.PLANNED, 0, null)
                .reportStatus(
                        StatusReportDraft.of(TODAY, MeasureStatus.IN_PROGRESS, 20, "Start"), "kiss", TODAY, false);
        assertThat(after.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(20);
        assertThat(after.latestReport().author()).isEqualTo("kiss");
        assertThat(after.latestReport().text()).isEqualTo("Start");
    }

    @Test
    void aReportWithTheSameStatusUpdatesTheProgress() {
        Measure after = measure(MeasureStatus.IN_PROGRESS, 20, null)
                .reportStatus(StatusReportDraft.of(TODAY, MeasureStatus.IN_PROGRESS, 60, "Weiter"), "a", TODAY, false);
        assertThat(after.progress()).isEqualTo(60);
        Measure unchanged = after.reportStatus(
                new StatusReportDraft(TODAY, MeasureStatus.IN_PROGRESS, null, "Nur Text", false), "a", TODAY, false);
        assertThat(unchanged.progress()).isEqualTo(60);
    }

    @Test
    void doneMeansOneHundredPercent() {
        Measure done = measure(MeasureStatus.IN_PROGRESS, 80, null)
                .reportStatus(
                        new StatusReportDraft(TODAY, MeasureStatus.DONE, null, "Fertig", false), "a", TODAY, false);
        assertThat(done.progress()).isEqualTo(100);
        assertThatThrownBy(() -> measure(MeasureStatus.IN_PROGRESS, 80, null)
                        .reportStatus(StatusReportDraft.of(TODAY, MeasureStatus.DONE, 90, "Fast"), "a", TODAY, false))
                .isInstanceOf(InvalidPlanningException.class)
                .satisfies(e -> assertThat(((InvalidPlanningException) e).problems())
                        .extracting(PlanningProblem::field)
                        .containsExactly("progress"));
    }

    @Test
    void refusesProgressOutsideZeroToHundred() {
        for (int progress : new int[] {-1, 101}) {
            assertThatThrownBy(() -> measure(MeasureStatus.IN_PROGRESS, 10, null)
                            .reportStatus(
                                    StatusReportDraft.of(TODAY, MeasureStatus.IN_PROGRESS, progress, "x"),
                                    "a",
                                    TODAY,
                                    false))
                    .isInstanceOf(InvalidPlanningException.class)
                    .hasMessageContaining("progress");
        }
    }

    @Test
    void refusesTransitionsTheRuleDoesNotAllow() {
        assertThatThrownBy(() -> measure(MeasureStatus.PLANNED, 0, null)
                        .reportStatus(
                                StatusReportDraft.of(TODAY, MeasureStatus.DONE, 100, "Sofort fertig"),
                                "a",
                                TODAY,
                                true))
                .isInstanceOf(InvalidPlanningException.class)
                .hasMessageContaining("PLANNED cannot change to DONE");
    }

    @Test
    void onlyPlannersReopenClosedMeasuresAndOnlyWithAReason() {
        Measure done = measure(MeasureStatus.DONE, 100, null);
        assertThatThrownBy(() -> done.reportStatus(
                        StatusReportDraft.of(TODAY, MeasureStatus.IN_PROGRESS, 50, "Doch nicht"), "p", TODAY, true))
                .isInstanceOf(InvalidPlanningException.class)
                .hasMessageContaining("reopen");
        assertThatThrownBy(() -> done.reportStatus(
                        new StatusReportDraft(TODAY, MeasureStatus.IN_PROGRESS, 50, "Neu", true), "t", TODAY, false))
                .isInstanceOf(PlanningAccessDeniedException.class);
        assertThatThrownBy(() -> done.reportStatus(
                        new StatusReportDraft(TODAY, MeasureStatus.IN_PROGRESS, 50, " ", true), "p", TODAY, true))
                .isInstanceOf(InvalidPlanningException.class)
                .hasMessageContaining("text");
        Measure reopened = done.reportStatus(
                new StatusReportDraft(TODAY, MeasureStatus.IN_PROGRESS, 50, "Zweite Phase beschlossen", true),
                "p",
                TODAY,
                true);
        assertThat(reopened.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(reopened.progress()).isEqualTo(50);
    }

    @Test
    void reportsSpeakNeitherAboutTheFutureNorBeforeTheLatestReport() {
        assertThatThrownBy(() -> measure(MeasureStatus.PLANNED, 0, null)
                        .reportStatus(
                                StatusReportDraft.of(TODAY.plusDays(1), MeasureStatus.IN_PROGRESS, 5, "x"),
                                "a",
                                TODAY,
                                false))
                .hasMessageContaining("asOf");
        Measure reported = measure(MeasureStatus.PLANNED, 0, null)
                .reportStatus(StatusReportDraft.of(TODAY, MeasureStatus.IN_PROGRESS, 5, "x"), "a", TODAY, false);
        assertThatThrownBy(() -> reported.reportStatus(
                        StatusReportDraft.of(TODAY.minusDays(1), MeasureStatus.DELAYED, 5, "y"), "a", TODAY, false))
                .hasMessageContaining("asOf");
    }

    @Test
    void leadOrganisationMembersAndPlannersMayReport() {
        Measure m = measure(MeasureStatus.PLANNED, 0, null);
        assertThat(m.mayBeReportedBy(true, List.of())).isTrue();
        assertThat(m.mayBeReportedBy(false, List.of(7L))).isTrue();
        assertThat(m.mayBeReportedBy(false, List.of(8L))).isFalse();
        assertThat(m.mayBeReportedBy(false, List.of())).isFalse();
    }

    @Test
    void aDraftNamesItsInvalidFields() {
        MeasureDraft draft = new MeasureDraft(
                1,
                null,
                " ",
                null,
                5L,
                null,
                false,
                LocalDate.of(2015, 1, 1),
                LocalDate.of(2014, 1, 1),
                null,
                false,
                null,
                false,
                null,
                null,
                List.of(new Partner(5, null)),
                null,
                List.of("Familien", "Familien"),
                null,
                null,
                null,
                null,
                List.of(new TrialSite(null, null, "Vechelde")),
                null,
                null);
        assertThat(draft.problems())
                .extracting(PlanningProblem::field)
                .containsExactly("title", "deadline", "territories", "trialSites", "partners", "targetGroups");
    }

    static Measure measure(MeasureStatus status, int progress, LocalDate deadline) {
        return new Measure(
                1,
                1,
                1,
                "3.1",
                "Beratung",
                null,
                7L,
                null,
                true,
                null,
                deadline,
                status,
                progress,
                Budget.UNKNOWN,
                false,
                null,
                false,
                1,
                Instant.EPOCH,
                "system",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
