package de.lotse.directory.schedule;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a schedule into one readable line for the UI, e.g. "dienstags 9:00–12:00 Uhr, nicht in den Schulferien, offene
 * Sprechstunde" or "Tuesdays 9:00–12:00, not during school holidays, drop-in". Texts come from the {@code schedules}
 * bundle in German, English, Turkish, Arabic, Russian and Ukrainian. The schedule's own free-text description is not
 * part of the line (show it next to it, it is in the language it was entered in).
 */
@Component
public class ScheduleDescriber {

    private static final String[] CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final MessageSource messages;
    private final ScheduleRepository schedules;

    ScheduleDescriber(MessageSource messages, ScheduleRepository schedules) {
        this.messages = messages;
        this.schedules = schedules;
    }

    /** The line for one schedule; a schedule that breaks the validation rules is described as far as possible. */
    public String describe(ScheduleDraft schedule, Locale locale) {
        Texts t = new Texts(locale);
        List<String> parts = new ArrayList<>();
        switch (schedule.kind()) {
            case ONE_OFF -> parts.add(t.msg("schedules.text.oneOff", t.date(schedule.dtstart()), t.time(schedule)));
            case CLOSURE ->
                parts.add(t.msg("schedules.text.closure", t.date(schedule.validFrom()), t.date(schedule.validTo())));
            case RECURRING -> {
                parts.add(t.msg("schedules.text.rhythmAndTime", rhythm(schedule, t), t.time(schedule)));
                String validity = validity(schedule, t);
                if (validity != null) {
                    parts.add(validity);
                }
                if (schedule.skipSchoolHolidays()) {
                    parts.add(t.msg("schedules.skip.school"));
                }
                if (!schedule.skipPublicHolidays()) {
                    parts.add(t.msg("schedules.skip.notPublic"));
                }
            }
        }
        if (schedule.kind() != de.lotse.directory.ScheduleKind.CLOSURE && schedule.attendingType() != null) {
            parts.add(t.msg("schedules.attending." + schedule.attendingType().name()));
        }
        return String.join(", ", parts);
    }

    /**
     * The lines of every schedule that applies to a service at a place (openings first, then closures that have not
     * ended before {@code today}), in the same selection as {@link ConsultationCalendar}.
     */
    public List<String> describeServiceAtLocation(UUID serviceAtLocationId, LocalDate today, Locale locale) {
        ScheduleExpansion expansion =
                new ScheduleExpansion(schedules.forServiceAtLocation(serviceAtLocationId), List.of());
        List<String> lines = new ArrayList<>();
        expansion.openings().stream()
                .filter(s -> s.draft().validTo() == null || !s.draft().validTo().isBefore(today))
                .filter(s -> s.draft().kind() != de.lotse.directory.ScheduleKind.ONE_OFF
                        || !s.draft().dtstart().isBefore(today))
                .forEach(s -> lines.add(describe(s.draft(), locale)));
        expansion.closures().stream()
                .filter(s -> !s.draft().validTo().isBefore(today))
                .forEach(s -> lines.add(describe(s.draft(), locale)));
        return lines;
    }

    private String rhythm(ScheduleDraft s, Texts t) {
        List<RecurrenceRules.DayRule> days = RecurrenceRules.byday(s.byday());
        List<Integer> monthDays = RecurrenceRules.bymonthday(s.bymonthday());
        days = days == null ? List.of() : days;
        monthDays = monthDays == null ? List.of() : monthDays;
        if (s.freq() == ScheduleFrequency.MONTHLY) {
            String inMonth;
            if (!monthDays.isEmpty()) {
                String dayPart = days.isEmpty()
                        ? ""
                        : t.join(days.stream().map(d -> t.adverb(d.day())).toList()) + " ";
                inMonth = dayPart
                        + t.msg(
                                "schedules.text.monthDays",
                                t.join(monthDays.stream()
                                        .map(n -> monthDay(n, t))
                                        .toList()));
            } else {
                inMonth = t.msg(
                        "schedules.text.monthly",
                        t.join(days.stream()
                                .map(d ->
                                        t.msg("schedules.text.ordinalDay", t.ordinal(d.ordinal()), t.dayName(d.day())))
                                .toList()));
            }
            return s.interval() > 1 ? t.msg("schedules.text.everyNMonths", s.interval(), inMonth) : inMonth;
        }
        String weekdays = t.join(days.stream().map(d -> t.adverb(d.day())).toList());
        return s.interval() > 1 ? t.msg("schedules.text.everyNWeeks", s.interval(), weekdays) : weekdays;
    }

    private static String monthDay(int n, Texts t) {
        if (n == -1) {
            return t.msg("schedules.monthday.last");
        }
        return n < 0 ? t.msg("schedules.monthday.fromEnd", -n) : t.msg("schedules.monthday", n);
    }

    private String validity(ScheduleDraft s, Texts t) {
        LocalDate from = s.validFrom() != null && s.validFrom().isAfter(s.dtstart()) ? s.validFrom() : s.dtstart();
        if (s.validTo() != null) {
            return t.msg("schedules.validity.between", t.date(from), t.date(s.validTo()));
        }
        return from != null && from.isAfter(LocalDate.now()) ? t.msg("schedules.validity.from", t.date(from)) : null;
    }

    /** Message lookups in one locale. */
    private final class Texts {
        private final Locale locale;
        private final DateTimeFormatter dates;

        Texts(Locale locale) {
            this.locale = locale;
            this.dates = DateTimeFormatter.ofPattern(msg("schedules.dateFormat"), locale);
        }

        String msg(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String date(LocalDate date) {
            return date == null ? "?" : dates.format(date);
        }

        String time(ScheduleDraft s) {
            return msg("schedules.time", clock(s.opensAt()), clock(s.closesAt()));
        }

        String clock(LocalTime time) {
            return time == null ? "?" : time.format(DateTimeFormatter.ofPattern("H:mm"));
        }

        String adverb(DayOfWeek day) {
            return msg("schedules.day.adverb." + CODES[day.getValue() - 1]);
        }

        String dayName(DayOfWeek day) {
            return msg("schedules.day.name." + CODES[day.getValue() - 1]);
        }

        String ordinal(Integer ordinal) {
            if (ordinal == null) {
                return msg("schedules.ordinal.every");
            }
            if (ordinal > 0) {
                return msg("schedules.ordinal." + ordinal);
            }
            return ordinal == -1 ? msg("schedules.ordinal.last") : msg("schedules.ordinal.fromEnd", -ordinal);
        }

        String join(List<String> items) {
            if (items.size() <= 1) {
                return items.isEmpty() ? "" : items.getFirst();
            }
            return msg("schedules.list.joined", String.join(", ", items.subList(0, items.size() - 1)), items.getLast());
        }
    }
}
