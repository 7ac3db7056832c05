package de.lotse.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import de.lotse.planning.Measure;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningTestData;
import de.lotse.planning.Strategies;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coverage, duplicate and measure-link pages and the measure page section in headless Chromium, scanned with
 * axe-core (WCAG 2.1 AA) in German and English. Synthetic content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CoverageBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Territories territories;
    private final Strategies strategies;
    private final Measures measures;

    @Autowired
    CoverageBrowserTests(
            JdbcClient jdbc,
            Organisations organisations,
            Territories territories,
            Strategies strategies,
            Measures measures) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.territories = territories;
        this.strategies = strategies;
        this.measures = measures;
    }

    @Test
    void coverageAndDuplicatePagesAreAccessibleInGermanAndEnglish() {
        Territory county = territories.find("03354").orElseThrow();
        Territory m = territories.children(county, TerritoryLevel.MUNICIPALITY).getFirst();
        CoverageFixture f = new CoverageFixture(jdbc, organisations);
        String category = f.term(CoverageTerms.CATEGORIES, "browser", null, null);
        String audience = f.term(CoverageTerms.AUDIENCES, "browser-familien", null, null);
        UUID school = f.location("Oberschule Browsertest", "SCHOOL", m.id(), 52.97, 11.15);
        UUID first = f.service("Browsertest Erziehungsberatung", "Beratung für Eltern", category, audience);
        f.weekly(f.site(first, school), "TU", "14:00", "16:00");
        UUID second = f.service("Browsertest Beratung für Eltern", "Erziehungsberatung für Eltern", category, audience);
        f.weekly(f.site(second, school), "TU", "15:00", "17:00");

        browser.login(OrganisationTestData.user(jdbc, "PLANNER"), OrganisationTestData.PASSWORD);
        browser.open("/verzeichnis/abdeckung?county=03354&category=" + category);
        assertThat(browser.text("h1")).isEqualTo("Abdeckung der Beratungslandschaft");
        assertThat(browser.text("#summary-rule"))
                .isEqualTo("1 von "
                        + browser.findAll("#coverage-table tbody tr").size() + " Gemeinden erfüllen die Regel.");
        assertThat(browser.text("#coverage-table")).contains("Oberschule Browsertest", "Regel nicht erfüllt (Lücke)");
        assertThat(browser.text("#gap-list")).isNotBlank();
        browser.waitFor("#coverage-map canvas");
        browser.axe();
        browser.screenshot("coverage-page");
        browser.open("/verzeichnis/abdeckung?county=03354&lang=en");
        assertThat(browser.text("h1")).isEqualTo("Coverage of the counselling landscape");
        assertThat(browser.text("#matrix-table")).contains("Test " + category);
        browser.axe();

        browser.open("/verzeichnis/dubletten?county=03354&lang=de");
        assertThat(browser.text("main"))
                .contains("Browsertest Erziehungsberatung", "überschneidende Zeiten (TU 15:00–16:00)");
        browser.axe();
        browser.screenshot("duplicates-page");
        // submit the first open group's form without a decision: error summary, then decide
        browser.clickAndWait(browser.find("#decide-0"));
        assertThat(browser.text("#error-summary")).contains("Bitte wählen Sie eine Entscheidung.");
        browser.axe();
        browser.open("/verzeichnis/dubletten?county=03354&lang=en");
        assertThat(browser.text("h1")).isEqualTo("Possible duplicate structures");
        browser.axe();
    }

    @Test
    void theMeasureFormAndTheMeasurePageSectionAreAccessible() {
        Measure measure = PlanningTestData.aMeasure(
                measures, PlanningTestData.aStrategy(strategies), null, LocalDate.of(2030, 12, 31));
        CoverageFixture f = new CoverageFixture(jdbc, organisations);
        String name = CoverageFixture.unique("Browsertest Kümmerer");
        UUID service = f.service(name, null);

        browser.login(OrganisationTestData.user(jdbc, "PLANNER"), OrganisationTestData.PASSWORD);
        browser.open("/verzeichnis/abdeckung/massnahmen?service=" + service);
        browser.axe();
        browser.find("#measure-" + measure.id()).click();
        browser.clickAndWait(browser.find("#save-measures"));
        assertThat(browser.text("#saved-notice")).isEqualTo("Die Verknüpfungen sind gespeichert.");
        browser.axe();
        browser.open("/verzeichnis/abdeckung/massnahmen?lang=en&q=" + name.substring(0, 20));
        assertThat(browser.text("#service-list")).contains(name);
        browser.axe();

        for (String lang : List.of("de", "en")) {
            browser.open("/massnahmen/" + measure.id() + "?lang=" + lang);
            assertThat(browser.text("#directory-services")).contains(name);
            browser.axe();
        }
        browser.screenshot("measure-page-services");
    }
}
