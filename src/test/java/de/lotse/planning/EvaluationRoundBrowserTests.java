package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evaluation rounds in headless Chromium: a planner freezes a round through the form, comments on it, and compares it
 * with a later round; every page is scanned with axe-core (WCAG 2.1 AA) in German and English. Synthetic test data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EvaluationRoundBrowserTests {

    private static final String PASSWORD = "secret-pw-123";

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final JdbcClient jdbc;
    private final EvaluationRounds rounds;
    private final EvaluationRoundTestData data;
    private final TargetTestData targets;

    @Autowired
    EvaluationRoundBrowserTests(
            JdbcClient jdbc,
            EvaluationRounds rounds,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.data = EvaluationRoundTestData.with(jdbc);
        this.targets = new TargetTestData(jdbc, catalog, values, territories);
    }

    @Test
    void plannerFreezesCommentsAndComparesRounds() {
        EvaluationRoundStrategy strategy = data.aStrategy("Sozialpolitische Leitlinien (Test)");
        long bildung = data.aField(strategy, 1, "2.1", "Bildung und Sprache");
        long arbeit = data.aField(strategy, 2, "2.2", "Arbeit");
        long kurse = data.aMeasure(strategy, "Sprachkurse für Eltern")
                .code("3.1")
                .deadline(LocalDate.of(2015, 12, 31))
                .inField(bildung)
                .create();
        long lotsen = data.aMeasure(strategy, "Arbeitsmarktlotsen")
                .code("3.2")
                .deadline(LocalDate.of(2015, 12, 31))
                .inField(arbeit)
                .create();
        data.report(kurse, LocalDate.of(2015, 5, 1), MeasureStatus.IN_PROGRESS, 30, "Erste Kurse laufen.");
        IndicatorKey key = targets.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        targets.values(key, targets.peine(), "2012:100", "2013:105", "2014:110");
        targets.aTarget(
                kurse,
                null,
                key,
                targets.peine(),
                TargetKind.RELATIVE_PERCENT,
                "20",
                LocalDate.of(2015, 12, 31),
                null,
                "2012");
        String planner = aPlanner();
        String base = "/planung/" + strategy.key() + "/evaluation";

        browser.open(base);
        assertThat(browser.text("h1")).contains("Evaluation");
        assertThat(browser.text("#no-rounds")).contains("noch keine Evaluationsrunde");
        browser.axe();

        browser.login(planner, PASSWORD);
        browser.open(base + "/neu");
        clickAndWaitFor(browser.find("#round-form button[type=submit]"), "#error-summary");
        assertThat(browser.text("#error-summary")).contains("Titel").contains("Stichtag");
        assertThat(browser.find("#title").getAttribute("aria-invalid")).isEqualTo("true");
        browser.axe();
        browser.find("#title").sendKeys("Evaluation Mitte 2015");
        browser.script("document.getElementById('asOf').value = '2015-06-30'");
        clickAndWaitFor(browser.find("#round-form button[type=submit]"), "main .notice.ok");
        assertThat(browser.text("main .notice.ok"))
                .contains("Evaluation Mitte 2015")
                .contains("2 Maßnahmen");
        assertThat(browser.text("h1")).isEqualTo("Evaluation Mitte 2015");
        assertThat(browser.text("#round-facts")).contains("30.06.2015").contains(planner);
        assertThat(browser.text("#status-rollup")).contains("in Umsetzung").contains("geplant");
        assertThat(browser.text("#verdict-rollup")).contains("gefährdet");
        assertThat(browser.text("main")).contains("2.1 Bildung und Sprache").contains("2.2 Arbeit");
        assertThat(row("data-measure", kurse))
                .contains("in Umsetzung")
                .contains("30 %")
                .contains("Erste Kurse");
        assertThat(browser.text("#round-targets")).contains("gefährdet").contains("3.1 Sprachkurse für Eltern");
        browser.axe();
        browser.screenshot("rounds-round");
        long first = rounds.list(strategy.id()).getFirst().round().id();

        browser.open(base + "/" + first + "/bearbeiten");
        browser.axe();
        browser.find("#comment-measures-" + kurse).sendKeys("Nachfrage höher als erwartet.");
        clickAndWaitFor(browser.find("#comments-form button[type=submit]"), "main .notice.ok");
        assertThat(browser.text("main .notice.ok")).contains("gespeichert");
        assertThat(row("data-measure", kurse)).contains("Nachfrage höher als erwartet.");

        data.report(kurse, LocalDate.of(2016, 2, 1), MeasureStatus.DONE, 100, "Alle Kurse abgeschlossen.");
        data.report(lotsen, LocalDate.of(2016, 1, 10), MeasureStatus.DELAYED, 20, "Stelle unbesetzt.");
        targets.values(key, targets.peine(), "2015:121");
        long second = rounds.create(
                        strategy.id(), new EvaluationRoundDraft("Evaluation Q1 2016", LocalDate.of(2016, 3, 31), null))
                .round()
                .id();

        browser.open(base + "/vergleich?a=" + first + "&b=" + second);
        assertThat(browser.text("#compare-summary"))
                .contains("Evaluation Mitte 2015")
                .contains("2 von 2");
        assertThat(row("data-measure", kurse))
                .contains("in Umsetzung")
                .contains("umgesetzt")
                .contains("verändert")
                .contains("+70");
        assertThat(row("data-measure", lotsen)).contains("verzögert").contains("jetzt überfällig");
        assertThat(browser.text("#target-changes"))
                .contains("gefährdet")
                .contains("erreicht")
                .contains("verändert");
        browser.axe();
        browser.screenshot("rounds-compare");

        browser.open(base + "/vergleich?a=" + first + "&b=" + second + "&lang=en");
        assertThat(browser.text("h1")).isEqualTo("Compare evaluation rounds");
        assertThat(row("data-measure", kurse)).contains("implemented").contains("changed");
        browser.axe();

        browser.open(base + "/" + second + "?lang=en");
        assertThat(browser.text("#status-rollup")).contains("implemented").contains("delayed");
        assertThat(browser.text("#round-targets")).contains("achieved");
        browser.axe();
        browser.open(base + "?lang=en");
        assertThat(browser.text("#rounds")).contains("Evaluation Q1 2016").contains("1 implemented");
        browser.axe();
        browser.open(base + "/neu?lang=en");
        assertThat(browser.text("h1")).isEqualTo("New evaluation round");
        browser.axe();
    }

    private static String row(String attribute, long id) {
        return browser.find("tr[" + attribute + "='" + id + "']").getText();
    }

    private static void clickAndWaitFor(WebElement element, String selectorOnNextPage) {
        element.click();
        browser.waitFor(selectorOnNextPage);
        browser.waitForLoad();
    }

    private String aPlanner() {
        String username = "planung-" + TargetTestData.unique().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, roles)
                        VALUES (?, ?, '{noop}secret-pw-123', 'PLANNER')""").params(username, "Planerin " + username).update();
        return username;
    }
}
