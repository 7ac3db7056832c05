package de.lotse.directory.wegweiser;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Beratungswegweiser in headless Chromium as a citizen uses it: on a desktop and on a 360 px phone, with the
 * keyboard, in German, English and Arabic (right to left); every page scanned with axe-core (WCAG 2.1 AA) and checked
 * for console errors (CSP).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WegweiserBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final JdbcClient jdbc;
    private final WegweiserSearch search;
    private final Territories territories;
    private String marker;
    private UUID service;

    @Autowired
    WegweiserBrowserTests(JdbcClient jdbc, WegweiserSearch search, Territories territories) {
        this.jdbc = jdbc;
        this.search = search;
        this.territories = territories;
    }

    @BeforeEach
    void services() {
        WegweiserTestData data = new WegweiserTestData(jdbc);
        marker = WegweiserTestData.randomWord(8);
        Territory county = territories.homeCounty().orElseThrow();
        Territory vechelde = territories.children(county, TerritoryLevel.MUNICIPALITY).stream()
                .filter(t -> t.name().startsWith("Vechelde"))
                .findFirst()
                .orElseThrow();
        service = data.service("Erziehungsberatung " + marker)
                .description("Beratung für Eltern, Kinder und Jugendliche bei Fragen zur Erziehung, bei Streit in"
                        + " der Familie oder bei Sorgen in der Schule. Vertraulich und kostenlos.")
                .free(true)
                .ages(0, 27)
                .language("de")
                .language("tr")
                .term("category", "erziehungsberatung", "Erziehungs- und Familienberatung")
                .term("audience", "familien", "Familien")
                .place("Grundschule Vechelde", vechelde.id(), true, null)
                .exampleData()
                .insert();
        UUID sal = jdbc.sql("SELECT id FROM directory_service_at_location WHERE service_id = ?")
                .param(service)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        INSERT INTO directory_schedule (service_at_location_id, kind, freq, byday, dtstart, opens_at,
                            closes_at, attending_type, skip_school_holidays, example_data)
                        VALUES (?, 'RECURRING', 'WEEKLY', 'TU', DATE '2026-09-01', TIME '09:00', TIME '12:00',
                            'WITHOUT_APPOINTMENT', TRUE, TRUE)""").param(sal).update();
        jdbc.sql("INSERT INTO directory_phone (service_id, number, type, example_data) VALUES (?, ?, 'voice', TRUE)")
                .params(service, "05171 000-000")
                .update();
        UUID other = data.service("Schuldnerberatung " + marker)
                .description("Hilfe bei Schulden und Insolvenz.")
                .free(true)
                .phone(true)
                .term("category", "schuldnerberatung", "Schuldner- und Insolvenzberatung")
                .place("Beratungsstelle Peine", null, false, null)
                .insert();
        search.reload(Set.of(service, other));
    }

    @Test
    void searchResultsAndMapAreAccessibleInGermanEnglishAndArabic() {
        browser.open("/beratung?q=" + marker);
        assertThat(browser.text("h1")).isEqualTo("Beratung finden");
        assertThat(browser.text("#ww-count")).isEqualTo("2 Angebote gefunden");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("ww-results-heading");
        browser.waitFor(".leaflet-marker-icon");
        browser.waitFor(d -> !browser.findAll("#ww-map path").isEmpty());
        assertThat(browser.findAll(".leaflet-marker-icon")).hasSize(2);
        assertThat(browser.text("#ww-places")).contains("Grundschule Vechelde", "Beratungsstelle Peine");
        browser.axe();
        browser.screenshot("wegweiser-search-desktop-de");

        browser.open("/beratung?lang=en&q=Erziehung+" + marker);
        assertThat(browser.text("#ww-count")).isEqualTo("1 service found");
        assertThat(browser.text(".ww-results")).contains("Example data", "free of charge", "no steps");
        browser.axe();

        browser.open("/beratung?lang=ar&q=Schulden+" + marker);
        assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.text("#ww-count")).isEqualTo("تم العثور على خدمة واحدة");
        browser.axe();
        browser.screenshot("wegweiser-search-desktop-ar");

        browser.open("/beratung?lang=de&q=Qwertzuiop+" + marker);
        assertThat(browser.text("#ww-count")).isEqualTo("Keine Angebote gefunden.");
        browser.axe();
    }

    @Test
    void aKeyboardUserSearchesFiltersAndOpensAService() {
        browser.open("/beratung");
        browser.find("#ww-q").sendKeys("Erziehung " + marker);
        browser.find("summary").click();
        browser.find("#ww-kostenlos").sendKeys(Keys.SPACE);
        WebElementsHelper.submitWithEnter(browser, "#ww-q");
        assertThat(browser.currentPath()).contains("kostenlos=true");
        assertThat(browser.text("#ww-count")).isEqualTo("1 Angebot gefunden");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("ww-results-heading");
        browser.find(".ww-results h3 a").sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.currentPath().startsWith("/beratung/angebote/"));
        browser.waitForLoad();
        assertThat(browser.text("h1")).isEqualTo("Erziehungsberatung " + marker);
        browser.axe();
    }

    @Test
    void theServicePageIsAccessibleAndCarriesJsonLdInEveryScript() {
        for (String lang : new String[] {"de", "en", "ar"}) {
            browser.open("/beratung/angebote/" + service + "?lang=" + lang);
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(lang);
            assertThat(browser.findAll("#ww-example-notice")).hasSize(1);
            assertThat(browser.findAll("script[type='application/ld+json']")).hasSize(1);
            assertThat(browser.text(".ww-dates")).contains("09:00–12:00");
            assertThat(browser.findAll(".ww-hours li")).hasSize(1);
            browser.axe();
            browser.screenshot("wegweiser-service-desktop-" + lang);
        }
        assertThat(browser.find("h1").getAttribute("lang")).isEqualTo("de");
        assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void theEasyLanguageGuideIsAccessible() {
        for (String lang : new String[] {"de", "en", "ar"}) {
            browser.open("/beratung/leichte-sprache?lang=" + lang);
            assertThat(browser.findAll(".ww-words dt")).hasSize(5);
            browser.axe();
        }
        browser.open("/beratung/leichte-sprache?lang=de");
        browser.screenshot("wegweiser-easy-de");
    }

    @Test
    void fitsAPhoneScreenOf360Pixels() {
        browser.windowSize(360, 800);
        for (String path : new String[] {
            "/beratung?lang=de&q=" + marker,
            "/beratung/angebote/" + service + "?lang=de",
            "/beratung/leichte-sprache?lang=de",
            "/beratung?lang=ar&q=" + marker,
            "/beratung/angebote/" + service + "?lang=ar"
        }) {
            browser.open(path);
            assertThat(browser.documentScrollWidth())
                    .as("no sideways scrolling on %s", path)
                    .isLessThanOrEqualTo(browser.viewportWidth());
            browser.axe();
        }
        browser.open("/beratung?lang=de&q=" + marker);
        browser.screenshot("wegweiser-search-phone-de");
        browser.open("/beratung/angebote/" + service + "?lang=de");
        browser.screenshot("wegweiser-service-phone-de");
        browser.open("/beratung/angebote/" + service + "?lang=ar");
        browser.screenshot("wegweiser-service-phone-ar");
    }

    @Test
    void anUntranslatedPageKeepsItsGermanContentUnderArabicNavigation() {
        browser.open("/organisationen?lang=ar");
        assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("main").getAttribute("lang")).isEqualTo("de");
        assertThat(browser.text(".lang-notice")).contains("الألمانية");
        browser.axe();
    }

    /** Submitting a form with the Enter key, as a keyboard user does, and waiting for the next page. */
    private static final class WebElementsHelper {
        static void submitWithEnter(Browser browser, String selector) {
            var html = browser.find("html");
            browser.driver().findElement(By.cssSelector(selector)).sendKeys(Keys.ENTER);
            browser.waitUntilGone(html);
            browser.waitForLoad();
        }
    }
}
