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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The indicator page and the territory's indicator profile in headless Chromium: map and chart drawn, axe-core WCAG
 * 2.1 AA scan in German and English, keyboard use of the controls, no console errors. Figures are synthetic test
 * input on the real territories of Landkreis Peine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorPageBrowserTests {

    /** Synthetic counts per Gemeinde (key order) for 2012 to 2016; the first is small and suppressed. */
    private static final long[] BASE = {2, 310, 640, 820, 1150, 1480, 2210};

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private static IndicatorKey key;
    private static List<Territory> gemeinden;

    private static final String PASSWORD = "ein langes passwort fuer den test";

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    IndicatorPageBrowserTests(
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            org.springframework.test.web.servlet.MockMvc mvc) {
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
        this.mvc = mvc;
    }

    @BeforeEach
    void testData() {
        if (key != null) {
            return;
        }
        key = catalog.create(IndicatorPageIntegrationTests.definition(
                        "ip-browser", new ConfidentialityRule(3, null), Polarity.HIGHER_IS_WORSE))
                .key();
        Territory peine = territories.find("03157").orElseThrow();
        gemeinden = territories.children(peine, TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        List<NewValue> batch = new ArrayList<>();
        for (int year = 2012; year <= 2016; year++) {
            long total = 0;
            for (int i = 0; i < gemeinden.size(); i++) {
                long v = i == 0 ? BASE[0] : BASE[i] + (year - 2012) * 17L * i;
                total += v;
                batch.add(NewValue.of(key, gemeinden.get(i).id(), Period.year(year), BigDecimal.valueOf(v)));
            }
            batch.add(NewValue.of(key, peine.id(), Period.year(year), BigDecimal.valueOf(total)));
        }
        values.write(batch);
    }

    @Test
    void indicatorPageDrawsMapAndChartAndPassesAxeInGermanAtDesktopAndPhoneWidth() {
        browser.open("/indikatoren/" + key.value() + "?method=JENKS&classes=4");

        assertThat(browser.text("h1")).startsWith("Testfälle insgesamt");
        browser.waitFor("#indicator-map canvas");
        browser.waitFor("#series-chart canvas");
        assertThat(chartData("#indicator-map")).as("areas on the map").isEqualTo(7);
        assertThat(chartData("#series-chart")).as("periods in the chart").isEqualTo(5);
        assertThat(browser.text("#map-legend")).contains("natürlichen Brüchen (Jenks), 4 Klassen");
        assertThat(browser.findAll("#indicator-table tbody tr")).hasSize(7);
        assertThat(browser.text("#indicator-table")).contains("geheim gehalten");
        browser.axe();
        browser.screenshot("indicator-page");

        browser.windowSize(390, 900);
        browser.open("/indikatoren/" + key.value() + "?method=JENKS&classes=4");
        browser.waitFor("#indicator-map canvas");
        assertThat(browser.documentScrollWidth())
                .as("no sideways scrolling at 390 px")
                .isLessThanOrEqualTo(browser.viewportWidth());
        browser.axe();
        browser.screenshot("indicator-page-phone");
    }

    @Test
    void indicatorPageInEnglishPassesAxe() {
        browser.open("/indikatoren/" + key.value() + "?lang=en&palette=DIVERGING");

        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.text("h1")).startsWith("Test cases in total");
        browser.waitFor("#indicator-map canvas");
        assertThat(browser.text("#map-legend")).contains("Classes by quantiles");
        assertThat(browser.text("#indicator-table")).contains("suppressed");
        browser.axe();
        browser.open("/indikatoren/" + key.value() + "?lang=de");
    }

    @Test
    void germanyAsAWholeDrawsAllKreiseFromTheLänderBoundaries() {
        browser.open("/indikatoren/" + key.value() + "?parent=DE&level=COUNTY");
        browser.waitFor("#indicator-map canvas");
        assertThat(chartData("#indicator-map")).as("all Kreise with a boundary").isGreaterThan(300);
        assertThat(browser.text("#indicator-table")).contains("Peine");
        browser.axe();
        browser.screenshot("indicator-page-germany");
    }

    @Test
    void controlsWorkWithTheKeyboardAlone() {
        browser.open("/indikatoren/" + key.value());
        browser.waitFor("#indicator-map canvas");
        WebElement classes = browser.find("#classes");
        browser.script("arguments[0].focus()", classes);
        // choose 3 classes with the arrow keys, then tab to the submit button and press Enter
        new Actions(browser.driver()).sendKeys(Keys.HOME).perform();
        new Actions(browser.driver())
                .sendKeys(Keys.TAB) // own breaks
                .sendKeys(Keys.TAB) // palette
                .sendKeys(Keys.TAB) // submit
                .perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getDomAttribute("type")).isEqualTo("submit");
        WebElement html = browser.find("html");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitUntilGone(html);
        browser.waitForLoad();

        assertThat(browser.currentPath()).contains("classes=3");
        assertThat(browser.text("#map-legend")).contains("3 Klassen");
        // sorting the table is a plain link, reachable by keyboard too
        browser.clickAndWait(browser.find("#indicator-table thead a[href*='sort=value']"));
        assertThat(browser.find("#indicator-table thead th[aria-sort]").getText())
                .startsWith("Wert");
        browser.waitFor("#indicator-map canvas");
    }

    @Test
    void plannersSeeConfidentialValuesMarkedAndTheirLinksAndThePagePassesAxe() throws Exception {
        String planner = "ip-planer-" + Long.toHexString(System.nanoTime() & 0xffffff);
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/users/new")
                                .param("username", planner)
                                .param("displayName", "Planerin " + planner)
                                .param("role", "PLANNER")
                                .param("password", PASSWORD)
                                .param("passwordRepeat", PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("admin")
                                        .roles("ADMIN"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/admin/users"));
        browser.login(planner, PASSWORD);
        browser.open("/indikatoren/" + key.value());
        browser.waitFor("#indicator-map canvas");

        assertThat(browser.find("#edit-link").getDomAttribute("href"))
                .endsWith("/indikatoren/" + key.value() + "/bearbeiten");
        assertThat(browser.text("#indicator-table")).contains("vertraulich").doesNotContain("geheim gehalten");
        assertThat(browser.findAll("#indicator-table a[href*='/werte/']")).hasSize(7);
        browser.axe();
        browser.screenshot("indicator-page-planner");
    }

    @Test
    void territoryIndicatorProfileShowsSparklinesAndPassesAxeInGermanAndEnglish() {
        Territory last = gemeinden.get(6);
        browser.open("/gebiete/" + last.key());
        browser.clickAndWait(browser.find("#indicator-profile-link a"));

        assertThat(browser.currentPath()).startsWith("/gebiete/" + last.key() + "/indikatoren");
        assertThat(browser.text("h1")).isEqualTo("Indikatoren für " + last.name());
        assertThat(browser.findAll("svg.ip-sparkline[role=img] title")).isNotEmpty();
        assertThat(browser.text("main"))
                .contains("Testfälle insgesamt")
                .as("a count is not compared with the Kreis: the areas differ in size")
                .doesNotContain("als Peine");
        browser.axe();
        browser.screenshot("territory-indicators");

        browser.open("/gebiete/" + last.key() + "/indikatoren?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Indicators for " + last.name());
        browser.axe();
        browser.open("/gebiete/" + last.key() + "/indikatoren?lang=de");
    }

    private int chartData(String cssSelector) {
        return ((Number) browser.script(
                        "return echarts.getInstanceByDom(document.querySelector(arguments[0]))"
                                + ".getOption().series[0].data.length",
                        cssSelector))
                .intValue();
    }
}
