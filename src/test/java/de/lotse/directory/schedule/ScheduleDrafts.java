package de.lotse.directory.schedule;

import de.lotse.directory.AttendingType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Schedule drafts and holidays for the tests. */
final class ScheduleDrafts {

    static final LocalTime NINE = LocalTime.of(9, 0);
    static final LocalTime NOON = LocalTime.of(12, 0);

    private ScheduleDrafts() {}

    static ScheduleDraft weekly(String byday, LocalDate dtstart) {
        return recurring(ScheduleFrequency.WEEKLY, 1, byday, null, dtstart, null, null, false, false);
    }

    static ScheduleDraft recurring(
            ScheduleFrequency freq,
            int interval,
            String byday,
            String bymonthday,
            LocalDate dtstart,
            LocalDate validFrom,
            LocalDate validTo,
            boolean skipSchool,
            boolean skipPublic) {
        return new ScheduleDraft(
                ScheduleKind.RECURRING,
                freq,
                interval,
                byday,
                bymonthday,
                dtstart,
                validFrom,
                validTo,
                NINE,
                NOON,
                skipSchool,
                skipPublic,
                "NI",
                AttendingType.WITHOUT_APPOINTMENT,
                null,
                null,
                null,
                false);
    }

    static ScheduleDraft oneOff(LocalDate date, LocalTime opens, LocalTime closes) {
        return new ScheduleDraft(
                ScheduleKind.ONE_OFF,
                null,
                1,
                null,
                null,
                date,
                null,
                null,
                opens,
                closes,
                false,
                false,
                "NI",
                AttendingType.BY_APPOINTMENT,
                null,
                "Infoabend",
                null,
                false);
    }

    static ScheduleDraft closure(LocalDate from, LocalDate to) {
        return new ScheduleDraft(
                ScheduleKind.CLOSURE,
                null,
                1,
                null,
                null,
                null,
                from,
                to,
                null,
                null,
                false,
                false,
                "NI",
                null,
                null,
                null,
                null,
                false);
    }

    /** The same schedule with other times, holiday region, description and example flag. */
    static ScheduleDraft with(
            ScheduleDraft d, LocalTime opens, LocalTime closes, String region, String description, boolean example) {
        return new ScheduleDraft(
                d.kind(),
                d.freq(),
                d.interval(),
                d.byday(),
                d.bymonthday(),
                d.dtstart(),
                d.validFrom(),
                d.validTo(),
                opens,
                closes,
                d.skipSchoolHolidays(),
                d.skipPublicHolidays(),
                region,
                d.attendingType(),
                d.scheduleLink(),
                description,
                d.notes(),
                example);
    }

    static StoredSchedule stored(ScheduleDraft draft) {
        return new StoredSchedule(UUID.randomUUID(), StoredSchedule.Owner.SERVICE_AT_LOCATION, draft);
    }

    static StoredSchedule stored(StoredSchedule.Owner owner, ScheduleDraft draft) {
        return new StoredSchedule(UUID.randomUUID(), owner, draft);
    }

    static Holiday school(String name, LocalDate from, LocalDate to) {
        return new Holiday("NI", HolidayKind.SCHOOL_HOLIDAY, name, from, to, "Test", Instant.EPOCH, "test");
    }

    static Holiday publicHoliday(String name, LocalDate day) {
        return new Holiday("NI", HolidayKind.PUBLIC_HOLIDAY, name, day, day, "Test", Instant.EPOCH, "test");
    }
}
