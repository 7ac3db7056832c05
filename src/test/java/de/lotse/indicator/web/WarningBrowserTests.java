package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.lotse.Browser;
import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ThresholdDraft;
import de.lotse.indicator.Thresholds;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The early-warning dashboard, the threshold management and the life-course page in headless Chromium, scanned with
 * axe-core (WCAG 2.1 AA) in German and English. All figures are synthetic test input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WarningBrowserTests {

    private static final String PASSWORD = "ein langes passwort fuer den test";
    private static final long[] COUNTS = {12, 10, 25, 40, 55, 70, 190};

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Thresholds thresholds;
    private final Territories territories;

    @Autowired
    WarningBrowserTests(
            MockMvc mvc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Thresholds thresholds,
            Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.thresholds = thresholds;
        this.territories = territories;
    }

    @Test
    void dashboardListsAlertsInGermanAndEnglish() {
        IndicatorKey key = catalog.create(WarningFixtures.definition(
                        "dashboard", "Hilfen zur Erziehung", Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE))
                .key();
        List<Territory> gemeinden = WarningFixtures.gemeinden(territories);
        for (int i = 0; i < gemeinden.size(); i++) {
            write(key, gemeinden.get(i), Period.year(2023), COUNTS[i]);
        }
        thresholds.create(key, new ThresholdDraft("DEVIATION", "WORSE", "1.5", null, null, "WARNING", "Testnotiz"));

        browser.open("/fruehwarnung");
        assertThat(browser.text("h1")).isEqualTo("Frühwarnung");
        assertThat(browser.text("#alerts"))
                .contains("Hilfen zur Erziehung")
                .contains("Warnung")
                .contains("Testnotiz");
        assertThat(browser.text("#alerts")).contains(gemeinden.get(6).name());
        browser.axe();
        browser.screenshot("warning-dashboard");

        clickAndWaitFor(
                browser.find("#alerts thead th:nth-child(4) a"), "#alerts thead th:nth-child(4)[aria-sort=ascending]");
        assertThat(browser.find("#alerts thead th:nth-child(4)").getAttribute("aria-sort"))
                .isEqualTo("ascending");
        browser.axe();

        browser.open("/fruehwarnung?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Early warning");
        assertThat(browser.text("#alerts"))
                .contains("Hilfen zur Erziehung (en)")
                .contains("Warning");
        browser.axe();
    }

    @Test
    void plannerManagesThresholdsWithFormErrors() throws Exception {
        IndicatorKey key = catalog.create(WarningFixtures.definition(
                        "verwaltung", "Schulabbrüche", Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE))
                .key();
        String planner = aPlanner();
        browser.login(planner, PASSWORD);

        browser.open("/fruehwarnung/schwellen");
        assertThat(browser.text("h1")).isEqualTo("Schwellenwerte");
        browser.axe();

        browser.open("/fruehwarnung/schwellen/neu?indicator=" + key.value());
        browser.find("#limit").sendKeys("viel");
        clickAndWaitFor(browser.find("#threshold-form button[type=submit]"), "#form-errors");
        assertThat(browser.text("#form-errors")).contains("Bitte korrigieren");
        assertThat(browser.text("#limit-error")).contains("Zahl");
        assertThat(browser.find("#limit").getAttribute("aria-invalid")).isEqualTo("true");
        browser.axe();
        browser.screenshot("warning-threshold-form-error");

        browser.open("/fruehwarnung/schwellen/neu?indicator=" + key.value() + "&lang=en");
        browser.find("#limit").sendKeys("0");
        clickAndWaitFor(browser.find("#threshold-form button[type=submit]"), "#limit-error");
        assertThat(browser.text("#limit-error")).contains("greater than 0");
        browser.axe();

        browser.open("/fruehwarnung/schwellen/neu?indicator=" + key.value() + "&lang=de");
        browser.find("#limit").sendKeys("1,5");
        new Select(browser.find("#scopeLevel")).selectByValue("MUNICIPALITY");
        browser.find("#note").sendKeys("Fachstandard");
        clickAndWaitFor(browser.find("#threshold-form button[type=submit]"), "main .notice.ok");
        assertThat(browser.currentPath()).startsWith("/fruehwarnung/schwellen");
        assertThat(browser.text("main .notice.ok")).contains("angelegt");
        assertThat(browser.text("#thresholds")).contains("Schulabbrüche").contains("Fachstandard");
        browser.axe();

        long id = thresholds.list(key).getFirst().id();
        browser.open("/fruehwarnung/schwellen/" + key.value() + "/" + id + "/bearbeiten");
        assertThat(browser.find("#limit").getAttribute("value")).isEqualTo("1.5");
        browser.axe();
        browser.find("#limit").clear();
        browser.find("#limit").sendKeys("2");
        clickAndWaitFor(browser.find("#threshold-form button[type=submit]"), "main .notice.ok");
        assertThat(browser.text("main .notice.ok")).contains("gespeichert");
        assertThat(thresholds.get(key, id).rule().limit()).isEqualByComparingTo("2");

        browser.open("/fruehwarnung/schwellen/" + key.value() + "/" + id + "/loeschen?lang=en");
        assertThat(browser.text("h1")).contains("Delete threshold");
        browser.axe();
        clickAndWaitFor(browser.find("#delete-form button[type=submit]"), "main .notice.ok");
        assertThat(browser.text("main .notice.ok")).contains("deleted");
        assertThat(thresholds.list(key)).isEmpty();
    }

    @Test
    void lifeCoursePageShowsTheChainAndMarksWorseStages() {
        IndicatorKey creche = catalog.create(WarningFixtures.definition(
                        "lebenslauf",
                        "Betreuungsquote Krippe",
                        "%",
                        Polarity.HIGHER_IS_BETTER,
                        ConfidentialityRule.NONE,
                        LifeStage.CRECHE))
                .key();
        Territory gemeinde = WarningFixtures.gemeinden(territories).get(2);
        write(creche, gemeinde, Period.year(2023), 25);
        write(creche, WarningFixtures.peine(territories), Period.year(2023), 40);

        browser.open("/gebiete/" + gemeinde.key() + "?level=MUNICIPALITY");
        clickAndWaitFor(browser.find(".lifecourse-link a"), ".lifecourse-chain");
        assertThat(browser.text("h1")).isEqualTo("Lebenslauf: " + gemeinde.name());
        assertThat(browser.findAll(".lifecourse-chain li")).hasSize(LifeStage.values().length);
        assertThat(browser.text(".lifecourse-chain li.stage-worse"))
                .contains("Krippe")
                .contains("schlechter");
        assertThat(browser.text("#stage-CRECHE")).contains("Handlungsbedarf");
        assertThat(browser.text("main")).contains("Betreuungsquote Krippe").contains("schlechter");
        browser.axe();
        browser.screenshot("warning-life-course");

        browser.open("/gebiete/" + gemeinde.key() + "/lebenslauf?level=MUNICIPALITY&lang=en");
        assertThat(browser.text("h1")).isEqualTo("Life course: " + gemeinde.name());
        assertThat(browser.text("#stage-CRECHE")).contains("Needs attention");
        browser.axe();
    }

    /**
     * Clicks and waits for an element that only the next page has: more robust under load than waiting for the old
     * document to go stale.
     */
    private static void clickAndWaitFor(org.openqa.selenium.WebElement element, String selectorOnNextPage) {
        element.click();
        browser.waitFor(selectorOnNextPage);
        browser.waitForLoad();
    }

    private void write(IndicatorKey key, Territory territory, Period period, long value) {
        values.write(List.of(NewValue.of(key, territory.id(), period, BigDecimal.valueOf(value))));
    }

    /** Creates a planner through the user administration, as an administrator would. */
    private String aPlanner() throws Exception {
        String username = "planer-" + Long.toHexString(System.nanoTime() & 0xffffff);
        mvc.perform(post("/admin/users/new")
                        .param("username", username)
                        .param("displayName", "Planerin " + username)
                        .param("role", "PLANNER")
                        .param("password", PASSWORD)
                        .param("passwordRepeat", PASSWORD)
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        return username;
    }
}
