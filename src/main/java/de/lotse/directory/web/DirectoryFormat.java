package de.lotse.directory.web;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats for the directory pages and exports, German or English: dates, times, consultation hours in words, and
 * HTML ids for form paths. Templates call it as {@code ${@directoryFormat.date(d)}}.
 */
@Component("directoryFormat")
class DirectoryFormat {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO", DayOfWeek.MONDAY,
            "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY,
            "TH", DayOfWeek.THURSDAY,
            "FR", DayOfWeek.FRIDAY,
            "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final MessageSource messages;

    DirectoryFormat(MessageSource messages) {
        this.messages = messages;
    }

    private static Locale locale() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return locale() == Locale.ENGLISH
                ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(date)
                : DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN).format(date);
    }

    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        return locale() == Locale.ENGLISH
                ? DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                        .format(instant.atZone(ZONE))
                : DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN)
                        .format(instant.atZone(ZONE));
    }

    /** An HTML id for a form path: {@code sites[0].schedules[1].opensAt} → {@code sites-0-schedules-1-opensAt}. */
    public String id(String path) {
        return path.replace("[", "-").replace("]", "").replace(".", "-");
    }

    /**
     * A form path in words for the error summary, e.g. {@code sites[0].schedules[1].closesAt} → "Ort 1 › Sprechzeit 2
     * › bis".
     */
    public String pathLabel(String path) {
        Locale locale = locale();
        List<String> words = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            if (bracket > 0 && segment.endsWith("]")) {
                String name = segment.substring(0, bracket);
                String index = segment.substring(bracket + 1, segment.length() - 1);
                int number = index.chars().allMatch(Character::isDigit) ? Integer.parseInt(index) + 1 : 0;
                words.add(messages.getMessage(
                        "directory.path." + name, new Object[] {number}, name + " " + number, locale));
            } else {
                words.add(messages.getMessage("directory.field." + segment, null, segment, locale));
            }
        }
        return String.join(" › ", words);
    }

    /** The name of a weekday code (MO … SU) in the reader's language. */
    public String day(String code) {
        DayOfWeek day = DAYS.get(code);
        return day == null ? code : day.getDisplayName(TextStyle.FULL, locale());
    }

    /** Consultation hours in words, e.g. "Dienstag 09:00–12:00, nicht in den Schulferien". */
    public String hours(ScheduleDraft s) {
        Locale locale = locale();
        List<String> parts = new ArrayList<>();
        String times = s.opensAt() == null || s.closesAt() == null ? "" : " " + s.opensAt() + "–" + s.closesAt();
        if (s.kind() == ScheduleKind.RECURRING) {
            List<String> days = new ArrayList<>();
            if (s.byday() != null) {
                for (String d : s.byday().split(",")) {
                    String code = d.strip();
                    String week = code.length() > 2 ? code.substring(0, code.length() - 2) : null;
                    String name = day(code.substring(Math.max(0, code.length() - 2)));
                    days.add(
                            week == null
                                    ? name
                                    : text("directory.hours.week." + week.replace("+", ""), locale) + " " + name);
                }
            }
            String every = s.freq() == ScheduleFrequency.MONTHLY
                    ? text("directory.hours.monthly", locale) + " "
                    : s.interval() > 1
                            ? messages.getMessage("directory.hours.everyWeeks", new Object[] {s.interval()}, locale)
                                    + " "
                            : "";
            parts.add(every + String.join(", ", days) + times);
            if (s.validFrom() != null || s.validTo() != null || s.dtstart() != null) {
                parts.add(messages.getMessage(
                        "directory.hours.period",
                        new Object[] {
                            date(s.validFrom() != null ? s.validFrom() : s.dtstart()),
                            s.validTo() == null ? "…" : date(s.validTo())
                        },
                        locale));
            }
            if (s.skipSchoolHolidays()) {
                parts.add(text("directory.hours.noSchoolHolidays", locale));
            }
            if (s.skipPublicHolidays()) {
                parts.add(text("directory.hours.noPublicHolidays", locale));
            }
        } else if (s.kind() == ScheduleKind.ONE_OFF) {
            parts.add(date(s.dtstart()) + times);
        } else {
            parts.add(messages.getMessage(
                    "directory.hours.closed", new Object[] {date(s.validFrom()), date(s.validTo())}, locale));
        }
        if (s.attendingType() != null) {
            parts.add(text("directory.attending." + s.attendingType().name(), locale));
        }
        return String.join(", ", parts).strip();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
