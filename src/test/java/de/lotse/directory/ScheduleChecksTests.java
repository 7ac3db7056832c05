package de.lotse.directory;

import static de.lotse.directory.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The checks of consultation hours and coordinates, without a database. */
class ScheduleChecksTests {

    private static DraftProblems check(ScheduleDraft s) {
        DraftProblems p = new DraftProblems();
        ScheduleChecks.schedule(p, "", s);
        return p;
    }

    private static ScheduleDraft weekly(String byday) {
        return DirectoryTestData.weekly(byday, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }

    @Test
    void acceptsValidWeeklyMonthlyOneOffAndClosure() {
        assertThat(check(weekly("TU")).isEmpty()).isTrue();
        assertThat(check(weekly("mo,we,fr")).isEmpty()).isTrue();
        ScheduleDraft monthly = with(weekly("2MO,-1FR"), "freq", ScheduleFrequency.MONTHLY);
        assertThat(check(monthly).list()).isEmpty();
        assertThat(check(DirectoryTestData.oneOff(LocalDate.of(2026, 2, 2), LocalTime.of(9, 0), LocalTime.of(9, 30)))
                        .list())
                .isEmpty();
        assertThat(check(DirectoryTestData.closure(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2)))
                        .list())
                .isEmpty();
    }

    @Test
    void refusesBadWeekdaysTimesAndPeriods() {
        assertThat(check(weekly("Dienstag")).list())
                .extracting(DirectoryProblem::messageKey)
                .containsExactly("directory.problem.byday.weekly");
        assertThat(check(weekly("2MO")).list())
                .extracting(DirectoryProblem::messageKey)
                .containsExactly("directory.problem.byday.weekly");
        assertThat(check(with(weekly("9MO"), "freq", ScheduleFrequency.MONTHLY)).list())
                .extracting(DirectoryProblem::messageKey)
                .containsExactly("directory.problem.byday.monthly");
        assertThat(check(with(weekly("MO"), "freq", ScheduleFrequency.MONTHLY)).list())
                .as("a monthly weekday without its ordinal gives no date")
                .extracting(DirectoryProblem::messageKey)
                .containsExactly("directory.problem.byday.monthly");
        assertThat(check(with(with(weekly("MO"), "freq", ScheduleFrequency.MONTHLY), "bymonthday", "1,2,3,4,5,6,7"))
                        .list())
                .as("the first Monday as 'a Monday among days 1 to 7'")
                .isEmpty();
        assertThat(check(with(weekly("TU"), "holidayRegion", "XX")).list())
                .extracting(DirectoryProblem::path)
                .containsExactly("holidayRegion");
        assertThat(check(with(weekly("TU"), "holidayRegion", "BY")).list()).isEmpty();
        assertThat(check(DirectoryTestData.weekly("TU", LocalTime.of(12, 0), LocalTime.of(12, 0)))
                        .list())
                .extracting(DirectoryProblem::path)
                .containsExactly("closesAt");
        assertThat(check(with(weekly("TU"), "validTo", LocalDate.of(2025, 12, 31)))
                        .list())
                .extracting(DirectoryProblem::path)
                .containsExactly("validTo");
        assertThat(check(with(weekly("TU"), "interval", 0)).list())
                .extracting(DirectoryProblem::path)
                .containsExactly("interval");
        assertThat(check(with(weekly("TU"), "bymonthday", "15")).list())
                .extracting(DirectoryProblem::path)
                .containsExactly("bymonthday");
        assertThat(check(weekly("MO,TU,WE,TH,FR,SA,SU,MO,TU,WE,TH,FR,SA,SU,MO,TU,WE,TH,FR,SA,SU"))
                        .list())
                .extracting(DirectoryProblem::messageKey)
                .containsExactly("directory.problem.too-long");
        assertThat(check(with(weekly("TU"), "kind", null)).list())
                .extracting(DirectoryProblem::path)
                .containsExactly("kind");
        assertThat(check(with(DirectoryTestData.closure(null, null), "opensAt", null))
                        .list())
                .extracting(DirectoryProblem::path)
                .containsExactly("validFrom", "validTo");
    }

    @Test
    void coordinatesMustLieInGermanyAndComeInPairs() {
        DraftProblems p = new DraftProblems();
        p.coordinates("", new BigDecimal("52.3"), new BigDecimal("10.2"));
        p.coordinates("a.", new BigDecimal("47.1"), new BigDecimal("15.2"));
        p.coordinates("b.", new BigDecimal("52.3"), null);
        assertThat(p.list())
                .extracting(DirectoryProblem::path)
                .containsExactly("a.latitude", "a.longitude", "b.longitude");
    }
}
