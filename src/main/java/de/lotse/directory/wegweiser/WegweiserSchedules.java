package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserDetail.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Consultation hours in words for the detail page, in the interface language: the days ("Dienstag", "2. Montag im
 * Monat"), the times, the validity and the exceptions (no hours in the school holidays or on public holidays).
 */
@Component
class WegweiserSchedules {

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO", DayOfWeek.MONDAY,
            "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY,
            "TH", DayOfWeek.THURSDAY,
            "FR", DayOfWeek.FRIDAY,
            "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    WegweiserSchedules(MessageSource messages) {
        this.messages = messages;
    }

    /** One row of the consultation hours table. */
    record HoursRow(String when, String times, String validity, String notes, boolean exampleData, boolean closure) {}

    List<HoursRow> rows(List<Schedule> schedules, Locale locale) {
        List<HoursRow> rows = new ArrayList<>();
        for (Schedule s : schedules) {
            rows.add(row(s, locale));
        }
        return rows;
    }

    /** The English name schema.org uses for an RFC 5545 day ("TU" → "Tuesday"), or null. */
    static String schemaDay(String byday) {
        DayOfWeek day = DAYS.get(byday.replaceAll("^[+-]?[0-9]+", ""));
        return day == null ? null : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return null;
        }
        return "de".equals(locale.getLanguage())
                ? GERMAN_DATE.format(date)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    private HoursRow row(Schedule s, Locale locale) {
        String times = s.opensAt() == null ? null : s.opensAt() + "–" + s.closesAt();
        List<String> notes = new ArrayList<>();
        if (s.attendingType() != null) {
            notes.add(text("wegweiser.hours.attending." + s.attendingType(), locale));
        }
        if ("RECURRING".equals(s.kind()) && s.skipSchoolHolidays()) {
            notes.add(text("wegweiser.hours.notInSchoolHolidays", locale));
        }
        if ("RECURRING".equals(s.kind()) && s.skipPublicHolidays()) {
            notes.add(text("wegweiser.hours.notOnPublicHolidays", locale));
        }
        if (s.description() != null) {
            notes.add(s.description());
        }
        if (s.notes() != null) {
            notes.add(s.notes());
        }
        String validity = validity(s, locale);
        return switch (s.kind()) {
            case "ONE_OFF" ->
                new HoursRow(date(s.dtstart(), locale), times, null, String.join(" · ", notes), s.exampleData(), false);
            case "CLOSURE" ->
                new HoursRow(
                        text("wegweiser.hours.closed", locale),
                        null,
                        validity,
                        String.join(" · ", notes),
                        s.exampleData(),
                        true);
            default ->
                new HoursRow(recurring(s, locale), times, validity, String.join(" · ", notes), s.exampleData(), false);
        };
    }

    private String recurring(Schedule s, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (s.byday() != null) {
            for (String code : s.byday().split(",")) {
                parts.add(day(code.strip(), locale));
            }
        }
        if (s.bymonthday() != null) {
            parts.add(text("wegweiser.hours.dayOfMonth", locale, s.bymonthday()));
        }
        String days = String.join(", ", parts);
        if ("WEEKLY".equals(s.freq()) && s.interval() > 1) {
            return text("wegweiser.hours.everyNWeeks", locale, s.interval(), days);
        }
        if ("MONTHLY".equals(s.freq()) && s.interval() > 1) {
            return text("wegweiser.hours.everyNMonths", locale, s.interval(), days);
        }
        return days;
    }

    private String day(String code, Locale locale) {
        String ordinal = code.replaceAll("[A-Z]+$", "");
        DayOfWeek day = DAYS.get(code.substring(ordinal.length()));
        if (day == null) {
            return code;
        }
        String name = day.getDisplayName(TextStyle.FULL, locale);
        if (ordinal.isEmpty()) {
            return name;
        }
        int n = Integer.parseInt(ordinal.replace("+", ""));
        return n < 0
                ? text("wegweiser.hours.lastWeekday", locale, name)
                : text("wegweiser.hours.nthWeekday", locale, n, name);
    }

    private String validity(Schedule s, Locale locale) {
        LocalDate from = s.validFrom() != null ? s.validFrom() : "RECURRING".equals(s.kind()) ? s.dtstart() : null;
        LocalDate to = s.validTo();
        if (from != null && to != null) {
            return text("wegweiser.hours.fromTo", locale, date(from, locale), date(to, locale));
        }
        if (from != null) {
            return text("wegweiser.hours.from", locale, date(from, locale));
        }
        if (to != null) {
            return text("wegweiser.hours.until", locale, date(to, locale));
        }
        return null;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
