package de.lotse.directory.wegweiser;

import de.lotse.directory.AttendingType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import de.lotse.directory.schedule.ConsultationCalendar;
import de.lotse.directory.schedule.Occurrence;
import de.lotse.directory.schedule.ScheduleDescriber;
import de.lotse.directory.wegweiser.WegweiserDetail.Schedule;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Consultation hours for the detail page in the interface language: each schedule that still applies as one line
 * (worded by {@link ScheduleDescriber}) with its own notes, and the next dates of a service at a place (computed by
 * {@link ConsultationCalendar} with closures, school holidays and public holidays left out).
 */
@Component
class WegweiserSchedules {

    /** How many next dates a place shows. */
    static final int NEXT_DATES = 5;

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO", DayOfWeek.MONDAY,
            "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY,
            "TH", DayOfWeek.THURSDAY,
            "FR", DayOfWeek.FRIDAY,
            "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ScheduleDescriber describer;
    private final ConsultationCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    WegweiserSchedules(ScheduleDescriber describer, ConsultationCalendar calendar, MessageSource messages) {
        this.describer = describer;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = Clock.system(BERLIN);
    }

    /** One line of consultation hours: the wording, the schedule's own notes, whether it is example data. */
    record HoursRow(String text, String notes, boolean exampleData, boolean closure) {}

    /** One next date: the day, the times and how people come. */
    record DateRow(String date, String times, String attending, String note) {}

    /** The schedules that have not ended yet, worded in the interface language. */
    List<HoursRow> rows(List<Schedule> schedules, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<HoursRow> rows = new ArrayList<>();
        for (Schedule s : schedules) {
            boolean ended = (s.validTo() != null && s.validTo().isBefore(today))
                    || ("ONE_OFF".equals(s.kind())
                            && s.dtstart() != null
                            && s.dtstart().isBefore(today));
            if (ended) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (s.description() != null) {
                notes.add(s.description());
            }
            if (s.notes() != null) {
                notes.add(s.notes());
            }
            rows.add(new HoursRow(
                    describer.describe(draft(s), locale),
                    String.join(" · ", notes),
                    s.exampleData(),
                    "CLOSURE".equals(s.kind())));
        }
        return rows;
    }

    /** The next dates of a service at a place, from today. */
    List<DateRow> nextDates(UUID serviceAtLocationId, Locale locale) {
        List<DateRow> rows = new ArrayList<>();
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        for (Occurrence o : calendar.nextOccurrences(serviceAtLocationId, LocalDate.now(clock), NEXT_DATES)) {
            rows.add(new DateRow(
                    day.format(o.date()),
                    o.opensAt() + "–" + o.closesAt(),
                    o.attendingType() == null
                            ? null
                            : messages.getMessage(
                                    "wegweiser.hours.attending."
                                            + o.attendingType().name(),
                                    null,
                                    locale),
                    o.note()));
        }
        return rows;
    }

    /** The English name schema.org uses for an RFC 5545 day ("TU" → "Tuesday"), or null. */
    static String schemaDay(String byday) {
        DayOfWeek day = DAYS.get(byday.replaceAll("^[+-]?[0-9]+", ""));
        return day == null ? null : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** A date in the interface language (German: 31.12.2026). */
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

    private static ScheduleDraft draft(Schedule s) {
        return new ScheduleDraft(
                ScheduleKind.valueOf(s.kind()),
                s.freq() == null ? null : ScheduleFrequency.valueOf(s.freq()),
                s.interval(),
                s.byday(),
                s.bymonthday(),
                s.dtstart(),
                s.validFrom(),
                s.validTo(),
                s.opensAt(),
                s.closesAt(),
                s.skipSchoolHolidays(),
                s.skipPublicHolidays(),
                null,
                s.attendingType() == null ? null : AttendingType.valueOf(s.attendingType()),
                s.scheduleLink(),
                s.description(),
                s.notes(),
                s.exampleData());
    }
}
