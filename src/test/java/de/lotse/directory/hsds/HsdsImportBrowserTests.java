package de.lotse.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.organisation.OrganisationTestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The HSDS import page in headless Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HsdsImportBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final JdbcClient jdbc;

    @Autowired
    HsdsImportBrowserTests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    void theImportPageAndItsReportAreAccessible() throws Exception {
        String planner = OrganisationTestData.user(jdbc, "PLANNER");
        browser.login(planner, OrganisationTestData.PASSWORD);
        browser.open("/verzeichnis/import?lang=de");
        assertThat(browser.text("h1")).isEqualTo("HSDS-Import (Beratungsangebote)");
        browser.axe();

        Path file = Files.createTempFile("hsds-browser", ".json");
        Files.writeString(file, "[{\"name\": \"Ohne Kennung\", \"status\": \"offen\"}]");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(browser.find("form[enctype] button[type=submit]"));
        assertThat(browser.text("#report h2")).isEqualTo("Import abgelehnt");
        assertThat(browser.text("#import-problems")).contains("services[0].id", "services[0].status");
        browser.axe();
        browser.screenshot("hsds-import-problems");

        browser.open("/verzeichnis/import?lang=en");
        assertThat(browser.text("h1")).isEqualTo("HSDS import (counselling services)");
        browser.axe();
        Files.deleteIfExists(file);
    }
}
