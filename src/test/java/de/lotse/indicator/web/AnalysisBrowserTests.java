package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The analysis pages in headless Chromium, German and English, each state scanned with axe-core (WCAG 2.1 AA). All
 * figures are synthetic test input written by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AnalysisBrowserTests {

    private static final Period Y2013 = Period.year(2013);
    private static final Period Y2014 = Period.year(2014);
    private static final Period Y2015 = Period.year(2015);
    private static final long[] COUNTS = {2, 10, 25, 40, 55, 70, 90};

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    @Autowired
    AnalysisBrowserTests(IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void comparisonPageInGermanAndEnglish() {
        IndicatorKey key = create("browser-vergleich", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        List<Territory> gemeinden = gemeinden();
        for (Period p : List.of(Y2013, Y2014, Y2015)) {
            long total = 0;
            for (int i = 0; i < gemeinden.size(); i++) {
                long v = i == 0 ? COUNTS[0] : COUNTS[i] + (p.start().getYear() - 2013) * 3L;
                write(key, gemeinden.get(i), p, v);
                total += v;
            }
            write(key, peine(), p, total);
        }
        browser.open("/vergleich");
        assertThat(browser.text("h1")).isEqualTo("Gebiete vergleichen");
        browser.axe();

        new Select(browser.find("#indicator")).selectByValue(key.value());
        browser.clickAndWait(browser.find("#comparison-form button[type=submit]"));
        assertThat(browser.text("#series-heading")).contains("Zeitreihen");
        waitForChart("[data-analysis-lines]");
        assertThat(browser.findAll("#cross-table tbody tr")).hasSize(7);
        browser.axe();
        browser.screenshot("analysis-comparison");

        browser.clickAndWait(browser.find("#cross-table thead a[href*='sort=zScore']"));
        assertThat(browser.find("#cross-table thead th[aria-sort]").getText()).contains("z-Wert");
        browser.axe();

        browser.open("/vergleich?lang=en&indicator=" + key.value() + "&territory=03157&territory="
                + gemeinden.get(2).key() + "&parent=03157&level=MUNICIPALITY&period=2015&base=2013");
        assertThat(browser.text("h1")).isEqualTo("Compare territories");
        waitForChart("[data-analysis-lines]");
        assertThat(browser.text("#cross-table")).contains("suppressed");
        browser.axe();
        browser.screenshot("analysis-comparison-en");
    }

    @Test
    void socialIndexPageInGermanAndEnglish() {
        IndicatorKey worse = create("browser-index-a", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        IndicatorKey better = create("browser-index-b", Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        List<Territory> gemeinden = gemeinden();
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(worse, gemeinden.get(i), Y2015, COUNTS[i]);
            write(better, gemeinden.get(i), Y2015, 300 - i * 17L);
            total += COUNTS[i];
        }
        write(worse, peine(), Y2015, total);

        browser.open("/sozialindex");
        assertThat(browser.text("h1")).isEqualTo("Sozialindex");
        assertThat(browser.text("#method")).isEqualTo("So wird der Index berechnet");
        browser.axe();

        browser.find("input[name=indicator][value='" + worse.value() + "']").click();
        browser.find("input[name=indicator][value='" + better.value() + "']").click();
        WebElement weight = browser.find("input[name='weight-" + worse.value() + "']");
        weight.clear();
        weight.sendKeys("2");
        new Select(browser.find("#level")).selectByValue("MUNICIPALITY");
        browser.find("#period").sendKeys("2015");
        browser.clickAndWait(browser.find("#index-form button[type=submit]"));
        assertThat(browser.text("#index-summary")).startsWith("5 von 7");
        waitForChart("[data-analysis-stacked]");
        assertThat(browser.find("[data-analysis-stacked]").getDomAttribute("aria-label"))
                .contains("Höchster Index");
        browser.axe();
        browser.screenshot("analysis-social-index");

        browser.open(browser.currentPath().replace("/sozialindex?", "/sozialindex?lang=en&"));
        assertThat(browser.text("h1")).isEqualTo("Social index");
        waitForChart("[data-analysis-stacked]");
        browser.axe();
    }

    @Test
    void peersPageInGermanAndEnglish() {
        IndicatorKey a = create("browser-peer-a", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        IndicatorKey b = create("browser-peer-b", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        String[] keys = {"03157", "03101", "03102", "03103", "03151"};
        long[][] xs = {{1, 10}, {2, 10}, {3, 20}, {4, 40}, {1, 12}};
        for (int i = 0; i < keys.length; i++) {
            Territory kreis = territories.find(keys[i]).orElseThrow();
            write(a, kreis, Y2015, xs[i][0]);
            write(b, kreis, Y2015, xs[i][1]);
        }
        browser.open("/vergleich/aehnliche-kreise");
        assertThat(browser.text("h1")).isEqualTo("Ähnliche Kreise");
        browser.axe();

        browser.find("input[name=indicator][value='" + a.value() + "']").click();
        browser.find("input[name=indicator][value='" + b.value() + "']").click();
        WebElement n = browser.find("#n");
        n.clear();
        n.sendKeys("3");
        browser.clickAndWait(browser.find("#peers-form button[type=submit]"));
        assertThat(browser.findAll("#peers-table tbody tr")).hasSize(4);
        assertThat(browser.find("#peers-table tbody tr:nth-child(2)").getDomAttribute("data-key"))
                .isEqualTo("03151");
        browser.axe();
        browser.screenshot("analysis-peers");

        browser.open(browser.currentPath().replace("aehnliche-kreise?", "aehnliche-kreise?lang=en&"));
        assertThat(browser.text("h1")).isEqualTo("Similar districts");
        browser.axe();
    }

    private void waitForChart(String selector) {
        WebElement chart = browser.find(selector);
        browser.waitFor(d -> !chart.findElements(By.tagName("canvas")).isEmpty());
    }

    private Territory peine() {
        return territories.find("03157").orElseThrow();
    }

    private List<Territory> gemeinden() {
        return territories.children(peine(), TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
    }

    private void write(IndicatorKey key, Territory territory, Period period, long count) {
        values.write(List.of(NewValue.of(key, territory.id(), period, BigDecimal.valueOf(count))));
    }

    private IndicatorKey create(String prefix, Polarity polarity, ConfidentialityRule rule) {
        return catalog.create(AnalysisFixtures.count(
                        prefix,
                        "Browser-Testindikator " + prefix,
                        "Browser test indicator " + prefix,
                        prefix,
                        polarity,
                        rule))
                .key();
    }
}
