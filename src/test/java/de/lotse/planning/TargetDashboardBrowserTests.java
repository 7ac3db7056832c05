package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Polarity;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The traffic-light dashboard, the target page with its chart, the target form and the performance-value form in
 * headless Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English. All figures are synthetic test input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetDashboardBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final TargetTestData data;
    private final PerformanceMeasures performance;

    @Autowired
    TargetDashboardBrowserTests(
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            Organisations organisations,
            PerformanceMeasures performance) {
        this.performance = performance;
        this.data = new TargetTestData(jdbc, catalog, values, territories, organisations);
    }

    @Test
    void theDashboardShowsTheVerdictsPerFieldInGermanAndEnglish() {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey rising = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        data.values(rising, data.peine(), "2012:10", "2013:12", "2014:14");
        IndicatorKey empty = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        long onTrack = data.aTarget(
                plan.measureId(),
                null,
                rising,
                data.peine(),
                TargetKind.ABSOLUTE,
                "18",
                LocalDate.of(2016, 12, 31),
                null,
                null);
        long noData = data.aTarget(
                null,
                plan.objectiveIds().get(1),
                empty,
                data.peine(),
                TargetKind.RELATIVE_PERCENT,
                "10",
                LocalDate.of(2015, 12, 31),
                null,
                null);

        browser.open("/planung/" + plan.strategyKey() + "/ampel?stichtag=2015-06-30");
        assertThat(browser.text("h1")).startsWith("Ampel der Zielgrößen");
        assertThat(browser.text("#strategy-counts")).contains("auf Kurs").contains("keine Daten");
        assertThat(browser.text("main")).contains("2.1 Arbeit").contains("2.2 Bildung");
        assertThat(browser.find("a[href$='/ziele/" + onTrack + "']").getText()).startsWith("Zielgröße");
        assertThat(browser.find("a[href$='/ziele/" + noData + "']").isDisplayed())
                .isTrue();
        browser.axe();
        browser.screenshot("targets-dashboard");

        browser.open("/planung/" + plan.strategyKey() + "/ampel?stichtag=2015-06-30&lang=en");
        assertThat(browser.text("h1")).startsWith("Traffic lights of the target values");
        assertThat(browser.text("#strategy-counts")).contains("on track").contains("no data");
        browser.axe();
    }

    @Test
    void theTargetPageDrawsTheChartAndKeepsTheTableInGermanAndEnglish() {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey falling = data.anIndicator(Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE);
        data.values(falling, data.peine(), "2012:16", "2013:15", "2014:14");
        long id = data.aTarget(
                plan.measureId(),
                null,
                falling,
                data.peine(),
                TargetKind.RELATIVE_PERCENT,
                "-25",
                LocalDate.of(2016, 12, 31),
                "16",
                "2012");

        browser.open("/ziele/" + id + "?stichtag=2015-06-30");
        browser.waitFor("#target-chart canvas");
        assertThat(browser.text("#verdict")).contains("auf Kurs").contains("lineare Trend");
        assertThat(browser.text("#target-values")).contains("2014").contains("Ziel am 31.12.2016");
        browser.axe();
        browser.screenshot("targets-target");

        browser.open("/ziele/" + id + "?stichtag=2015-06-30&lang=en");
        browser.waitFor("#target-chart canvas");
        assertThat(browser.text("#verdict")).contains("on track");
        browser.axe();
    }

    @Test
    void plannersFormAndTheLeadsValueFormAreAccessible() {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        long id = data.aTarget(
                plan.measureId(),
                null,
                key,
                data.peine(),
                TargetKind.ABSOLUTE,
                "18",
                LocalDate.of(2016, 12, 31),
                null,
                null);
        String planner = data.aUser("PLANNER");
        browser.login(planner, TargetTestData.PASSWORD);

        browser.open("/ziele/" + id + "/bearbeiten");
        browser.find("#targetValue").clear();
        browser.find("#targetValue").sendKeys("viel");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary")).contains("Zielwert");
        assertThat(browser.find("#targetValue").getAttribute("aria-invalid")).isEqualTo("true");
        browser.axe();

        browser.open("/massnahmen/" + plan.measureId() + "/bearbeiten/kennzahlen");
        browser.find("#question-HOW_MUCH").click();
        browser.find("#name").sendKeys("Beratungsgespräche");
        browser.find("#unit").sendKeys("Anzahl");
        browser.clickAndWait(browser.find("#define"));
        assertThat(browser.text("#saved-notice")).contains("festgelegt");
        browser.axe();

        browser.open("/massnahmen/" + plan.measureId() + "/kennzahlen?lang=en");
        browser.find("#period").sendKeys("2015");
        browser.find("#value").sendKeys("42");
        browser.clickAndWait(browser.find("#save-value"));
        assertThat(browser.text("main")).contains("How much did we do?").contains("42");
        assertThat(performance
                        .forMeasure(plan.measureId())
                        .orElseThrow()
                        .items()
                        .getFirst()
                        .values())
                .hasSize(1);
        browser.axe();
    }
}
