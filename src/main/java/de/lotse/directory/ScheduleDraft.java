package de.lotse.directory;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Consultation hours (HSDS schedule, RFC 5545 style) in local time (Europe/Berlin).
 *
 * <ul>
 *   <li>RECURRING: every {@code interval} weeks on {@code byday} ("TU", "MO,WE") or, MONTHLY, on e.g. "2MO"/"-1FR" or
 *       {@code bymonthday}; first on {@code dtstart}, until {@code validTo} (if set), {@code opensAt}–{@code closesAt};
 *       optionally not in the school holidays or on public holidays of {@code holidayRegion} (e.g. "NI").
 *   <li>ONE_OFF: once on {@code dtstart}, {@code opensAt}–{@code closesAt}.
 *   <li>CLOSURE: no consultation hours from {@code validFrom} to {@code validTo} (inclusive), e.g. holidays of staff.
 * </ul>
 */
public record ScheduleDraft(
        ScheduleKind kind,
        ScheduleFrequency freq,
        Integer interval,
        String byday,
        String bymonthday,
        LocalDate dtstart,
        LocalDate validFrom,
        LocalDate validTo,
        LocalTime opensAt,
        LocalTime closesAt,
        boolean skipSchoolHolidays,
        boolean skipPublicHolidays,
        String holidayRegion,
        AttendingType attendingType,
        String scheduleLink,
        String description,
        String notes,
        boolean exampleData) {

    public ScheduleDraft {
        interval = interval == null ? 1 : interval;
        holidayRegion = holidayRegion == null || holidayRegion.isBlank() ? "NI" : holidayRegion;
    }
}
