package de.lotse.directory.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.Drafts;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The provider's start page, the proposal form (also with errors and added rows, without JavaScript) and the
 * planners' review page in headless Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ReviewBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final Organisations organisations;
    private final DirectoryServices services;
    private final DirectoryProposals proposals;
    private final JdbcClient jdbc;

    @Autowired
    ReviewBrowserTests(
            Organisations organisations, DirectoryServices services, DirectoryProposals proposals, JdbcClient jdbc) {
        this.organisations = organisations;
        this.services = services;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    @Test
    void theStartPageAndTheProposalFormAreAccessible() {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Browser-Start");
        ReviewTestData.verifiedOn(jdbc, w.serviceA.id(), null);
        Proposal returned = as(
                w.providerA, "PROVIDER", () -> proposals.proposeNew(w.service(w.orgA.id(), "Browser-Start Vorschlag")));
        as(w.providerA, "PROVIDER", () -> proposals.submit(returned.id(), null));
        as("planerin-browser", "PLANNER", () -> proposals.returnToProvider(returned.id(), null, "Bitte ergänzen"));
        browser.login(w.providerA, OrganisationTestData.PASSWORD);

        browser.open("/verzeichnis?lang=de");
        assertThat(browser.text("h1")).isEqualTo("Beratungsverzeichnis");
        assertThat(browser.text("#entries-table")).contains(w.serviceA.content().name(), "veraltet");
        assertThat(browser.text("#proposals-table"))
                .contains("Browser-Start Vorschlag", "zurückgegeben", "Bitte ergänzen");
        browser.axe();
        browser.screenshot("review-start");
        browser.open("/verzeichnis?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Counselling directory");
        browser.axe();

        browser.open("/verzeichnis/vorschlaege/neu?lang=de");
        assertThat(browser.text("h1")).isEqualTo("Neues Angebot vorschlagen");
        browser.axe();
        // a second place, without JavaScript: a submit button brings the form back with one more group
        browser.find("#name").sendKeys("Browser-Start Neues Angebot");
        browser.clickAndWait(browser.find("#add-site"));
        assertThat(browser.findAll("fieldset.review-site")).hasSize(2);
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Browser-Start Neues Angebot");
        // errors: summary on top, fields marked
        browser.find("#sites-0-newName").sendKeys("Grundschule Test");
        browser.find("#sites-0-schedules-0-opensAt").sendKeys("1200");
        browser.find("#sites-0-schedules-0-closesAt").sendKeys("0900");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary h2")).startsWith("Bitte korrigieren Sie");
        browser.axe();
        browser.screenshot("review-form-errors");
        browser.open("/verzeichnis/vorschlaege/" + returned.id() + "/bearbeiten?lang=en");
        assertThat(browser.text("#returned-note")).contains("Bitte ergänzen");
        browser.axe();
        browser.open("/verzeichnis/vorschlaege/" + returned.id() + "?lang=de");
        assertThat(browser.text("#proposal-state")).isEqualTo("zurückgegeben");
        browser.axe();

        browser.windowSize(320, 800);
        for (String path : List.of("/verzeichnis", "/verzeichnis/vorschlaege/neu")) {
            browser.open(path);
            assertThat(browser.documentScrollWidth()).as(path).isLessThanOrEqualTo(browser.viewportWidth());
        }
    }

    @Test
    void theReviewPagesAreAccessible() {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Browser-Pruefung");
        Proposal proposal = as(
                w.providerA,
                "PROVIDER",
                () -> proposals.proposeChange(
                        w.serviceA.id(),
                        Drafts.with(w.serviceA.content(), "name", "Browser-Pruefung Familienberatung neu")));
        as(w.providerA, "PROVIDER", () -> proposals.submit(proposal.id(), null));
        services.update(
                w.serviceA.id(),
                w.serviceA.version(),
                Drafts.with(w.serviceA.content(), "email", "neu@example.org"),
                "planerin-browser");
        String planner = OrganisationTestData.user(jdbc, "PLANNER");
        browser.login(planner, OrganisationTestData.PASSWORD);

        browser.open("/verzeichnis?lang=de");
        assertThat(browser.text("#planner-tasks")).contains("Vorschläge warten auf Prüfung");
        browser.axe();
        browser.open("/verzeichnis/pruefung?lang=de");
        assertThat(browser.text("#queue-table")).contains("Browser-Pruefung Familienberatung neu");
        browser.axe();
        browser.open("/verzeichnis/pruefung/" + proposal.id() + "?lang=de");
        assertThat(browser.text("#changes-table")).contains("Browser-Pruefung Familienberatung neu");
        assertThat(browser.text("#service-changed")).contains("E-Mail");
        browser.axe();
        browser.clickAndWait(browser.find("#publish"));
        assertThat(browser.text("#confirm-error")).isNotBlank();
        browser.axe();
        browser.screenshot("review-decision");
        browser.clickAndWait(browser.find("#give-back"));
        assertThat(browser.text("#note-error")).isNotBlank();
        browser.open("/verzeichnis/pruefung/" + proposal.id() + "?lang=en");
        assertThat(browser.text("h1")).startsWith("Review:");
        browser.axe();
        browser.open("/verzeichnis/veraltet?lang=de");
        assertThat(browser.text("h1")).isEqualTo("Veraltete Einträge");
        browser.axe();
        browser.open("/verzeichnis/veraltet?lang=en");
        browser.axe();
        browser.open("/verzeichnis/pruefung/" + proposal.id() + "?lang=de");
        browser.find("#confirmServiceChanged").click();
        browser.clickAndWait(browser.find("#publish"));
        assertThat(browser.text("#published-notice")).contains("Browser-Pruefung Familienberatung neu");
        browser.axe();
    }

    private static <T> T as(String username, String role, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
