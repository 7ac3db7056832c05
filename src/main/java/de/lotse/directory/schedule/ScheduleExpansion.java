package de.lotse.directory.schedule;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the schedules that apply to one service at a place into dates (pure, no database).
 *
 * <p>Which schedules apply: the opening schedules (RECURRING, ONE_OFF) of the service at the place and of the service
 * (hours that hold wherever the service is offered); only when neither has any, the place's own opening hours. Every
 * CLOSURE of the three applies. A RECURRING schedule yields the dates of its rule from dtstart within valid_from..
 * valid_to, without the dates in a closure, in the school holidays (if it skips them) and on public holidays (if it
 * skips them) of its holiday region. A ONE_OFF schedule adds its date as it is (an explicitly planned date is kept even
 * in a closure or on a holiday). Schedules that break the rules of {@link ScheduleValidator} are left out.
 */
final class ScheduleExpansion {

    static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::date)
            .thenComparing(Occurrence::opensAt)
            .thenComparing(Occurrence::closesAt);

    private final List<StoredSchedule> openings;
    private final List<StoredSchedule> closures;
    private final List<Holiday> holidays;

    /**
     * @param schedules all schedules of the service at the place, the service and the place
     * @param holidays the imported holidays that touch the period asked for (of every region the schedules use)
     */
    ScheduleExpansion(List<StoredSchedule> all, List<Holiday> holidays) {
        // a stored schedule that breaks the rules (possible only by direct SQL) is left out rather than guessed at
        List<StoredSchedule> schedules =
                all.stream().filter(s -> ScheduleValidator.isValid(s.draft())).toList();
        List<StoredSchedule> own = schedules.stream()
                .filter(StoredSchedule::opens)
                .filter(s -> s.owner() != StoredSchedule.Owner.LOCATION)
                .toList();
        this.openings =
                own.isEmpty() ? schedules.stream().filter(StoredSchedule::opens).toList() : own;
        this.closures = schedules.stream().filter(StoredSchedule::isClosure).toList();
        this.holidays = List.copyOf(holidays);
    }

    List<StoredSchedule> openings() {
        return openings;
    }

    List<StoredSchedule> closures() {
        return closures;
    }

    /** All occurrences from..to (inclusive), by date and time. */
    List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        List<Occurrence> result = new ArrayList<>();
        for (StoredSchedule schedule : openings) {
            ScheduleDraft d = schedule.draft();
            if (d.kind() == ScheduleKind.ONE_OFF) {
                if (!d.dtstart().isBefore(from) && !d.dtstart().isAfter(to)) {
                    result.add(occurrence(d, d.dtstart()));
                }
                continue;
            }
            for (LocalDate date : ruleDates(d, from, to)) {
                if (removalReason(d, date) == null) {
                    result.add(occurrence(d, date));
                }
            }
        }
        return result.stream().distinct().sorted(ORDER).toList();
    }

    /** The dates of a RECURRING schedule's rule within its validity and from..to, before anything is removed. */
    static List<LocalDate> ruleDates(ScheduleDraft d, LocalDate from, LocalDate to) {
        LocalDate start = d.validFrom() != null && d.validFrom().isAfter(from) ? d.validFrom() : from;
        LocalDate end = d.validTo() != null && d.validTo().isBefore(to) ? d.validTo() : to;
        if (start.isAfter(end)) {
            return List.of();
        }
        return RecurrenceRules.dates(d, start, end);
    }

    /** Why a date of a RECURRING schedule does not take place (closure, school holiday, public holiday) or null. */
    Removal removalReason(ScheduleDraft d, LocalDate date) {
        for (StoredSchedule closure : closures) {
            ScheduleDraft c = closure.draft();
            if (!date.isBefore(c.validFrom()) && !date.isAfter(c.validTo())) {
                return Removal.CLOSURE;
            }
        }
        for (Holiday holiday : holidays) {
            if (!holiday.region().equals(d.holidayRegion()) || !holiday.covers(date)) {
                continue;
            }
            if (d.skipSchoolHolidays() && holiday.kind() == HolidayKind.SCHOOL_HOLIDAY) {
                return Removal.SCHOOL_HOLIDAY;
            }
            if (d.skipPublicHolidays() && holiday.kind() == HolidayKind.PUBLIC_HOLIDAY) {
                return Removal.PUBLIC_HOLIDAY;
            }
        }
        return null;
    }

    enum Removal {
        CLOSURE,
        SCHOOL_HOLIDAY,
        PUBLIC_HOLIDAY
    }

    private static Occurrence occurrence(ScheduleDraft d, LocalDate date) {
        String note = d.description() != null && !d.description().isBlank() ? d.description() : d.notes();
        return new Occurrence(
                date,
                d.opensAt(),
                d.closesAt(),
                d.attendingType(),
                note == null || note.isBlank() ? null : note.strip());
    }
}
