package de.lotse.directory.schedule;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.DirectoryTestData;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredService;
import de.lotse.organisation.Organisations;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A service written through core's DirectoryServices: its dates, and .ics UIDs that survive saving it again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ConsultationCalendarWithCoreIntegrationTests {

    private final DirectoryServices services;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final ConsultationCalendar calendar;
    private final MockMvc mvc;
    private final Holidays holidays;

    @Autowired
    ConsultationCalendarWithCoreIntegrationTests(
            DirectoryServices services,
            Organisations organisations,
            JdbcClient jdbc,
            ConsultationCalendar calendar,
            MockMvc mvc,
            Holidays holidays) {
        this.services = services;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.mvc = mvc;
        this.holidays = holidays;
    }

    @Test
    void aStateWithoutImportedHolidaysHasNone() {
        assertThat(holidays.coveredUntil("MV", HolidayKind.SCHOOL_HOLIDAY)).isEmpty();
        assertThat(holidays.ofYear("MV", 2026, null)).isEmpty();
    }

    @Test
    void datesAndCalendarUidsOfAServiceSavedByCore() throws Exception {
        long organisation =
                DirectoryTestData.provider(organisations, "Träger Sprechzeiten").id();
        String category = DirectoryTestData.term(jdbc, "lotse-beratung", "Testberatung Sprechzeiten");
        ServiceDraft draft = DirectoryTestData.service(
                organisation,
                "Familienberatung an der Grundschule",
                List.of(category),
                List.of(DirectoryTestData.newSite(
                        DirectoryTestData.school("Grundschule Sprechzeiten"),
                        DirectoryTestData.weekly("TH", LocalTime.of(8, 30), LocalTime.of(10, 0)),
                        DirectoryTestData.closure(of(2026, 6, 8), of(2026, 6, 12)))));
        StoredService stored = services.create(draft, "planerin");
        UUID site = stored.content().sites().getFirst().id();

        assertThat(calendar.occurrences(site, of(2026, 6, 1), of(2026, 6, 19)))
                .extracting(Occurrence::date, Occurrence::opensAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(of(2026, 6, 4), LocalTime.of(8, 30)),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 6, 18), LocalTime.of(8, 30)));
        String before = uids(site);

        // saving the unchanged service again gives its schedule rows new ids: the calendar UIDs stay
        ServiceDraft again = stored.content();
        services.update(stored.id(), stored.version(), again, "planerin");
        assertThat(uids(site)).isEqualTo(before);
    }

    private String uids(UUID site) throws Exception {
        String text = mvc.perform(get("/beratung/termine/" + site + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(text)).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst().getUid().orElseThrow().getValue();
    }
}
