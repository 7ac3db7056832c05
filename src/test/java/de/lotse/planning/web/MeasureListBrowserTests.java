package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.territory.Territories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The measure list with its filter form and sortable columns in headless Chromium, scanned with axe-core (WCAG 2.1
 * AA) in German and English, on a desktop and a phone. Synthetic content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeasureListBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final JdbcClient jdbc;
    private final Territories territories;

    @Autowired
    MeasureListBrowserTests(JdbcClient jdbc, Territories territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    @Test
    void filterAndSortWithoutJavaScriptInGermanAndEnglish() {
        PlanningPagesTestData.Scenario s = new PlanningPagesTestData(jdbc).scenario(territories);

        browser.open("/massnahmen");
        assertThat(browser.text("h1")).isEqualTo("Maßnahmen");
        browser.axe();

        new Select(browser.find("#f-strategy")).selectByValue(s.strategyKey());
        browser.find("#f-overdue").click();
        browser.clickAndWait(browser.find("#measure-filter button[type=submit]"));
        assertThat(browser.text("#result-count")).isEqualTo("1 Maßnahme passt zu den Filtern.");
        assertThat(browser.text("#measure-table")).contains("Sprachkurse Test").contains("überfällig");
        assertThat(browser.find("#export-csv").getAttribute("href")).contains("overdue=true");
        browser.axe();

        browser.open("/massnahmen?strategy=" + s.strategyKey());
        browser.clickAndWait(browser.find("#measure-table thead th:nth-child(1) a"));
        assertThat(browser.find("#measure-table thead th:nth-child(1)").getAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(browser.text("#measure-table tbody tr:first-child")).contains("Beratung Test");
        browser.clickAndWait(browser.find("#measure-table thead th:nth-child(1) a"));
        assertThat(browser.text("#measure-table tbody tr:first-child")).contains("Sprachkurse Test");
        browser.axe();
        browser.screenshot("measure-list-desktop");

        browser.windowSize(390, 844);
        browser.open("/massnahmen?strategy=" + s.strategyKey());
        assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(browser.viewportWidth());
        browser.axe();
        browser.screenshot("measure-list-phone");

        browser.open("/massnahmen?lang=en&strategy=" + s.strategyKey() + "&status=DONE");
        assertThat(browser.text("#result-count")).isEqualTo("1 measure matches the filters.");
        assertThat(browser.text("#measure-table")).contains("implemented");
        browser.axe();
    }
}
