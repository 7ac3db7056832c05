package de.lotse.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.organisation.Body;
import de.lotse.organisation.BodyKind;
import de.lotse.organisation.BodyMember;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organisation and body pages in headless Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OrganisationBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final Organisations organisations;
    private final JdbcClient jdbc;

    @Autowired
    OrganisationBrowserTests(Organisations organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Test
    void listAndDetailAreAccessibleInGermanAndEnglish() {
        Organisation county = organisations.create(OrganisationTestData.unit("Browsertest Kreisverwaltung", null));
        Organisation unit = organisations.create(OrganisationTestData.unit("Browsertest Fachdienst", county.id()));
        Organisation provider = organisations.create(OrganisationTestData.provider("Browsertest Träger"));
        Body body = organisations.createBody(
                OrganisationTestData.body("Browsertest Steuerungsgruppe", BodyKind.STEERING_GROUP),
                List.of(new BodyMember(county.id(), "Vorsitz"), new BodyMember(provider.id(), null)));

        browser.open("/organisationen?q=Browsertest");
        assertThat(browser.text("h1")).isEqualTo("Organisationen");
        assertThat(browser.text("#organisation-table")).contains(county.name(), unit.name(), provider.name());
        assertThat(browser.findAll("#new-organisation")).isEmpty();
        browser.axe();
        browser.screenshot("organisation-list");
        browser.open("/organisationen?lang=en&kind=PROVIDER&q=Browsertest");
        assertThat(browser.text("h1")).isEqualTo("Organisations");
        assertThat(browser.text("#results-heading")).contains("1 of");
        browser.axe();
        browser.open("/organisationen?lang=en&q=nothing-matches-this");
        assertThat(browser.text("#empty-state")).contains("No organisation matches these filters.");
        browser.axe();

        browser.open("/organisationen/" + county.key() + "?lang=de");
        assertThat(browser.text("#sub-units")).contains(unit.name());
        assertThat(browser.text("#bodies")).contains(body.name(), "Vorsitz");
        assertThat(browser.findAll("#member-users")).isEmpty();
        browser.axe();
        browser.screenshot("organisation-detail");
        browser.open("/organisationen/" + provider.key() + "?lang=en");
        assertThat(browser.text("#example-badge")).isEqualTo("Example data");
        assertThat(browser.text("#bodies")).contains("not stated");
        browser.axe();

        browser.open("/gremien?lang=de");
        assertThat(browser.text("main")).contains(body.name());
        browser.axe();
        browser.open("/gremien/" + body.key() + "?lang=en");
        assertThat(browser.text("#body-members")).contains(county.name(), "Vorsitz");
        browser.axe();
        browser.open("/gremien/" + body.key() + "?lang=de");
        browser.axe();

        // a small phone: nothing scrolls sideways except inside the tables
        browser.windowSize(320, 800);
        for (String path : List.of("/organisationen?q=Browsertest", "/organisationen/" + county.key(), "/gremien")) {
            browser.open(path);
            assertThat(browser.documentScrollWidth()).as(path).isLessThanOrEqualTo(browser.viewportWidth());
        }
    }

    @Test
    void theEditFormsAreAccessibleAlsoWithErrorsAndConflicts() {
        Organisation provider = organisations.create(OrganisationTestData.provider("Browsertest Formularträger"));
        String planner = OrganisationTestData.user(jdbc, "PLANNER");
        browser.login(planner, OrganisationTestData.PASSWORD);

        browser.open("/organisationen/neu?lang=de");
        assertThat(browser.text("h1")).isEqualTo("Neue Organisation");
        browser.axe();
        browser.find("#key").sendKeys("Kein gültiger Schlüssel");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary h2")).startsWith("Bitte korrigieren Sie");
        assertThat(browser.find("#key").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#key").getAttribute("value")).isEqualTo("Kein gültiger Schlüssel");
        browser.axe();
        browser.screenshot("organisation-form-errors");

        browser.open("/organisationen/" + provider.key() + "/bearbeiten?lang=en");
        assertThat(browser.text("h1")).startsWith("Edit");
        browser.axe();
        // a colleague saves first
        OrganisationDraft d = OrganisationDraft.of(provider);
        organisations.update(
                provider.key(),
                provider.version(),
                new OrganisationDraft(
                        d.key(),
                        d.name(),
                        d.shortName(),
                        d.kind(),
                        d.providerType(),
                        d.parentId(),
                        d.territoryId(),
                        "Description by a colleague",
                        d.website(),
                        d.email(),
                        d.phone(),
                        d.exampleData(),
                        d.sourceNote()));
        browser.find("#description").clear();
        browser.find("#description").sendKeys("My description");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#conflict")).contains("version 1", "version 2");
        assertThat(browser.find("#description").getAttribute("value")).isEqualTo("My description");
        assertThat(browser.text("#description-current")).contains("Description by a colleague");
        browser.axe();
        browser.screenshot("organisation-form-conflict");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.currentPath()).isEqualTo("/organisationen/" + provider.key());
        assertThat(browser.text("#saved-notice")).contains(provider.name());
        assertThat(browser.text("#description")).isEqualTo("My description");
        browser.axe();

        Body body = organisations.createBody(
                OrganisationTestData.body("Browsertest Netzwerk", BodyKind.NETWORK),
                List.of(new BodyMember(provider.id(), "Koordination")));
        browser.open("/gremien/" + body.key() + "/bearbeiten?lang=de");
        assertThat(browser.find("#members0\\.role").getAttribute("value")).isEqualTo("Koordination");
        browser.axe();
        browser.open("/gremien/neu?lang=en");
        browser.axe();
    }

    @Test
    void theMembersPageIsAccessibleAlsoWithAnError() {
        Organisation provider = organisations.create(OrganisationTestData.provider("Browsertest Mitgliederträger"));
        String member = OrganisationTestData.user(jdbc, "PROVIDER");
        String admin = OrganisationTestData.user(jdbc, "ADMIN");
        browser.login(admin, OrganisationTestData.PASSWORD);

        browser.open("/organisationen/" + provider.key() + "/mitglieder?lang=de");
        assertThat(browser.text("#no-members")).isNotEmpty();
        browser.axe();
        browser.find("#username").sendKeys("niemand-" + member);
        browser.clickAndWait(browser.find("#add"));
        assertThat(browser.text("#username-error")).contains("gibt es nicht");
        assertThat(browser.find("#username").getAttribute("aria-invalid")).isEqualTo("true");
        browser.axe();
        browser.find("#username").clear();
        browser.find("#username").sendKeys(member);
        browser.clickAndWait(browser.find("#add"));
        assertThat(browser.text("#members")).contains(member);
        assertThat(browser.text("#member-notice")).contains(member);
        browser.axe();
        browser.screenshot("organisation-members");

        browser.open("/organisationen/" + provider.key() + "/mitglieder?lang=en");
        browser.axe();
        browser.open("/organisationen/" + provider.key() + "?lang=en");
        assertThat(browser.text("#member-users")).contains(member);
        browser.axe();
    }
}
