package de.lotse.directory.schedule;

import static de.lotse.directory.schedule.ScheduleDrafts.closure;
import static de.lotse.directory.schedule.ScheduleDrafts.oneOff;
import static de.lotse.directory.schedule.ScheduleDrafts.recurring;
import static de.lotse.directory.schedule.ScheduleDrafts.with;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.directory.ScheduleFrequency;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The consultation calendar and the iCalendar download against the database: holidays of a state (Bremen here, so
 * that the Niedersachsen rows of other tests do not interfere), closures, one-off dates, summer time, escaping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ConsultationCalendarIntegrationTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String SERVICE_NAME = "Beratung, Familie; Test\nZeile 2";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationCalendar calendar;

    @Autowired
    ScheduleDescriber describer;

    @Autowired
    MockMvc mvc;

    private ScheduleTestData.Site site;
    private UUID weeklyId;
    private UUID monthlyId;
    private UUID oneOffId;

    @BeforeEach
    void setUp() {
        ScheduleTestData.holiday(
                jdbc, "HB", HolidayKind.SCHOOL_HOLIDAY, "Osterferien", of(2026, 3, 23), of(2026, 4, 7));
        ScheduleTestData.holiday(jdbc, "HB", HolidayKind.PUBLIC_HOLIDAY, "Karfreitag", of(2026, 4, 3), of(2026, 4, 3));
        ScheduleTestData.holiday(
                jdbc, "HB", HolidayKind.PUBLIC_HOLIDAY, "1. Weihnachtstag", of(2026, 12, 25), of(2026, 12, 25));
        site = ScheduleTestData.site(jdbc, SERVICE_NAME, "active", "Grundschule Am Bach, Haus 2", true);
        weeklyId = ScheduleTestData.schedule(
                jdbc,
                "service_at_location_id",
                site.id(),
                with(
                        recurring(ScheduleFrequency.WEEKLY, 1, "TU", null, of(2026, 1, 6), null, null, true, true),
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        "HB",
                        "Raum 12; bitte klingeln",
                        false));
        monthlyId = ScheduleTestData.schedule(
                jdbc,
                "service_id",
                site.serviceId(),
                with(
                        recurring(ScheduleFrequency.MONTHLY, 1, "-1FR", null, of(2026, 1, 1), null, null, false, true),
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0),
                        "HB",
                        null,
                        false));
        ScheduleTestData.schedule(
                jdbc,
                "service_id",
                site.serviceId(),
                with(closure(of(2026, 9, 14), of(2026, 9, 18)), null, null, "HB", null, false));
        oneOffId = ScheduleTestData.schedule(
                jdbc,
                "service_at_location_id",
                site.id(),
                with(
                        oneOff(of(2026, 11, 5), LocalTime.of(18, 0), LocalTime.of(20, 0)),
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0),
                        "HB",
                        "Elternabend",
                        false));
    }

    @Test
    void nextDatesSkipSchoolHolidaysAndKeepTheMonthlyDate() {
        assertThat(calendar.nextOccurrences(site.id(), of(2026, 3, 16), 3))
                .extracting(Occurrence::date, Occurrence::opensAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(of(2026, 3, 17), LocalTime.of(9, 0)),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 3, 27), LocalTime.of(14, 0)),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 4, 14), LocalTime.of(9, 0)));
        assertThat(calendar.occurrences(site.id(), of(2026, 9, 14), of(2026, 9, 30)))
                .extracting(Occurrence::date)
                .containsExactly(of(2026, 9, 22), of(2026, 9, 25), of(2026, 9, 29));
        assertThat(calendar.occurrences(site.id(), of(2026, 12, 20), of(2026, 12, 31)))
                .extracting(Occurrence::date)
                .as("the last Friday of December 2026 is Christmas Day")
                .containsExactly(of(2026, 12, 22), of(2026, 12, 29));
        assertThat(calendar.nextOccurrences(UUID.randomUUID(), of(2026, 1, 1), 5))
                .isEmpty();
    }

    @Test
    void aTypicalWeekAveragesTheNextFourSchoolWeeks() {
        // school weeks from 16 March: 16.3., 13.4., 20.4., 27.4. (23.3.-10.4. touch the Easter holidays / Good Friday);
        // Tuesdays 4 x 3 h, last Friday of April (24.4.) 2 h = 14 h / 4 weeks
        assertThat(calendar.weeklyHours(site.id(), of(2026, 3, 18))).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void theDescriberListsTheSchedulesThatApply() {
        assertThat(describer.describeServiceAtLocation(site.id(), of(2026, 9, 1), Locale.GERMAN))
                .contains(
                        "dienstags 9:00–12:00 Uhr, nicht in den Schulferien, offene Sprechstunde",
                        "jeden letzten Freitag im Monat 14:00–16:00 Uhr, offene Sprechstunde",
                        "am 05.11.2026 18:00–20:00 Uhr, nach Terminvereinbarung",
                        "geschlossen vom 14.09.2026 bis 18.09.2026");
    }

    @Test
    void theIcsFileHasOneEventPerScheduleWithRulesExceptionsAndEscapedTexts() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/beratung/termine/" + site.id() + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"sprechzeiten-" + site.id() + ".ics\"");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:Beratung\\, Familie\\; Test\\nZeile 2")
                .contains("LOCATION:Grundschule Am Bach\\, Haus 2\\, Schulstraße 1\\, 31224 Peine")
                .contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin");

        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        VEvent weekly = event(events, weeklyId);
        assertThat(weekly.getSummary().getValue()).isEqualTo(SERVICE_NAME);
        assertThat(weekly.getLocation().getValue())
                .isEqualTo("Grundschule Am Bach, Haus 2, Schulstraße 1, 31224 Peine");
        assertThat(weekly.getDescription().getValue())
                .contains("dienstags 9:00–12:00 Uhr", "Raum 12; bitte klingeln", "Beispieldaten");
        String rule = weekly.getProperty(Property.RRULE).orElseThrow().getValue();
        assertThat(rule).contains("FREQ=WEEKLY", "BYDAY=TU").doesNotContain("UNTIL");
        assertThat(weekly.getProperty(Property.EXDATE).orElseThrow().getValue())
                .contains("20260324T090000", "20260331T090000", "20260407T090000", "20260915T090000");
        assertThat(event(events, monthlyId)
                        .getProperty(Property.RRULE)
                        .orElseThrow()
                        .getValue())
                .contains("FREQ=MONTHLY", "BYDAY=-1FR");
        assertThat(event(events, oneOffId).getProperty(Property.RRULE)).isEmpty();

        // the expanded file says the same as the consultation calendar, date by date, for the whole year
        Set<String> fromFile = new TreeSet<>();
        Period<ZonedDateTime> year2026 = new Period<>(
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, BERLIN), ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, BERLIN));
        for (VEvent event : events) {
            for (Period<ZonedDateTime> p : event.<ZonedDateTime>calculateRecurrenceSet(year2026)) {
                fromFile.add(local(p.getStart()).toString());
            }
        }
        Set<String> fromCalendar = new TreeSet<>();
        calendar.occurrences(site.id(), of(2026, 1, 1), of(2026, 12, 31))
                .forEach(o ->
                        fromCalendar.add(LocalDateTime.of(o.date(), o.opensAt()).toString()));
        assertThat(fromFile).isEqualTo(fromCalendar).hasSizeGreaterThan(50);
    }

    @Test
    void aValidityPeriodBecomesUntilAndTheRhythmStaysTheSame() throws Exception {
        ScheduleTestData.Site bounded =
                ScheduleTestData.site(jdbc, "Sprechstunde im Halbjahr", "active", "Kita", false);
        UUID id = ScheduleTestData.schedule(
                jdbc,
                "service_at_location_id",
                bounded.id(),
                with(
                        recurring(
                                ScheduleFrequency.WEEKLY,
                                2,
                                "MO,TH",
                                null,
                                of(2026, 1, 8),
                                of(2026, 2, 1),
                                of(2026, 6, 30),
                                false,
                                true),
                        LocalTime.of(15, 30),
                        LocalTime.of(17, 0),
                        "HB",
                        null,
                        false));
        String text = mvc.perform(get("/beratung/termine/" + bounded.id() + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        VEvent event = event(new CalendarBuilder().build(new StringReader(text)).getComponents("VEVENT"), id);
        assertThat(event.getProperty(Property.RRULE).orElseThrow().getValue())
                .contains("FREQ=WEEKLY", "INTERVAL=2", "BYDAY=MO,TH", "UNTIL=20260630T215959Z");
        assertThat(event.getProperty(Property.EXDATE)).isEmpty();
        Set<String> fromFile = new TreeSet<>();
        Period<ZonedDateTime> year2026 = new Period<>(
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, BERLIN), ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, BERLIN));
        event.<ZonedDateTime>calculateRecurrenceSet(year2026)
                .forEach(p -> fromFile.add(local(p.getStart()).toString()));
        Set<String> fromCalendar = new TreeSet<>();
        calendar.occurrences(bounded.id(), of(2026, 1, 1), of(2026, 12, 31))
                .forEach(o ->
                        fromCalendar.add(LocalDateTime.of(o.date(), o.opensAt()).toString()));
        assertThat(fromFile).isEqualTo(fromCalendar);
        assertThat(fromCalendar.iterator().next()).isEqualTo("2026-02-02T15:30");
        assertThat(((TreeSet<String>) fromCalendar).last()).isEqualTo("2026-06-25T15:30");
    }

    @Test
    void summerTimeDoesNotMoveTheConsultationHours() throws Exception {
        String text = mvc.perform(get("/beratung/termine/" + site.id() + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        VEvent weekly =
                event(new CalendarBuilder().build(new StringReader(text)).getComponents("VEVENT"), weeklyId);
        Period<ZonedDateTime> around = new Period<>(
                ZonedDateTime.of(2026, 3, 16, 0, 0, 0, 0, BERLIN), ZonedDateTime.of(2026, 10, 31, 0, 0, 0, 0, BERLIN));
        List<ZonedDateTime> starts = weekly.<ZonedDateTime>calculateRecurrenceSet(around).stream()
                .map(Period::getStart)
                .sorted()
                .toList();
        assertThat(starts)
                .allMatch(s -> s.withZoneSameInstant(BERLIN).toLocalTime().equals(LocalTime.of(9, 0)));
        assertThat(offsetOn(starts, of(2026, 3, 17))).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(offsetOn(starts, of(2026, 4, 14))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(offsetOn(starts, of(2026, 10, 20))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(offsetOn(starts, of(2026, 10, 27))).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void unknownIdsAndServicesThatAreNotPublicAreNotFound() throws Exception {
        mvc.perform(get("/beratung/termine/" + UUID.randomUUID() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/beratung/termine/not-a-uuid.ics")).andExpect(status().isNotFound());
        ScheduleTestData.Site defunct = ScheduleTestData.site(jdbc, "Alte Beratung", "defunct", "Rathaus", false);
        mvc.perform(get("/beratung/termine/" + defunct.id() + ".ics")).andExpect(status().isNotFound());
        ScheduleTestData.Site inactive = ScheduleTestData.site(jdbc, "Ruhende Beratung", "inactive", "Rathaus", false);
        mvc.perform(get("/beratung/termine/" + inactive.id() + ".ics")).andExpect(status().isNotFound());
    }

    private static ZoneOffset offsetOn(List<ZonedDateTime> starts, LocalDate day) {
        return starts.stream()
                .map(s -> s.withZoneSameInstant(BERLIN))
                .filter(s -> s.toLocalDate().equals(day))
                .findFirst()
                .orElseThrow()
                .getOffset();
    }

    private static LocalDateTime local(Temporal start) {
        return ((ZonedDateTime) start).withZoneSameInstant(BERLIN).toLocalDateTime();
    }

    @Autowired
    ScheduleRepository schedules;

    /** The event of a schedule row, found by the content-based UID the file gives it. */
    private VEvent event(List<VEvent> events, UUID scheduleId) {
        UUID sal = salOf(scheduleId);
        String uid = schedules.forServiceAtLocation(sal).stream()
                .filter(s -> s.id().equals(scheduleId))
                .map(s -> ConsultationIcs.uid(sal, s))
                .findFirst()
                .orElseThrow();
        assertThat(uid).endsWith("@lotse");
        return events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(uid))
                .findFirst()
                .orElseThrow();
    }

    private UUID salOf(UUID scheduleId) {
        return jdbc.sql("""
                        SELECT sal.id FROM directory_schedule s JOIN directory_service_at_location sal
                            ON s.service_at_location_id = sal.id OR s.service_id = sal.service_id
                        WHERE s.id = ? LIMIT 1""").param(scheduleId).query(UUID.class).single();
    }
}
