package de.lotse.directory.schedule;

import static de.lotse.directory.schedule.ScheduleDrafts.closure;
import static de.lotse.directory.schedule.ScheduleDrafts.oneOff;
import static de.lotse.directory.schedule.ScheduleDrafts.publicHoliday;
import static de.lotse.directory.schedule.ScheduleDrafts.recurring;
import static de.lotse.directory.schedule.ScheduleDrafts.school;
import static de.lotse.directory.schedule.ScheduleDrafts.stored;
import static de.lotse.directory.schedule.ScheduleDrafts.weekly;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.directory.ScheduleFrequency;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansion of schedules into dates: rules, validity, holidays, closures, one-off dates. */
class ScheduleExpansionTests {

    private static List<LocalDate> dates(
            List<StoredSchedule> schedules, List<Holiday> holidays, LocalDate from, LocalDate to) {
        return new ScheduleExpansion(schedules, holidays)
                .occurrences(from, to).stream().map(Occurrence::date).toList();
    }

    @Test
    void weeklyOnTuesdaysFromTheFirstDate() {
        assertThat(dates(List.of(stored(weekly("TU", of(2026, 3, 3)))), List.of(), of(2026, 2, 1), of(2026, 3, 31)))
                .containsExactly(of(2026, 3, 3), of(2026, 3, 10), of(2026, 3, 17), of(2026, 3, 24), of(2026, 3, 31));
    }

