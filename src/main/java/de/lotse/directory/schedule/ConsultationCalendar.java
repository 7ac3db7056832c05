package de.lotse.directory.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The consultation hours of a service at a place as dates: all occurrences in a period, the next ones from a day, and
 * the hours of a typical week (for the coverage analysis). See {@link ScheduleExpansion} for which schedules apply and
 * what is left out (closures, school holidays, public holidays as imported in {@link Holidays}). Times are local
 * (Europe/Berlin); a date on which the clocks change keeps its wall-clock hours.
 */
@Component
public class ConsultationCalendar {

    /** How far {@link #nextOccurrences} looks ahead at most. */
    static final int HORIZON_DAYS = 732;

    /** How many school weeks {@link #weeklyHours} averages, and how far it searches for them. */
    static final int TYPICAL_WEEKS = 4;

    static final int SEARCH_WEEKS = 26;

    private final ScheduleRepository schedules;
    private final Holidays holidays;

    ConsultationCalendar(ScheduleRepository schedules, Holidays holidays) {
        this.schedules = schedules;
        this.holidays = holidays;
    }

    /** The occurrences from..to (both inclusive), by date and time; empty for an unknown id. */
    public List<Occurrence> occurrences(UUID serviceAtLocationId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        return expansion(serviceAtLocationId, from, to).occurrences(from, to);
    }

    /** The next {@code limit} occurrences on or after {@code from} (looking at most two years ahead). */
    public List<Occurrence> nextOccurrences(UUID serviceAtLocationId, LocalDate from, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<StoredSchedule> all = schedules.forServiceAtLocation(serviceAtLocationId);
        for (int days : new int[] {92, HORIZON_DAYS}) {
            LocalDate to = from.plusDays(days);
            List<Occurrence> found = new ScheduleExpansion(all, holidaysFor(all, from, to)).occurrences(from, to);
            if (found.size() >= limit || days == HORIZON_DAYS) {
                return found.subList(0, Math.min(limit, found.size()));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * The consultation hours of a typical week: the sum of the occurrences' wall-clock lengths in the first
     * {@value #TYPICAL_WEEKS} school weeks (Monday to Sunday, no school holiday and no public holiday of the schedules'
     * holiday region on Monday to Friday) starting with the week of {@code weekOf}, divided by the number of weeks
     * found. Weeks are searched {@value #SEARCH_WEEKS} weeks ahead; when none qualifies, the four calendar weeks from
     * {@code weekOf} are averaged. A monthly schedule thus counts with the share that falls into those weeks.
     */
    public Duration weeklyHours(UUID serviceAtLocationId, LocalDate weekOf) {
        LocalDate monday = weekOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = monday.plusWeeks(SEARCH_WEEKS).minusDays(1);
        List<StoredSchedule> all = schedules.forServiceAtLocation(serviceAtLocationId);
        List<Holiday> known = holidaysFor(all, monday, end);
        List<LocalDate> weeks = schoolWeeks(all, known, monday);
        if (weeks.isEmpty()) {
            for (int i = 0; i < TYPICAL_WEEKS; i++) {
                weeks.add(monday.plusWeeks(i));
            }
        }
        ScheduleExpansion expansion = new ScheduleExpansion(all, known);
        Duration total = Duration.ZERO;
        for (LocalDate week : weeks) {
            for (Occurrence o : expansion.occurrences(week, week.plusDays(6))) {
                total = total.plus(o.duration());
            }
        }
        return total.dividedBy(weeks.size());
    }

    private List<LocalDate> schoolWeeks(List<StoredSchedule> all, List<Holiday> known, LocalDate monday) {
        Set<String> regions = regions(all);
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 0; i < SEARCH_WEEKS && weeks.size() < TYPICAL_WEEKS; i++) {
            LocalDate week = monday.plusWeeks(i);
            boolean free =
                    known.stream().filter(h -> regions.contains(h.region())).noneMatch(h -> touchesWorkdays(h, week));
            if (free) {
                weeks.add(week);
            }
        }
        return weeks;
    }

    private static boolean touchesWorkdays(Holiday holiday, LocalDate monday) {
        for (int d = 0; d < 5; d++) {
            if (holiday.covers(monday.plusDays(d))) {
                return true;
            }
        }
        return false;
    }

    ScheduleExpansion expansion(UUID serviceAtLocationId, LocalDate from, LocalDate to) {
        List<StoredSchedule> all = schedules.forServiceAtLocation(serviceAtLocationId);
        return new ScheduleExpansion(all, holidaysFor(all, from, to));
    }

    private List<Holiday> holidaysFor(List<StoredSchedule> all, LocalDate from, LocalDate to) {
        List<Holiday> result = new ArrayList<>();
        for (String region : regions(all)) {
            result.addAll(holidays.between(region, from, to));
        }
        return result;
    }

    private static Set<String> regions(List<StoredSchedule> all) {
        Set<String> regions = new LinkedHashSet<>();
        all.forEach(s -> regions.add(s.draft().holidayRegion()));
        if (regions.isEmpty()) {
            regions.add("NI");
        }
        return regions;
    }
}
