package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.lotse.Browser;
import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.Provenance;
import de.lotse.indicator.Topic;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue pages in headless Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorCatalogueBrowserTests {

    private static final String PASSWORD = "ein langes passwort fuer den test";

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    @Autowired
    IndicatorCatalogueBrowserTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void catalogueIsAccessibleInGermanAndEnglish() throws Exception {
        catalog.create(IndicatorCataloguePageIntegrationTests.definition(
                uniqueKey("browser-katalog"), "Browsertest Katalog", Topic.CHILDREN_YOUTH_FAMILY));
        browser.open("/indikatoren");
        assertThat(browser.text("h1")).isEqualTo("Indikatorenkatalog");
        assertThat(browser.find(".monitoring-nav a[aria-current=page]").getText())
                .isEqualTo("Katalog");
        assertThat(browser.findAll("#new-indicator")).isEmpty();
        browser.axe();
        browser.screenshot("catalogue-list");

        browser.open("/indikatoren?lang=en&topic=CHILDREN_YOUTH_FAMILY&lifeStage=CRECHE&q=Browsertest");
        assertThat(browser.text("h1")).isEqualTo("Indicator catalogue");
        assertThat(browser.text("#catalogue-table")).contains("Browsertest Katalog");
        browser.axe();
        browser.open("/indikatoren?lang=en&q=nothing-matches-this");
        assertThat(browser.text("#empty-state")).contains("No indicator matches these filters.");
        browser.axe();

        browser.login(aPlanner(), PASSWORD);
        browser.open("/indikatoren?lang=de");
        assertThat(browser.text("#new-indicator")).isEqualTo("Neuer Indikator");
        browser.axe();
    }

    @Test
    void theFormIsAccessibleAlsoWithErrorsShown() throws Exception {
        browser.login(aPlanner(), PASSWORD);
        browser.open("/indikatoren/neu");
        assertThat(browser.text("h1")).isEqualTo("Neuer Indikator");
        browser.axe();
        browser.screenshot("catalogue-form");

        browser.find("#key").sendKeys("Kein gültiger Schlüssel");
        browser.find("#decimals").sendKeys("9");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary h2")).startsWith("Bitte korrigieren Sie");
        assertThat(browser.find("#key").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#key").getAttribute("value")).isEqualTo("Kein gültiger Schlüssel");
        browser.axe();
        browser.screenshot("catalogue-form-errors");

        // the links of the summary lead to the fields
        browser.find("#error-summary a[href='#decimals']").click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("decimals");

        browser.open("/indikatoren/neu?lang=en");
        assertThat(browser.text("h1")).isEqualTo("New indicator");
        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.text("#error-summary h2")).startsWith("Please correct");
        browser.axe();
    }

    @Test
    void aConflictingSaveIsShownAccessiblyWithTheInputKept() throws Exception {
        Indicator indicator = catalog.create(IndicatorCataloguePageIntegrationTests.definition(
                uniqueKey("browser-konflikt"), "Browsertest Konflikt", Topic.HOUSING));
        browser.login(aPlanner(), PASSWORD);
        browser.open("/indikatoren/" + indicator.key() + "/bearbeiten?lang=de");
        // a colleague saves first
        var d = indicator.definition();
        catalog.update(
                indicator.key(),
                indicator.revision(),
                new de.lotse.indicator.IndicatorDefinition(
                        d.key(),
                        d.name(),
                        d.shortName(),
                        "Definition der Kollegin",
                        d.interpretation(),
                        d.formula(),
                        d.unit(),
                        d.decimals(),
                        d.source(),
                        d.licence(),
                        d.attribution(),
                        d.referenceDate(),
                        d.levels(),
                        d.polarity(),
                        d.topic(),
                        d.lifeStages(),
                        d.kind(),
                        d.confidentiality()));
        browser.find("#definition").clear();
        browser.find("#definition").sendKeys("Meine Definition");
        browser.clickAndWait(browser.find("#save"));

        assertThat(browser.text("#conflict")).contains("Jemand anderes", "(Felder: Definition)");
        assertThat(browser.find("#definition").getAttribute("value")).isEqualTo("Meine Definition");
        assertThat(browser.text("#definition-current")).contains("Definition der Kollegin");
        browser.axe();
        browser.screenshot("catalogue-form-conflict");
    }

    @Test
    void aPlannerFillsAndSubmitsTheFormByKeyboardOnly() throws Exception {
        browser.login(aPlanner(), PASSWORD);
        browser.open("/indikatoren/neu");
        String key = uniqueKey("tastatur");

        tabTo("key").sendKeys(key);
        tabTo("nameDe").sendKeys("Per Tastatur angelegt");
        tabTo("shortNameDe").sendKeys("Tastatur");
        tabTo("definition").sendKeys("Fälle am Stichtag (Testeingabe)");
        tabTo("unit").sendKeys("Anzahl");
        WebElement decimals = tabTo("decimals");
        decimals.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        tabTo("publisher").sendKeys("Landkreis Peine, Jugendamt");
        tabTo("tableCode").sendKeys("22811-02-02-4");
        tabTo("referenceDateRule").sendKeys("31");
        tabTo("levels-COUNTY").sendKeys(Keys.SPACE);
        tabTo("polarity-HIGHER_IS_WORSE", "polarity-HIGHER_IS_BETTER");
        tabTo("topic").sendKeys("Kinder");
        tabTo("lifeStages-KITA").sendKeys(Keys.SPACE);
        tabTo("kind-PERFORMANCE_MEASURE", "kind-POPULATION_INDICATOR");
        tabTo("minimumCount").sendKeys("3");
        WebElement save = tabTo("save");
        WebElement html = browser.find("html");
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(html);
        browser.waitForLoad();

        assertThat(browser.currentPath()).isEqualTo("/indikatoren/" + key);
        // the indicator page belongs to another part of the monitoring; until it is there it answers 404
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("/indikatoren/" + key) && e.contains("404"));
        Indicator saved = catalog.get(IndicatorKey.of(key));
        assertThat(saved.definition().name().de()).isEqualTo("Per Tastatur angelegt");
        assertThat(saved.definition().decimals()).isEqualTo(1);
        assertThat(saved.definition().levels()).containsExactly(TerritoryLevel.COUNTY);
        assertThat(saved.definition().polarity()).isEqualTo(Polarity.HIGHER_IS_WORSE);
        assertThat(saved.definition().topic()).isEqualTo(Topic.CHILDREN_YOUTH_FAMILY);
        assertThat(saved.definition().lifeStages()).containsExactly(LifeStage.KITA);
        assertThat(saved.definition().confidentiality()).isEqualTo(new ConfidentialityRule(3, null));
    }

    @Test
    void valuePageAndVersionHistoryAreAccessible() throws Exception {
        Indicator indicator = catalog.create(IndicatorCataloguePageIntegrationTests.definition(
                uniqueKey("browser-wert"), "Browsertest Wert", Topic.SOCIAL_SECURITY));
        Territory peine = territories.find("03157").orElseThrow();
        Territory gemeinde =
                territories.children(peine, TerritoryLevel.MUNICIPALITY).getFirst();
        Period year = Period.year(2015);
        values.write(List.of(NewValue.of(indicator.key(), gemeinde.id(), year, new BigDecimal("1200"))
                .from(Provenance.fileLine("erste.csv", 4))));
        values.write(List.of(NewValue.of(indicator.key(), gemeinde.id(), year, new BigDecimal("1250"))
                .from(Provenance.fileLine("korrektur.csv", 9))));
        String path = IndicatorValuePageController.href(indicator.key(), gemeinde, year);

        browser.open(path);
        assertThat(browser.text("#value-figure")).isEqualTo("1.250 Anzahl");
        assertThat(browser.text("#revisions")).contains("1.200", "erste.csv");
        browser.axe();
        browser.screenshot("catalogue-value");
        browser.open(path + "?lang=en");
        assertThat(browser.text("h2")).isEqualTo("Value");
        browser.axe();

        browser.open("/indikatoren/" + indicator.key() + "/versionen?lang=de");
        assertThat(browser.text("#versions")).contains("erste Version");
        browser.axe();
        browser.open("/indikatoren/" + indicator.key() + "/versionen?lang=en");
        browser.axe();
    }

    /**
     * Presses Tab until the element with the id has the focus (failing after 80 presses) and returns it; for a group
     * of radio buttons, {@code via} is the option Tab reaches first, and the arrow keys choose {@code id}.
     */
    private WebElement tabTo(String id, String... via) {
        String stop = via.length == 0 ? id : via[0];
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            if (stop.equals(active.getAttribute("id"))) {
                if (via.length > 0) {
                    new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
                    WebElement chosen = browser.driver().switchTo().activeElement();
                    assertThat(chosen.getAttribute("id")).isEqualTo(id);
                    assertThat(chosen.isSelected()).isTrue();
                    return chosen;
                }
                return active;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + stop);
    }

    private static String uniqueKey(String prefix) {
        return prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
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
