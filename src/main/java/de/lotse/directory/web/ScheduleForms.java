package de.lotse.directory.web;

import de.lotse.directory.AttendingType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;

/**
 * Converts a consultation-hours row of the form to the draft and back: weekdays ticked as boxes become RFC 5545 BYDAY
 * ("MO,WE"; monthly with the week of the month, "2MO"); an empty row is left out.
 */
final class ScheduleForms {

    private ScheduleForms() {}

    static ServiceForm.Schedule schedule(ScheduleDraft s) {
        ServiceForm.Schedule f = new ServiceForm.Schedule();
        f.kind = s.kind().name();
        f.freq = s.freq() == null ? "WEEKLY" : s.freq().name();
        f.interval = s.interval();
        if (s.byday() != null) {
            for (String day : s.byday().split(",")) {
                String d = day.strip();
                if (d.length() > 2) {
                    f.weekOfMonth =
                            Integer.valueOf(d.substring(0, d.length() - 2).replace("+", ""));
                }
                f.days.add(d.substring(Math.max(0, d.length() - 2)));
            }
        }
        f.dtstart = s.dtstart();
        f.validFrom = s.validFrom();
        f.validTo = s.validTo();
        f.opensAt = s.opensAt();
        f.closesAt = s.closesAt();
        f.skipSchoolHolidays = s.skipSchoolHolidays();
        f.skipPublicHolidays = s.skipPublicHolidays();
        f.attendingType = s.attendingType() == null ? null : s.attendingType().name();
        f.description = s.description();
        f.notes = s.notes();
        f.exampleData = s.exampleData();
        f.bymonthday = s.bymonthday();
        f.holidayRegion = s.holidayRegion();
        f.scheduleLink = s.scheduleLink();
        return f;
    }

    static ScheduleDraft schedule(ServiceForm.Schedule f) {
        ScheduleKind kind = ServiceForms.blank(f.kind) ? null : ScheduleKind.valueOf(f.kind);
        ScheduleFrequency freq =
                kind != ScheduleKind.RECURRING || ServiceForms.blank(f.freq) ? null : ScheduleFrequency.valueOf(f.freq);
        String prefix = freq == ScheduleFrequency.MONTHLY && f.weekOfMonth != null ? f.weekOfMonth.toString() : "";
        String byday = kind != ScheduleKind.RECURRING || f.days.isEmpty()
                ? null
                : String.join(",", f.days.stream().map(d -> prefix + d).toList());
        return new ScheduleDraft(
                kind,
                freq,
                f.interval == null ? 1 : f.interval,
                byday,
                freq == ScheduleFrequency.MONTHLY ? ServiceForms.trim(f.bymonthday) : null,
                kind == ScheduleKind.CLOSURE ? null : f.dtstart,
                f.validFrom,
                f.validTo,
                f.opensAt,
                f.closesAt,
                kind == ScheduleKind.RECURRING && f.skipSchoolHolidays,
                kind == ScheduleKind.RECURRING && f.skipPublicHolidays,
                ServiceForms.blank(f.holidayRegion) ? "NI" : f.holidayRegion.strip(),
                ServiceForms.parse(AttendingType.class, f.attendingType),
                ServiceForms.trim(f.scheduleLink),
                ServiceForms.trim(f.description),
                ServiceForms.trim(f.notes),
                f.exampleData);
    }

    static boolean empty(ServiceForm.Schedule s) {
        return ServiceForms.blank(s.kind, s.description, s.notes)
                && s.days.isEmpty()
                && s.dtstart == null
                && s.validFrom == null
                && s.validTo == null
                && s.opensAt == null
                && s.closesAt == null;
    }
}
