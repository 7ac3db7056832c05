package de.lotse.directory.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StalenessTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void anEntryConfirmedExactlyTwelveMonthsAgoIsStillCurrent() {
        assertThat(Staleness.isStale(LocalDate.of(2025, 11, 21), TODAY)).isFalse();
    }

    @Test
    void anEntryConfirmedOneDayEarlierIsStale() {
        assertThat(Staleness.isStale(LocalDate.of(2025, 11, 20), TODAY)).isTrue();
    }

    @Test
    void anEntryNeverConfirmedIsStale() {
        assertThat(Staleness.isStale(null, TODAY)).isTrue();
    }

    @Test
    void anEntryConfirmedTodayOrRecentlyIsCurrent() {
        assertThat(Staleness.isStale(TODAY, TODAY)).isFalse();
        assertThat(Staleness.isStale(LocalDate.of(2026, 3, 1), TODAY)).isFalse();
    }

    @Test
    void twelveMonthsBeforeALeapDayEndsOnTheLastDayOfFebruary() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertThat(Staleness.cutoff(leapDay)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Staleness.isStale(LocalDate.of(2027, 2, 28), leapDay)).isFalse();
        assertThat(Staleness.isStale(LocalDate.of(2027, 2, 27), leapDay)).isTrue();
    }
}
