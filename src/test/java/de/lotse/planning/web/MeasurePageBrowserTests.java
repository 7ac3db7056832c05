package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.territory.Territories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The measure page in headless Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English, on a desktop and
 * a phone, for a visitor and for a user of the lead organisation. Synthetic content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeasurePageBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final JdbcClient jdbc;
    private final Territories territories;

    @Autowired
    MeasurePageBrowserTests(JdbcClient jdbc, Territories territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    @Test
    void measurePageInGermanAndEnglishOnDesktopAndPhone() {
        PlanningPagesTestData.Scenario s = new PlanningPagesTestData(jdbc).scenario(territories);

        browser.open("/massnahmen/" + s.sprachkurse());
        assertThat(browser.text("#measure-title")).isEqualTo("Sprachkurse Test");
        assertThat(browser.text("#measure-state")).contains("Nr. 3.1").contains("in Umsetzung");
        assertThat(browser.text("#overdue-note")).contains("31.12.2015");
        assertThat(browser.text("#budget-table")).contains("10.000,00").contains("unbekannt");
        assertThat(browser.text("#status-reports")).contains("Zwei Kurse laufen Test");
        assertThat(browser.findAll("#link-report")).isEmpty();
        browser.axe();
        browser.screenshot("measure-page-desktop");

        browser.windowSize(390, 844);
        browser.open("/massnahmen/" + s.sprachkurse());
        assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(browser.viewportWidth());
        browser.axe();
        browser.screenshot("measure-page-phone");

        browser.open("/massnahmen/" + s.ohneFeld() + "?lang=en");
        assertThat(browser.text("#example-badge")).isEqualTo("Example data");
        assertThat(browser.text("#no-budget")).isEqualTo("no information");
        browser.axe();
    }

    @Test
    void aUserOfTheLeadOrganisationIsOfferedTheStatusReport() {
        PlanningPagesTestData data = new PlanningPagesTestData(jdbc);
        PlanningPagesTestData.Scenario s = data.scenario(territories);
        String member = "pp-browser-lead-" + System.nanoTime();
        data.member(member, s.kvhsId());

        browser.login(member, "secret-pw-123");
        browser.open("/massnahmen/" + s.sprachkurse() + "?lang=en");
        assertThat(browser.find("#link-report").getAttribute("href"))
                .endsWith("/massnahmen/" + s.sprachkurse() + "/statusbericht");
        assertThat(browser.findAll("#link-edit")).isEmpty();
        browser.axe();
    }
}
