package de.lotse.territory;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Key journeys of the territory pages in headless Chromium, each page scanned with axe-core (WCAG 2.1 AA). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TerritoryBrowserTests {

    static final String VECHELDE = "/gebiete/031570007007";
    static final List<String> PEINE_MUNICIPALITIES =
            List.of("Edemissen", "Hohenhameln", "Ilsede", "Lengede", "Peine, Stadt", "Vechelde", "Wendeburg");

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    @Test
    void startPageShowsMapAndTableOfThePeineMunicipalities() {
        browser.open("/");

        assertThat(browser.text("h1")).isEqualTo("Landkreis Peine");
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("de");
        browser.waitFor("#municipality-map canvas");
        assertThat(browser.find("#municipality-map canvas").getSize().getHeight())
                .isGreaterThan(200);
        assertThat(chartData("#municipality-map", 0))
                .as("areas drawn on the map")
                .isEqualTo(7);
        assertThat(browser.findAll("#map-legend .legend li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(municipalityNames()).containsExactlyInAnyOrderElementsOf(PEINE_MUNICIPALITIES);
        assertThat(browser.text("#municipality-table tfoot tr")).contains("137.045");
        browser.screenshot("start-desktop");
    }

    @Test
    void sortingByPopulationDescendingPutsPeineStadtFirst() {
        browser.open("/");
        browser.clickAndWait(browser.find("#municipality-table thead a[href*='sort=population']"));
        if (!"descending".equals(populationHeaderSort())) {
            browser.clickAndWait(browser.find("#municipality-table thead a[href*='sort=population']"));
        }

        assertThat(browser.currentPath()).contains("sort=population").contains("dir=desc");
        assertThat(populationHeaderSort()).isEqualTo("descending");
        assertThat(municipalityNames()).first().isEqualTo("Peine, Stadt");
        List<Integer> populations = browser.findAll("#municipality-table tbody tr td:nth-of-type(1)").stream()
                .map(cell -> Integer.parseInt(cell.getText().replace(".", "")))
                .toList();
        assertThat(populations).hasSize(7).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void profilePageOfVecheldeShowsFactsLineChartAndPopulationTable() {
        browser.open(VECHELDE);

        assertThat(browser.text("h1")).startsWith("Vechelde");
        assertThat(browser.text(".breadcrumb")).contains("Peine");
        assertThat(browser.text("dl.facts")).contains("031570007007").contains("Einwohner");
        browser.waitFor("[data-line-chart] canvas");
        browser.waitFor("[data-map] canvas");
        assertThat(browser.findAll("#population-table tbody tr")).hasSize(5);
        assertThat(chartSeriesCount("[data-line-chart]"))
                .as("one line per population basis (Zensus 2011, Zensus 2022)")
                .isEqualTo(2);
        assertThat(chartData("[data-line-chart]", 0) + chartData("[data-line-chart]", 1))
                .isEqualTo(5);
        browser.screenshot("profile-vechelde-desktop");
    }

    @Test
    void searchFindsVecheldeAndLinksToItsProfile() {
        browser.open("/gebiete");
        browser.find("#q").sendKeys("Vechelde");
        browser.clickAndWait(browser.find("form.search button[type=submit]"));

        assertThat(browser.currentPath()).isEqualTo("/gebiete?q=Vechelde");
        WebElement hit = browser.find("main table tbody a[href$='" + VECHELDE + "']");
        assertThat(hit.getText()).isEqualTo("Vechelde");
        browser.screenshot("search-vechelde");

        browser.clickAndWait(hit);

        assertThat(browser.currentPath()).isEqualTo(VECHELDE);
        assertThat(browser.text("h1")).startsWith("Vechelde");
    }

    @Test
    void languageSwitchToEnglishIsRememberedOnTheNextPageAndSwitchesBack() {
        browser.open("/");
        assertThat(browser.text(".main-nav")).contains("Gebiete");
        String germanTableHeading = browser.text("#table-heading");

        browser.clickAndWait(browser.find(".lang a[hreflang=en]"));

        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.text("h1")).isEqualTo("Peine – Rural district (Landkreis)");
        assertThat(browser.text("#table-heading")).isNotEqualTo(germanTableHeading);
        assertThat(browser.text(".main-nav")).contains("Territories").doesNotContain("Gebiete");
        assertThat(browser.driver().manage().getCookieNamed("lotse-lang"))
                .isNotNull()
                .satisfies(c -> assertThat(c.getValue()).isEqualTo("en"));
        browser.screenshot("start-desktop-en");

        browser.open("/quellen");

        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.text("h1")).isEqualTo("Data & sources");

        browser.clickAndWait(browser.find(".lang a[hreflang=de]"));

        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("de");
        assertThat(browser.text("h1")).isEqualTo("Daten & Quellen");
        browser.open("/");
        assertThat(browser.text("h1")).isEqualTo("Landkreis Peine");
    }

    @Test
    void firstTabFocusesTheSkipLinkWhichMovesFocusToMain() {
        browser.open("/");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).contains("skip-link");
        assertThat(focused.getText()).isEqualTo("Zum Inhalt springen");
        assertThat(focused.getLocation().getX()).as("visible when focused").isNotNegative();
        assertThat(focused.isDisplayed()).isTrue();
        browser.screenshot("skip-link-focused");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

        browser.waitFor(d -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/, start",
        "/?lang=en, start-en",
        VECHELDE + ", profile-vechelde",
        "/gebiete/03157, profile-county-peine",
        "/gebiete?q=Vechelde, search-results",
        "/gebiete, search-form",
        "/quellen, sources",
        "/barrierefreiheit, accessibility-statement",
        "/login, login"
    })
    void pageHasNoWcagViolations(String path, String name) {
        browser.open(path);
        for (WebElement chart : browser.findAll("[data-map], [data-line-chart]")) {
            browser.waitFor(d -> !chart.findElements(By.tagName("canvas")).isEmpty());
        }

        browser.axe();
        browser.screenshot("axe-" + name);
    }

    @Test
    void importPageHasNoWcagViolationsBeforeAndAfterADryRun() {
        browser.login("admin", "test-only-admin-pw-7f3a9c");
        browser.open("/admin/imports/territories");
        browser.axe();
        browser.screenshot("import-form");

        Path extract = Path.of("src/test/resources/territory/GV100AD_30112025_03157_03354.txt");
        browser.find("#file").sendKeys(extract.toAbsolutePath().toString());
        browser.clickAndWait(browser.find("form[enctype='multipart/form-data'] button[type=submit]"));

        assertThat(browser.text("#report h2")).isEqualTo("Ergebnis des Probelaufs");
        assertThat(browser.text("#report .notice")).contains("Probelauf ohne Fehler");
        assertThat(browser.text("#report")).contains("GV100AD_30112025_03157_03354.txt");
        browser.axe();
        browser.screenshot("import-dry-run-report");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
        "/, 320",
        VECHELDE + ", 320",
        "/gebiete/03157, 320",
        "/gebiete?q=Vechelde, 320",
        "/quellen, 320",
        "/, 375",
        VECHELDE + ", 375"
    })
    void pageDoesNotScrollSidewaysOnAPhone(String path, int width) {
        browser.windowSize(width, 800).open(path);
        for (WebElement chart : browser.findAll("[data-map], [data-line-chart]")) {
            browser.waitFor(d -> !chart.findElements(By.tagName("canvas")).isEmpty());
        }

        int viewport = browser.viewportWidth();
        assertThat(viewport).isLessThanOrEqualTo(width);
        assertThat(browser.documentScrollWidth())
                .as("document width in a %d px wide window (viewport without scroll bar: %d px)", width, viewport)
                .isLessThanOrEqualTo(viewport + 1);
        if (width == 375) {
            browser.screenshot((path.equals("/") ? "start" : "profile-vechelde") + "-phone");
        }
    }

    @Test
    void unknownTerritoryShowsAStyledNotFoundPageToAFirstTimeVisitor() {
        browser.driver().get(browser.url("/gebiete/99999"));

        assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");
        assertThat(browser.title()).startsWith("Seite nicht gefunden");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
                .as("style sheet loaded (no ;jsessionid= in asset links)")
                .isEqualTo("rgb(0, 70, 127)");
        assertThat(browser.consoleErrors())
                .as("only the page itself answers 404")
                .singleElement()
                .asString()
                .contains("/gebiete/99999")
                .contains("404");
        browser.axe();
    }

    private List<String> municipalityNames() {
        return browser.findAll("#municipality-table tbody tr th").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Number of series ECharts draws in the chart. */
    private int chartSeriesCount(String cssSelector) {
        return ((Number) browser.script(
                        "return echarts.getInstanceByDom(document.querySelector(arguments[0])).getOption().series.length",
                        cssSelector))
                .intValue();
    }

    /** Number of data items of one series that ECharts draws in the chart. */
    private int chartData(String cssSelector, int series) {
        return ((Number) browser.script(
                        "return echarts.getInstanceByDom(document.querySelector(arguments[0]))"
                                + ".getOption().series[arguments[1]].data.length",
                        cssSelector,
                        series))
                .intValue();
    }

    private String populationHeaderSort() {
        return browser.find("#municipality-table thead th:has(a[href*='sort=population'])")
                .getDomAttribute("aria-sort");
    }
}
