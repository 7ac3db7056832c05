package de.lotse.directory.schedule;

import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The iCalendar file (RFC 5545) of a service at a place, written with ical4j: one VEVENT per opening schedule — a
 * RECURRING one with RRULE (FREQ, INTERVAL, BYDAY, BYMONTHDAY, UNTIL) from its first date in its validity and an
 * EXDATE for every date the consultation calendar leaves out (closures, skipped school holidays and public holidays,
 * as far as they are known), a ONE_OFF one as a single event. Times carry TZID=Europe/Berlin with a VTIMEZONE of the
 * current rules, so calendars keep 9:00 across the changes to and from summer time. The UID is derived from the
 * schedule's content, see {@link #uid}.
 */
@Component
class ConsultationIcs {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PRODUCT = "-//Lotse//Beratungswegweiser//DE";

    private final ScheduleRepository schedules;
    private final Holidays holidays;
    private final ScheduleDescriber describer;
    private final MessageSource messages;

    ConsultationIcs(
            ScheduleRepository schedules, Holidays holidays, ScheduleDescriber describer, MessageSource messages) {
        this.schedules = schedules;
        this.holidays = holidays;
        this.describer = describer;
        this.messages = messages;
    }

    /** The file for a public service at a place; empty when the id is unknown or the service is not public. */
    Optional<String> write(UUID serviceAtLocationId, Instant now, Locale locale) {
        Optional<ScheduleRepository.Site> site =
                schedules.site(serviceAtLocationId).filter(ScheduleRepository.Site::isPublic);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        List<StoredSchedule> all = schedules.forServiceAtLocation(serviceAtLocationId);
        LocalDate lastKnown = lastKnownRemoval(all);
        ScheduleExpansion expansion = new ScheduleExpansion(all, holidaysFor(all, LocalDate.of(1970, 1, 1), lastKnown));
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar.add(timeZone());
        java.util.Set<String> uids = new java.util.HashSet<>();
        for (StoredSchedule schedule : expansion.openings()) {
            String uid = uid(serviceAtLocationId, schedule);
            for (int n = 2; !uids.add(uid); n++) {
                uid = uid(serviceAtLocationId, schedule) + "-" + n; // the same hours entered twice
            }
            event(schedule, uid, expansion, lastKnown, site.get(), now, locale).ifPresent(calendar::add);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid iCalendar for " + serviceAtLocationId, e);
        }
        return Optional.of(out.toString());
    }

