package de.lotse.directory.schedule;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks a schedule draft before it is stored: required fields per kind, a schedule that ends before it starts
 * ({@code validTo} before {@code validFrom} or before {@code dtstart}), closes before it opens, byday/bymonthday
 * syntax (RFC 5545: "TU", "MO,WE"; MONTHLY "2MO", "-1FR"; bymonthday "15", "-1"), ordinals only and always with
 * MONTHLY (unless bymonthday is given), interval below 1, an unknown holiday region.
 *
 * <p>{@link #validate(ScheduleDraft, String)} takes a field path prefix, e.g. {@code "sites[1].schedules[0]."}; every
 * problem carries its message key and the German and English text from the {@code schedules} bundle. Saving a service
 * checks schedules with {@code de.lotse.directory.ScheduleChecks}, which refuses at least what this class refuses.
 */
@Component
public class ScheduleValidator {

    /** The German states (ISO 3166-2:DE without "DE-") whose holidays a schedule can skip. */
    static final Set<String> REGIONS =
            Set.of("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH");

    private final MessageSource messages;

    ScheduleValidator(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The problems of one schedule; empty when it is fine.
     *
     * @param fieldPrefix put before each field name, e.g. {@code "schedules[0]."}; may be empty
     */
    public List<ScheduleProblem> validate(ScheduleDraft draft, String fieldPrefix) {
        String prefix = fieldPrefix == null ? "" : fieldPrefix;
        return violations(draft).stream()
                .map(v -> new ScheduleProblem(
                        prefix + v.field(),
                        v.key(),
                        messages.getMessage(v.key(), null, Locale.GERMAN),
                        messages.getMessage(v.key(), null, Locale.ENGLISH)))
                .toList();
    }

    /** A field and the message key of what is wrong with it. */
    record Violation(String field, String key) {}

    /** Whether the calendar can expand the schedule (no violations). */
    static boolean isValid(ScheduleDraft draft) {
        return violations(draft).isEmpty();
    }

    static List<Violation> violations(ScheduleDraft d) {
        List<Violation> found = new ArrayList<>();
        if (d.kind() == null) {
            found.add(new Violation("kind", "schedules.problem.kindMissing"));
            return found;
        }
        switch (d.kind()) {
            case RECURRING -> recurring(d, found);
            case ONE_OFF -> {
                require(d.dtstart() != null, "dtstart", "schedules.problem.dateMissing", found);
                times(d, found);
            }
            case CLOSURE -> {
                require(d.validFrom() != null, "validFrom", "schedules.problem.closureFromMissing", found);
                require(d.validTo() != null, "validTo", "schedules.problem.closureToMissing", found);
            }
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            found.add(new Violation("validTo", "schedules.problem.endsBeforeStart"));
        } else if (d.kind() == ScheduleKind.RECURRING
                && d.dtstart() != null
                && d.validTo() != null
                && d.validTo().isBefore(d.dtstart())) {
            found.add(new Violation("validTo", "schedules.problem.endsBeforeStart"));
        }
        if (d.interval() == null || d.interval() < 1) {
            found.add(new Violation("interval", "schedules.problem.interval"));
        }
        if (!REGIONS.contains(d.holidayRegion())) {
            found.add(new Violation("holidayRegion", "schedules.problem.region"));
        }
        return found;
    }

    private static void recurring(ScheduleDraft d, List<Violation> found) {
        require(d.freq() != null, "freq", "schedules.problem.freqMissing", found);
        require(d.dtstart() != null, "dtstart", "schedules.problem.firstDateMissing", found);
        times(d, found);
        List<RecurrenceRules.DayRule> days = RecurrenceRules.byday(d.byday());
        List<Integer> monthDays = RecurrenceRules.bymonthday(d.bymonthday());
        if (days == null) {
            found.add(new Violation("byday", "schedules.problem.bydaySyntax"));
        } else if (days.isEmpty()) {
            found.add(new Violation("byday", "schedules.problem.bydayMissing"));
        } else if (d.freq() == ScheduleFrequency.WEEKLY && days.stream().anyMatch(r -> r.ordinal() != null)) {
            found.add(new Violation("byday", "schedules.problem.weeklyOrdinal"));
        } else if (d.freq() == ScheduleFrequency.MONTHLY
                && monthDays != null
                && monthDays.isEmpty()
                && days.stream().anyMatch(r -> r.ordinal() == null)) {
            found.add(new Violation("byday", "schedules.problem.monthlyOrdinal"));
        }
        if (monthDays == null) {
            found.add(new Violation("bymonthday", "schedules.problem.bymonthdaySyntax"));
        } else if (!monthDays.isEmpty() && d.freq() != ScheduleFrequency.MONTHLY) {
            found.add(new Violation("bymonthday", "schedules.problem.bymonthdayWeekly"));
        }
    }

    private static void times(ScheduleDraft d, List<Violation> found) {
        require(d.opensAt() != null, "opensAt", "schedules.problem.opensMissing", found);
        require(d.closesAt() != null, "closesAt", "schedules.problem.closesMissing", found);
        if (d.opensAt() != null && d.closesAt() != null && !d.opensAt().isBefore(d.closesAt())) {
            found.add(new Violation("closesAt", "schedules.problem.closesBeforeOpens"));
        }
    }

    private static void require(boolean ok, String field, String key, List<Violation> found) {
        if (!ok) {
            found.add(new Violation(field, key));
        }
    }
}
