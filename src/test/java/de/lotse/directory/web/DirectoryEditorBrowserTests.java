package de.lotse.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.directory.DirectoryLocations;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.DirectoryTestData;
import de.lotse.directory.Drafts;
import de.lotse.directory.StoredService;
import de.lotse.directory.Taxonomy;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The planners' directory editor in headless Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DirectoryEditorBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final DirectoryServices services;
    private final DirectoryLocations locations;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    @Autowired
    DirectoryEditorBrowserTests(
            DirectoryServices services, DirectoryLocations locations, Organisations organisations, JdbcClient jdbc) {
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Test
    void listDetailAndFormsAreAccessibleInGermanAndEnglishAlsoWithErrorsAndConflicts() {
        Organisation provider = DirectoryTestData.provider(organisations, "Browserträger");
        String category = DirectoryTestData.term(jdbc, Taxonomy.CATEGORIES, "Browserberatung");
        StoredService s = services.create(
                DirectoryTestData.service(
                        provider.id(),
                        "Browser-Erziehungsberatung",
                        List.of(category),
                        List.of(DirectoryTestData.newSite(
                                DirectoryTestData.school("Browser-Grundschule"),
                                DirectoryTestData.weekly("TU", LocalTime.of(9, 0), LocalTime.of(12, 0))))),
                "planerin");
        String planner = OrganisationTestData.user(jdbc, "PLANNER");
        browser.login(planner, OrganisationTestData.PASSWORD);

        browser.open("/verzeichnis/angebote?lang=de&q=Browser-Erziehungsberatung");
        assertThat(browser.text("h1")).isEqualTo("Angebote");
        assertThat(browser.text("#service-table")).contains("Browser-Erziehungsberatung", "Peine, Stadt", "nie");
        browser.axe();
        browser.screenshot("directory-services");
        browser.open("/verzeichnis/angebote?lang=en&q=nothing-matches-xyz");
        assertThat(browser.text("#empty-state")).contains("No service matches");
        browser.axe();

        browser.open("/verzeichnis/angebote/" + s.id() + "?lang=de");
        browser.clickAndWait(browser.find("#verify"));
        assertThat(browser.text("#verified-notice")).contains("geprüft");
        browser.axe();
        browser.open("/verzeichnis/angebote/" + s.id() + "?lang=en");
        assertThat(browser.text("main")).contains("Tuesday 09:00–12:00");
        browser.axe();

        browser.open("/verzeichnis/angebote/neu?lang=de");
        browser.axe();
        browser.find("#sites-0-schedules-0-opensAt").sendKeys("12:00");
        browser.clickAndWait(browser.find("button[value='site-0-schedule']"));
        assertThat(browser.findAll("#sites-0-schedules-1-opensAt")).hasSize(1);
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary h2")).startsWith("Bitte korrigieren Sie");
        assertThat(browser.find("#name").getAttribute("aria-invalid")).isEqualTo("true");
        browser.axe();
        browser.screenshot("directory-form-errors");

        browser.open("/verzeichnis/angebote/" + s.id() + "/bearbeiten?lang=en");
        browser.axe();
        StoredService now = services.find(s.id()).orElseThrow();
        services.update(s.id(), now.version(), Drafts.with(now.content(), "description", "Von Kollegin"), "kollegin");
        browser.find("#name").clear();
        browser.find("#name").sendKeys("My version");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#conflict")).contains("kollegin", "Description");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("My version");
        browser.axe();

        browser.open("/verzeichnis/orte?lang=de&q=Browser-Grundschule");
        assertThat(browser.text("#place-table")).contains("automatisch aus Koordinaten");
        browser.axe();
        browser.open("/verzeichnis/orte/" + now.content().sites().getFirst().locationId() + "/bearbeiten?lang=en");
        assertThat(browser.text("#assigned-municipality")).contains("Peine, Stadt");
        browser.axe();
        browser.open("/verzeichnis/orte/neu?lang=de");
        browser.axe();
        assertThat(locations).isNotNull();
    }
}