    /**
     * The UID of a schedule's event: a name-based UUID of the service at the place, the owner and what makes the
     * schedule this one (kind, rule, first date, times) + "@lotse". Editors store a service as a whole and its schedule
     * rows get new ids then; this UID stays the same as long as the hours themselves do not change, also when only the
     * validity, the holiday flags or texts change (calendar apps then update the event instead of adding one).
     */
    static String uid(UUID serviceAtLocationId, StoredSchedule schedule) {
        ScheduleDraft d = schedule.draft();
        String identity = String.join(
                "|",
                serviceAtLocationId.toString(),
                schedule.owner().name(),
                d.kind().name(),
                String.valueOf(d.freq()),
                String.valueOf(d.interval()),
                String.valueOf(d.byday()),
                String.valueOf(d.bymonthday()),
                String.valueOf(d.dtstart()),
                String.valueOf(d.opensAt()),
                String.valueOf(d.closesAt()));
        return UUID.nameUUIDFromBytes(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@lotse";
    }

    private Optional<VEvent> event(
            StoredSchedule schedule,
            String uid,
            ScheduleExpansion expansion,
            LocalDate lastKnown,
            ScheduleRepository.Site site,
            Instant now,
            Locale locale) {
        ScheduleDraft d = schedule.draft();
        LocalDate first =
                d.kind() == ScheduleKind.ONE_OFF ? d.dtstart() : firstDate(d).orElse(null);
        if (first == null) {
            return Optional.empty();
        }
        VEvent event = new VEvent(at(first, d.opensAt()), at(first, d.closesAt()), site.serviceName());
        event.add(new Uid(uid));
        event.replace(new DtStamp(now));
        event.add(new Location(site.placeText()));
        event.add(new Description(description(d, site, locale)));
        if (d.kind() == ScheduleKind.RECURRING) {
            event.add(new RRule<>(new Recur<ZonedDateTime>(RecurrenceRules.rule(d) + until(d))));
            List<ZonedDateTime> excluded = new ArrayList<>();
            LocalDate end = d.validTo() != null && d.validTo().isBefore(lastKnown) ? d.validTo() : lastKnown;
            for (LocalDate date : ScheduleExpansion.ruleDates(d, first, end)) {
                if (expansion.removalReason(d, date) != null) {
                    excluded.add(at(date, d.opensAt()));
                }
            }
            if (!excluded.isEmpty()) {
                event.add(new ExDate<>(
                        new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.TzId(BERLIN.getId()))),
                        new DateList<>(excluded)));
            }
        }
        return Optional.of(event);
    }

    /** The first date of the rule within the validity (the DTSTART, so that rule and start agree). */
    private static Optional<LocalDate> firstDate(ScheduleDraft d) {
        LocalDate start = d.validFrom() != null && d.validFrom().isAfter(d.dtstart()) ? d.validFrom() : d.dtstart();
        LocalDate end = start.plusYears(2);
        if (d.validTo() != null && d.validTo().isBefore(end)) {
            end = d.validTo();
        }
        return ScheduleExpansion.ruleDates(d, start, end).stream().findFirst();
    }

    /** ";UNTIL=" the end of the last valid day in UTC (RFC 5545 wants UTC with a zoned DTSTART), or nothing. */
    private static String until(ScheduleDraft d) {
        if (d.validTo() == null) {
            return "";
        }
        ZonedDateTime end = d.validTo().atTime(LocalTime.of(23, 59, 59)).atZone(BERLIN);
        return ";UNTIL="
                + end.withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime()
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    }

    private String description(ScheduleDraft d, ScheduleRepository.Site site, Locale locale) {
        StringBuilder text = new StringBuilder(describer.describe(d, locale));
        if (d.description() != null && !d.description().isBlank()) {
            text.append("\n").append(d.description().strip());
        }
        if (d.exampleData() || site.exampleData()) {
            text.append("\n").append(messages.getMessage("schedules.ics.exampleData", null, locale));
        }
        return text.toString();
    }

    /** The last day up to which left-out dates are known: the end of the last closure and of the imported holidays. */
    private LocalDate lastKnownRemoval(List<StoredSchedule> all) {
        LocalDate last = LocalDate.now(BERLIN);
        for (StoredSchedule s : all) {
            if (s.isClosure()
                    && s.draft().validTo() != null
                    && s.draft().validTo().isAfter(last)) {
                last = s.draft().validTo();
            }
        }
        for (String region :
                all.stream().map(s -> s.draft().holidayRegion()).distinct().toList()) {
            for (HolidayKind kind : HolidayKind.values()) {
                Optional<LocalDate> until = holidays.coveredUntil(region, kind);
                if (until.isPresent() && until.get().isAfter(last)) {
                    last = until.get();
                }
            }
        }
        return last;
    }

    private List<Holiday> holidaysFor(List<StoredSchedule> all, LocalDate from, LocalDate to) {
        return all.stream()
                .map(s -> s.draft().holidayRegion())
                .distinct()
                .flatMap(region -> holidays.between(region, from, to).stream())
                .toList();
    }

    private static ZonedDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(BERLIN);
    }

    /** Europe/Berlin with the rules in force since 1996 only (the full history adds nothing for these dates). */
    static VTimeZone timeZone() {
        VTimeZone full = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(BERLIN.getId())
                .getVTimeZone();
        List<Observance> current = full.getObservances().stream()
                .filter(o -> o.getProperty(Property.RRULE)
                        .map(p -> ((RRule<?>) p).getRecur().getUntil() == null)
                        .orElse(false))
                .toList();
        return new VTimeZone(new PropertyList(List.of(new TzId(BERLIN.getId()))), new ComponentList<>(current));
    }
}
