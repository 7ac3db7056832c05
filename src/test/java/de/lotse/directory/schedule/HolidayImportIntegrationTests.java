package de.lotse.directory.schedule;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The holiday import through the API and the planners' page: replacing by region, kind and year, dry run, all or
 * nothing, permissions. The tests use far years and other states than Niedersachsen so that nothing they import
 * changes the dates other tests compute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HolidayImportIntegrationTests {

    private static final String API = "/api/v1/directory/holidays";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HolidayImport importer;

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String region, int year) {
        return jdbc.sql("SELECT count(*) FROM directory_holiday WHERE region = ? AND extract(YEAR FROM start_date) = ?")
                .params(region, year)
                .query(Long.class)
                .single();
    }

    private List<String> names(String region, int year) {
        return jdbc.sql("SELECT name FROM directory_holiday WHERE region = ? AND extract(YEAR FROM start_date) = ?"
                        + " ORDER BY start_date")
                .params(region, year)
                .query(String.class)
                .list();
    }

    @Test
    void aFileReplacesTheStoredEntriesOfItsRegionKindAndYearsOnly() throws Exception {
        ScheduleTestData.holiday(
                jdbc, "SL", HolidayKind.SCHOOL_HOLIDAY, "Alte Herbstferien", of(2090, 10, 1), of(2090, 10, 10));
        ScheduleTestData.holiday(jdbc, "SL", HolidayKind.SCHOOL_HOLIDAY, "Bleibt", of(2089, 10, 1), of(2089, 10, 10));
        ScheduleTestData.holiday(
                jdbc, "SL", HolidayKind.PUBLIC_HOLIDAY, "Feiertag bleibt", of(2090, 1, 1), of(2090, 1, 1));
        String csv = """
                region;kind;name;start;end;source
                SL;SCHOOL_HOLIDAY;Herbstferien;2090-10-08;2090-10-19;Ministerium Saarland
                SL;SCHOOL_HOLIDAY;Weihnachtsferien;2090-12-21;2091-01-02;Ministerium Saarland
                """;

        mvc.perform(multipart(API + "/imports")
                        .file(file("sl.csv", csv))
                        .param("dryRun", "true")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.scopes[0].years[0]").value(2090))
                .andExpect(jsonPath("$.scopes[0].replaced").value(1));
        assertThat(names("SL", 2090)).containsExactly("Feiertag bleibt", "Alte Herbstferien");

        mvc.perform(multipart(API + "/imports")
                        .file(file("sl.csv", csv))
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.scopes[0].replaced").value(1));
        assertThat(names("SL", 2090)).containsExactly("Feiertag bleibt", "Herbstferien", "Weihnachtsferien");
        assertThat(names("SL", 2089)).containsExactly("Bleibt");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'HOLIDAYS_IMPORTED' AND entity_key = 'sl.csv'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(get(API).param("region", "SL").param("year", "2090").param("kind", "SCHOOL_HOLIDAY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].name").value("Herbstferien"))
                .andExpect(jsonPath("$[0].startDate").value("2090-10-08"))
                .andExpect(jsonPath("$[0].endDate").value("2090-10-19"))
                .andExpect(jsonPath("$[0].source").value("Ministerium Saarland"))
                .andExpect(jsonPath("$[0].importedBy").doesNotExist());
        // the Christmas holidays also touch 2091
        mvc.perform(get(API).param("region", "SL").param("year", "2091"))
                .andExpect(jsonPath("$[0].name").value("Weihnachtsferien"));
    }

    @Test
    void oneBadLineRejectsTheWholeFileWithFileLineAndField() throws Exception {
        String csv = """
                SL;SCHOOL_HOLIDAY;Osterferien;2092-03-22;2092-04-03
                SL;SCHOOL_HOLIDAY;Sommerferien;2092-08-18;2092-07-08
                SL;SCHOOL_HOLIDAY;Herbstferien;2092-10-08;2092-10-19
                """;
        mvc.perform(multipart(API + "/imports")
                        .file(file("kaputt.csv", csv))
                        .with(user("planerin").roles("PLANNER"))
                        .header("Accept-Language", "de"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].file").value("kaputt.csv"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("end"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("Das Ende 2092-07-08 liegt vor dem Beginn 2092-08-18."));
        assertThat(count("SL", 2092)).isZero();
    }

    @Test
    void anICalendarFileGetsRegionKindAndSourceFromTheRequest() throws Exception {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20930101
                DTEND;VALUE=DATE:20930102
                SUMMARY:Neujahr
                END:VEVENT
                END:VCALENDAR
                """;
        mvc.perform(multipart(API + "/imports")
                        .file(file("feiertage.ics", ics))
                        .param("region", "SL")
                        .param("kind", "PUBLIC_HOLIDAY")
                        .param("source", "Feiertagsgesetz Saarland")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("ICALENDAR"));
        mvc.perform(get(API).param("region", "SL").param("year", "2093"))
                .andExpect(jsonPath("$[0].kind").value("PUBLIC_HOLIDAY"))
                .andExpect(jsonPath("$[0].source").value("Feiertagsgesetz Saarland"));
    }

    @Test
    void readingIsPublicImportingIsForPlanners() throws Exception {
        mvc.perform(get(API).param("region", "SL").param("year", "2150"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get(API).param("region", "XX")).andExpect(status().isBadRequest());
        mvc.perform(get(API).param("kind", "FERIEN")).andExpect(status().isBadRequest());
        String csv = "SL;SCHOOL_HOLIDAY;Ferien;2094-10-08;2094-10-19\n";
        mvc.perform(multipart(API + "/imports").file(file("a.csv", csv))).andExpect(status().isUnauthorized());
        mvc.perform(multipart(API + "/imports")
                        .file(file("a.csv", csv))
                        .with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(API + "/imports")
                        .file(file("a.csv", csv))
                        .param("kind", "FERIEN")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isBadRequest());
        assertThat(count("SL", 2094)).isZero();
    }

    @Test
    void theBundledFilesPassTheImportAsADryRun() {
        for (String file : BundledHolidays.FILES) {
            HolidayImportReport report = importer.importFile(file, BundledHolidays.read(file), null, null, null, true);
            assertThat(report.errors()).as(file).isEmpty();
            assertThat(report.scopes()).as(file).allMatch(s -> s.region().equals("NI"));
        }
    }

    @Test
    void thePageShowsAYearAndImportsAfterADryRun() throws Exception {
        mvc.perform(get("/verzeichnis/feiertage")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/verzeichnis/feiertage").with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());

        MockHttpSession session = new MockHttpSession();
        String csv = "NI;SCHOOL_HOLIDAY;Testferien Seite;2095-10-08;2095-10-19;Testquelle Seite\n";
        MvcResult dryRun = mvc.perform(multipart("/verzeichnis/feiertage")
                        .file(file("seite.csv", csv))
                        .session(session)
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(dryRun.getResponse().getRedirectedUrl()).isEqualTo("/verzeichnis/feiertage?year=2095#report");
        assertThat(count("NI", 2095)).isZero();
        String token = (String) dryRun.getFlashMap().get("pendingToken");
        assertThat(token).isNotBlank();

        mvc.perform(post("/verzeichnis/feiertage/uebernehmen")
                        .param("token", "falsch")
                        .session(session)
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(count("NI", 2095)).isZero();
        mvc.perform(post("/verzeichnis/feiertage/uebernehmen")
                        .param("token", token)
                        .session(session)
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(names("NI", 2095)).containsExactly("Testferien Seite");

        String page = mvc.perform(get("/verzeichnis/feiertage")
                        .param("year", "2095")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Schulferien und Feiertage", "Testferien Seite", "08.10.2095", "Testquelle Seite");

        String noFile = mvc.perform(multipart("/verzeichnis/feiertage")
                        .session(session)
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(noFile).contains("error-summary", "Bitte wählen Sie eine Datei.");
    }
}
