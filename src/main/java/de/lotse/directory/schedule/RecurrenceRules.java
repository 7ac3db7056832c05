package de.lotse.directory.schedule;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;

/**
 * The RFC 5545 reading of a schedule's freq/interval/byday/bymonthday: the syntax of the fields and the ical4j
 * {@link Recur} that expands them (weeks start on Monday, WKST=MO).
 */
final class RecurrenceRules {

    private static final Pattern BYDAY = Pattern.compile("^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$");
    private static final Pattern BYMONTHDAY = Pattern.compile("^-?([1-9]|[12][0-9]|3[01])$");
    private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private RecurrenceRules() {}

    /** One entry of byday: an ordinal (null = every such day; 1..5 or -1..-5 in a month) and the weekday. */
    record DayRule(Integer ordinal, DayOfWeek day) {

        String code() {
            return (ordinal == null ? "" : ordinal.toString()) + CODES.get(day.getValue() - 1);
        }
    }

    /** The entries of a byday text like "MO,WE", "2MO" or "-1FR"; empty for blank, null when malformed. */
    static List<DayRule> byday(String text) {
        List<DayRule> rules = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return rules;
        }
        for (String token : text.split(",")) {
            Matcher m = BYDAY.matcher(token.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                return null;
            }
            Integer ordinal =
                    m.group(1) == null ? null : Integer.valueOf(m.group(1).replace("+", ""));
            rules.add(new DayRule(ordinal, DayOfWeek.of(CODES.indexOf(m.group(2)) + 1)));
        }
        return rules;
    }

    /** The days of a bymonthday text like "15" or "1,15" or "-1" (last day); empty for blank, null when malformed. */
    static List<Integer> bymonthday(String text) {
        List<Integer> days = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String token : text.split(",")) {
            if (!BYMONTHDAY.matcher(token.strip()).matches()) {
                return null;
            }
            days.add(Integer.valueOf(token.strip()));
        }
        return days;
    }

    /** The RRULE value without UNTIL, e.g. "FREQ=WEEKLY;WKST=MO;INTERVAL=2;BYDAY=TU". Assumes a valid schedule. */
    static String rule(ScheduleDraft schedule) {
        StringBuilder rule =
                new StringBuilder("FREQ=").append(schedule.freq().name()).append(";WKST=MO");
        if (schedule.interval() > 1) {
            rule.append(";INTERVAL=").append(schedule.interval());
        }
        List<DayRule> days = byday(schedule.byday());
        if (days != null && !days.isEmpty()) {
            rule.append(";BYDAY=")
                    .append(String.join(",", days.stream().map(DayRule::code).toList()));
        }
        List<Integer> monthDays = bymonthday(schedule.bymonthday());
        if (monthDays != null && !monthDays.isEmpty()) {
            rule.append(";BYMONTHDAY=")
                    .append(String.join(
                            ",", monthDays.stream().map(String::valueOf).toList()));
        }
        return rule.toString();
    }

    static Recur<LocalDate> recur(ScheduleDraft schedule) {
        return new Recur<>(rule(schedule));
    }

    /**
     * A seed in the same rhythm as dtstart but not far before {@code from}, so that ical4j does not step through
     * years of past weeks (it stops after a bounded number of steps). Keeps the phase of "every n weeks/months".
     */
    static LocalDate seedNear(ScheduleDraft schedule, LocalDate from) {
        LocalDate dtstart = schedule.dtstart();
        int n = schedule.interval();
        if (schedule.freq() == ScheduleFrequency.WEEKLY) {
            LocalDate monday = dtstart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long periods = ChronoUnit.WEEKS.between(monday, from) / n - 1;
            return periods < 1 ? dtstart : monday.plusWeeks(periods * n);
        }
        LocalDate first = dtstart.withDayOfMonth(1);
        long periods = ChronoUnit.MONTHS.between(first, from) / n - 1;
        return periods < 1 ? dtstart : first.plusMonths(periods * n);
    }

    /** The dates the rule produces from..to (inclusive), not before dtstart. */
    static List<LocalDate> dates(ScheduleDraft schedule, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(schedule.dtstart()) ? schedule.dtstart() : from;
        if (start.isAfter(to)) {
            return List.of();
        }
        return recur(schedule).getDates(seedNear(schedule, start), start, to);
    }
}