    @Test
    void severalWeekdaysAndTheTimesOfEachDate() {
        List<Occurrence> found = new ScheduleExpansion(List.of(stored(weekly("MO,WE", of(2026, 6, 1)))), List.of())
                .occurrences(of(2026, 6, 1), of(2026, 6, 7));
        assertThat(found).extracting(Occurrence::date).containsExactly(of(2026, 6, 1), of(2026, 6, 3));
        assertThat(found.getFirst().opensAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(found.getFirst().closesAt()).isEqualTo(LocalTime.of(12, 0));
        assertThat(found.getFirst().duration().toMinutes()).isEqualTo(180);
    }

    @Test
    void everySecondWeekKeepsTheRhythmOfTheFirstDateAlsoYearsLater() {
        var schedule = recurring(ScheduleFrequency.WEEKLY, 2, "TU", null, of(2026, 3, 4), null, null, false, false);
        // 4 March 2026 is a Wednesday: the Tuesday of that week is before the start, the next counted week is 16-22
        // March
        assertThat(dates(List.of(stored(schedule)), List.of(), of(2026, 3, 1), of(2026, 4, 30)))
                .containsExactly(of(2026, 3, 17), of(2026, 3, 31), of(2026, 4, 14), of(2026, 4, 28));
        // far ahead (the seed moves forward in steps of two weeks): still every other Tuesday in the same rhythm
        List<LocalDate> later = dates(List.of(stored(schedule)), List.of(), of(2031, 1, 1), of(2031, 1, 31));
        assertThat(later).hasSize(2);
        assertThat(java.time.temporal.ChronoUnit.WEEKS.between(of(2026, 3, 17), later.getFirst()) % 2)
                .isZero();
    }

    @Test
    void monthlyOnTheSecondMonday() {
        var schedule = recurring(ScheduleFrequency.MONTHLY, 1, "2MO", null, of(2026, 1, 1), null, null, false, false);
        assertThat(dates(List.of(stored(schedule)), List.of(), of(2026, 1, 1), of(2026, 4, 30)))
                .containsExactly(of(2026, 1, 12), of(2026, 2, 9), of(2026, 3, 9), of(2026, 4, 13));
    }

    @Test
    void monthlyOnTheLastFriday() {
        var schedule = recurring(ScheduleFrequency.MONTHLY, 1, "-1FR", null, of(2026, 1, 1), null, null, false, false);
        assertThat(dates(List.of(stored(schedule)), List.of(), of(2026, 1, 1), of(2026, 5, 31)))
                .containsExactly(of(2026, 1, 30), of(2026, 2, 27), of(2026, 3, 27), of(2026, 4, 24), of(2026, 5, 29));
    }

    @Test
    void leapYearLastTuesdayOfFebruaryAndThe29th() {
        var lastTuesday =
                recurring(ScheduleFrequency.MONTHLY, 1, "-1TU", null, of(2027, 1, 1), null, null, false, false);
        assertThat(dates(List.of(stored(lastTuesday)), List.of(), of(2028, 2, 1), of(2028, 2, 29)))
                .containsExactly(of(2028, 2, 29));
        var the29th = recurring(
                ScheduleFrequency.MONTHLY, 1, "MO,TU,WE,TH,FR,SA,SU", "29", of(2027, 1, 1), null, null, false, false);
        assertThat(dates(List.of(stored(the29th)), List.of(), of(2027, 1, 1), of(2028, 3, 31)))
                .contains(of(2027, 1, 29), of(2027, 3, 29), of(2028, 2, 29))
                .doesNotContain(of(2027, 2, 28), of(2027, 3, 1));
    }

    @Test
    void validityBoundsAreInclusive() {
        var schedule = recurring(
                ScheduleFrequency.WEEKLY,
                1,
                "TU",
                null,
                of(2026, 1, 6),
                of(2026, 3, 10),
                of(2026, 3, 24),
                false,
                false);
        assertThat(dates(List.of(stored(schedule)), List.of(), of(2026, 1, 1), of(2026, 12, 31)))
                .containsExactly(of(2026, 3, 10), of(2026, 3, 17), of(2026, 3, 24));
    }

    @Test
    void schoolHolidaysAndPublicHolidaysAreSkippedOnlyWhenFlagged() {
        List<Holiday> holidays = List.of(
                school("Osterferien", of(2026, 3, 23), of(2026, 4, 7)), publicHoliday("Ostermontag", of(2026, 4, 6)));
        var skipping = recurring(ScheduleFrequency.WEEKLY, 1, "MO", null, of(2026, 3, 2), null, null, true, true);
        assertThat(dates(List.of(stored(skipping)), holidays, of(2026, 3, 16), of(2026, 4, 20)))
                .containsExactly(of(2026, 3, 16), of(2026, 4, 13), of(2026, 4, 20));
        var publicOnly = recurring(ScheduleFrequency.WEEKLY, 1, "MO", null, of(2026, 3, 2), null, null, false, true);
        assertThat(dates(List.of(stored(publicOnly)), holidays, of(2026, 3, 16), of(2026, 4, 20)))
                .containsExactly(of(2026, 3, 16), of(2026, 3, 23), of(2026, 3, 30), of(2026, 4, 13), of(2026, 4, 20));
        var neither = recurring(ScheduleFrequency.WEEKLY, 1, "MO", null, of(2026, 3, 2), null, null, false, false);
        assertThat(dates(List.of(stored(neither)), holidays, of(2026, 4, 6), of(2026, 4, 6)))
                .containsExactly(of(2026, 4, 6));
    }

    @Test
    void holidaysOfAnotherStateDoNotCount() {
        Holiday bavarian = new Holiday(
                "BY",
                HolidayKind.PUBLIC_HOLIDAY,
                "Fronleichnam",
                of(2026, 6, 4),
                of(2026, 6, 4),
                "t",
                java.time.Instant.EPOCH,
                "t");
        var thursday = recurring(ScheduleFrequency.WEEKLY, 1, "TH", null, of(2026, 6, 4), null, null, true, true);
        assertThat(dates(List.of(stored(thursday)), List.of(bavarian), of(2026, 6, 4), of(2026, 6, 4)))
                .containsExactly(of(2026, 6, 4));
    }

    @Test
    void closuresOfServicePlaceAndSiteRemoveDatesAndOneOffDatesAreAdded() {
        List<StoredSchedule> schedules = List.of(
                stored(weekly("TU", of(2026, 9, 1))),
                stored(StoredSchedule.Owner.LOCATION, closure(of(2026, 9, 8), of(2026, 9, 8))),
                stored(StoredSchedule.Owner.SERVICE, closure(of(2026, 9, 20), of(2026, 9, 30))),
                stored(oneOff(of(2026, 9, 24), LocalTime.of(18, 0), LocalTime.of(20, 0))));
        List<Occurrence> found =
                new ScheduleExpansion(schedules, List.of()).occurrences(of(2026, 9, 1), of(2026, 10, 6));
        assertThat(found)
                .extracting(Occurrence::date)
                .containsExactly(of(2026, 9, 1), of(2026, 9, 15), of(2026, 9, 24), of(2026, 10, 6));
        Occurrence evening = found.get(2);
        assertThat(evening.opensAt()).isEqualTo(LocalTime.of(18, 0));
        assertThat(evening.note()).isEqualTo("Infoabend");
    }

    @Test
    void thePlacesOpeningHoursApplyOnlyWhenTheServiceHasNone() {
        StoredSchedule placeHours = stored(StoredSchedule.Owner.LOCATION, weekly("FR", of(2026, 1, 2)));
        assertThat(dates(List.of(placeHours), List.of(), of(2026, 1, 1), of(2026, 1, 10)))
                .containsExactly(of(2026, 1, 2), of(2026, 1, 9));
        StoredSchedule serviceHours = stored(StoredSchedule.Owner.SERVICE, weekly("WE", of(2026, 1, 7)));
        assertThat(dates(List.of(placeHours, serviceHours), List.of(), of(2026, 1, 1), of(2026, 1, 10)))
                .containsExactly(of(2026, 1, 7));
    }

    @Test
    void datesOnTheDaysTheClocksChangeKeepTheirWallClockTimes() {
        // 29 March and 25 October 2026 are the Sundays of the changes to and from summer time in Europe/Berlin
        List<Occurrence> found = new ScheduleExpansion(List.of(stored(weekly("SU", of(2026, 3, 22)))), List.of())
                .occurrences(of(2026, 3, 29), of(2026, 10, 25));
        assertThat(found.getFirst().date()).isEqualTo(of(2026, 3, 29));
        assertThat(found.getLast().date()).isEqualTo(of(2026, 10, 25));
        assertThat(found)
                .allMatch(o ->
                        o.opensAt().equals(LocalTime.of(9, 0)) && o.duration().toHours() == 3);
    }

    @Test
    void aScheduleThatBreaksTheRulesIsLeftOut() {
        var broken = recurring(ScheduleFrequency.WEEKLY, 1, "Tuesday", null, of(2026, 1, 6), null, null, false, false);
        assertThat(dates(List.of(stored(broken)), List.of(), of(2026, 1, 1), of(2026, 2, 1)))
                .isEmpty();
    }

    @Test
    void theCalendarUidFollowsTheHoursNotTheRowId() {
        java.util.UUID site = java.util.UUID.randomUUID();
        var tuesdays = weekly("TU", of(2026, 1, 6));
        String uid = ConsultationIcs.uid(site, stored(tuesdays));
        assertThat(uid).endsWith("@lotse").isEqualTo(ConsultationIcs.uid(site, stored(tuesdays)));
        var longer =
                recurring(ScheduleFrequency.WEEKLY, 1, "TU", null, of(2026, 1, 6), null, of(2026, 12, 31), true, true);
        assertThat(ConsultationIcs.uid(site, stored(longer))).isEqualTo(uid);
        var later = ScheduleDrafts.with(tuesdays, LocalTime.of(10, 0), LocalTime.of(12, 0), "NI", null, false);
        assertThat(ConsultationIcs.uid(site, stored(later))).isNotEqualTo(uid);
        assertThat(ConsultationIcs.uid(java.util.UUID.randomUUID(), stored(tuesdays)))
                .isNotEqualTo(uid);
    }
}
