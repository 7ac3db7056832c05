package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.planning.CrossCuttingAspects;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureFilter;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningTestData;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The planners' measure form and the status report form in headless Chromium, scanned with axe-core (WCAG 2.1 AA) in
 * German and English: empty form, error summary, another row without JavaScript, save, edit, status report. The
 * measure's own page belongs to the read side (another part of the module); here only the redirect target is checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeasureFormBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final Strategies strategies;
    private final Measures measures;
    private final Organisations organisations;
    private final CrossCuttingAspects aspects;
    private final JdbcClient jdbc;

    @Autowired
    MeasureFormBrowserTests(
            Strategies strategies,
            Measures measures,
            Organisations organisations,
            CrossCuttingAspects aspects,
            JdbcClient jdbc) {
        this.strategies = strategies;
        this.measures = measures;
        this.organisations = organisations;
        this.aspects = aspects;
        this.jdbc = jdbc;
    }

    @Test
    void plannerFillsInTheMeasureFormInGermanAndEnglish() {
        Strategy s = PlanningTestData.aStrategy(strategies);
        Organisation lead = PlanningTestData.anOrganisation(organisations);
        aspects.create(PlanningTestData.unique("praevention"), "Prävention", "Prevention");
        browser.login(PlanningTestData.aUser(jdbc, "PLANNER"), PlanningTestData.PASSWORD);

        browser.open("/massnahmen/neu?strategy=" + s.key());
        assertThat(browser.text("h1")).isEqualTo("Neue Maßnahme");
        browser.axe();
        browser.screenshot("measure-form");

        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary")).contains("Titel").contains("Bitte ausfüllen");
        assertThat(browser.find("#title").getAttribute("aria-invalid")).isEqualTo("true");
        browser.axe();

        browser.find("#title").sendKeys("Feste Sprechzeiten in jeder Gemeinde");
        browser.find("#costItems-0-label").sendKeys("Fahrtkosten");
        new Select(browser.find("#costItems-0-category")).selectByValue("TRAVEL");
        browser.clickAndWait(browser.find("#add-costItems"));
        assertThat(browser.find("#costItems-0-label").getAttribute("value")).isEqualTo("Fahrtkosten");
        browser.find("#costItems-1-label").sendKeys("Miete");
        new Select(browser.find("#costItems-1-category")).selectByValue("RENT");
        new Select(browser.find("#leadOrganisationId")).selectByValue(Long.toString(lead.id()));
        browser.find("#budgetPlanned").sendKeys("10.000");
        browser.find("#links-0-label").sendKeys("Vorlage Beratungslandschaft");
        new Select(browser.find("#links-0-kind")).selectByValue("COUNCIL_PAPER");
        browser.find("#links-0-paperNumber").sendKeys("2014/026");
        browser.find("#fieldIds-" + s.fields().getFirst().id()).click();
        browser.axe();

        browser.clickAndWait(browser.find("#save"));
        Measure m = measures.list(MeasureFilter.ofStrategy(s.id())).getFirst();
        assertThat(browser.currentPath()).isEqualTo("/massnahmen/" + m.id());
        browser.consoleErrors(); // the measure page is built by the read side; it may not exist in this branch
        assertThat(m.title()).isEqualTo("Feste Sprechzeiten in jeder Gemeinde");
        assertThat(m.costItems()).hasSize(2);
        assertThat(m.links().getFirst().paperNumber().value()).isEqualTo("2014/026");

        browser.open("/massnahmen/" + m.id() + "/bearbeiten?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Edit measure \"Feste Sprechzeiten in jeder Gemeinde\"");
        assertThat(browser.find("#budgetPlanned").getAttribute("value")).isEqualTo("10.000,00");
        browser.axe();
        browser.find("#title").clear();
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary")).contains("Title: Please fill in.");
        browser.axe();
        browser.open("/massnahmen/neu?strategy=" + s.key() + "&lang=de");
    }

    @Test
    void strategyFieldAndAspectFormsPassAxeInGermanAndEnglish() {
        Strategy s = PlanningTestData.aStrategy(strategies);
        browser.login(PlanningTestData.aUser(jdbc, "PLANNER"), PlanningTestData.PASSWORD);
        browser.open("/planung/neu");
        assertThat(browser.text("h1")).isEqualTo("Neue Strategie");
        browser.axe();
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary")).contains("Schlüssel").contains("Titel");
        browser.axe();
        browser.open("/planung/" + s.key() + "/bearbeiten?lang=en");
        assertThat(browser.text("h1")).startsWith("Edit");
        browser.axe();
        browser.open("/planung/" + s.key() + "/bearbeiten/felder?lang=de");
        assertThat(browser.text("#fields")).contains("Bildung").contains("Übergänge begleiten");
        browser.axe();
        browser.clickAndWait(browser.find("#fields li:nth-child(2) button[value=up]"));
        assertThat(browser.text("#fields li:first-child h2")).isEqualTo("Arbeit");
        browser.open("/planung/" + s.key() + "/bearbeiten/felder/"
                + s.fields().getFirst().id());
        assertThat(browser.find("#objectives-0-title").getAttribute("value")).isEqualTo("Übergänge begleiten");
        browser.axe();
        browser.open("/querschnittsaspekte");
        browser.axe();
        browser.open("/querschnittsaspekte?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Cross-cutting aspects");
        browser.axe();
        browser.open("/querschnittsaspekte?lang=de");
    }

    @Test
    void statusReportFormPassesAxeInGermanAndEnglish() {
        Strategy s = PlanningTestData.aStrategy(strategies);
        Organisation lead = PlanningTestData.anOrganisation(organisations);
        String provider = PlanningTestData.aUser(jdbc, "PROVIDER");
        organisations.addMember(lead.id(), provider);
        Measure m = PlanningTestData.aMeasure(measures, s, lead.id(), LocalDate.of(2015, 12, 31));
        browser.login(provider, PlanningTestData.PASSWORD);

        browser.open("/massnahmen/" + m.id() + "/statusbericht");
        assertThat(browser.text("h1")).startsWith("Statusbericht zu");
        browser.axe();
        browser.find("#status-IN_PROGRESS").click();
        browser.find("#progress").clear();
        browser.find("#progress").sendKeys("120");
        browser.find("#text").sendKeys("Sprechstunden in zwei Gemeinden");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#progress-error")).contains("100");
        browser.axe();
        browser.screenshot("status-report-form-error");

        browser.open("/massnahmen/" + m.id() + "/statusbericht?lang=en");
        assertThat(browser.text("h1")).startsWith("Status report on");
        browser.axe();
        browser.open("/massnahmen/" + m.id() + "/statusbericht?lang=de");
    }
}
