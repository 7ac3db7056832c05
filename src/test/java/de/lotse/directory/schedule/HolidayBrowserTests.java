package de.lotse.directory.schedule;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.organisation.OrganisationTestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The planners' holiday page in headless Chromium, scanned with axe-core in German and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HolidayBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    @Autowired
    JdbcClient jdbc;

    @Test
    void listUploadDryRunAndCommitAreAccessible() throws Exception {
        ScheduleTestData.holiday(
                jdbc, "NI", HolidayKind.SCHOOL_HOLIDAY, "Browser-Herbstferien", of(2096, 10, 8), of(2096, 10, 19));
        ScheduleTestData.holiday(
                jdbc, "NI", HolidayKind.PUBLIC_HOLIDAY, "Browser-Neujahr", of(2096, 1, 1), of(2096, 1, 1));
        String planner = OrganisationTestData.user(jdbc, "PLANNER");
        browser.login(planner, OrganisationTestData.PASSWORD);

        browser.open("/verzeichnis/feiertage?year=2096&lang=de");
        assertThat(browser.text("h1")).isEqualTo("Schulferien und Feiertage");
        assertThat(browser.text("#table-SCHOOL_HOLIDAY")).contains("Browser-Herbstferien", "08.10.2096", "19.10.2096");
        assertThat(browser.text("#table-PUBLIC_HOLIDAY")).contains("Browser-Neujahr");
        browser.axe();
        browser.screenshot("holidays-list");

        browser.clickAndWait(browser.find("#check"));
        assertThat(browser.text("#error-summary")).contains("Bitte wählen Sie eine Datei.");
        assertThat(browser.find("#file").getAttribute("aria-invalid")).isEqualTo("true");
        browser.axe();

        Path csv = Files.createTempFile("lotse-feiertage-", ".csv");
        Files.writeString(csv, """
                region;kind;name;start;end;source
                NI;SCHOOL_HOLIDAY;Browser-Osterferien;2097-03-22;2097-04-03;Browser-Testquelle
                """, StandardCharsets.UTF_8);
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait(browser.find("#check"));
        assertThat(browser.text("#report-status")).contains("Die Datei ist in Ordnung (1 Eintrag)");
        assertThat(browser.text("#import-rows")).contains("Browser-Osterferien", "22.03.2097");
        assertThat(browser.text("#year-heading")).isEqualTo("Einträge 2097");
        browser.axe();
        browser.screenshot("holidays-dry-run");
        browser.clickAndWait(browser.find("#commit"));
        assertThat(browser.text("#report-status")).contains("1 Eintrag wurde gespeichert.");
        assertThat(browser.text("#table-SCHOOL_HOLIDAY")).contains("Browser-Osterferien", "Browser-Testquelle");
        browser.axe();

        Path bad = Files.createTempFile("lotse-feiertage-", ".csv");
        Files.writeString(bad, "NI;FERIEN;Kaputt;2097-13-01;2097-01-01\n", StandardCharsets.UTF_8);
        browser.open("/verzeichnis/feiertage?year=2096&lang=en");
        assertThat(browser.text("h1")).isEqualTo("School holidays and public holidays");
        browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
        browser.clickAndWait(browser.find("#check"));
        assertThat(browser.text("#import-errors")).contains("Unknown kind", "not a date");
        browser.axe();
        browser.screenshot("holidays-errors");
        browser.assertNoConsoleErrors();
        Files.deleteIfExists(csv);
        Files.deleteIfExists(bad);
    }
}
