package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import de.lotse.territory.Territories;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list of strategy documents, a strategy as a tree, its print view and its deadline timeline in headless
 * Chromium, scanned with axe-core (WCAG 2.1 AA) in German and English, on a desktop and a phone. Synthetic content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PlanningTreeBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    private final JdbcClient jdbc;
    private final Territories territories;

    @Autowired
    PlanningTreeBrowserTests(JdbcClient jdbc, Territories territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    @Test
    void treeInGermanAndEnglishOnDesktopAndPhone() {
        PlanningPagesTestData.Scenario s = new PlanningPagesTestData(jdbc).scenario(territories);

        browser.open("/planung");
        assertThat(browser.text("h1")).isEqualTo("Planung");
        assertThat(browser.text("#strategies")).contains("Leitlinien Test").contains("Vorlage 2006/037");
        browser.axe();
        browser.screenshot("planning-overview");

        browser.open("/planung/" + s.strategyKey());
        assertThat(browser.text("#strategy-title")).startsWith("Leitlinien Test");
        assertThat(browser.text("#toc")).contains("2.1 Bildung Test").contains("Maßnahmen ohne Handlungsfeld");
        assertThat(browser.text("#field-" + s.field1())).contains("Bildung Test");
        assertThat(browser.text("main")).contains("1 Maßnahme überfällig").contains("Sprachkurse Test");
        browser.axe();
        browser.screenshot("planning-tree-desktop");

        // the table of contents leads to the field
        browser.find("#toc a[href='#field-" + s.field2() + "']").click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#field-" + s.field2());

        browser.windowSize(390, 844);
        browser.open("/planung/" + s.strategyKey());
        assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(browser.viewportWidth());
        browser.axe();
        browser.screenshot("planning-tree-phone");

        browser.open("/planung/" + s.strategyKey() + "?lang=en");
        assertThat(browser.text("#progress-heading")).isEqualTo("Implementation status");
        assertThat(browser.text("main")).contains("Field of action").contains("1 measure overdue");
        browser.axe();
    }

    @Test
    void printViewAndDeadlineTimeline() {
        PlanningPagesTestData.Scenario s = new PlanningPagesTestData(jdbc).scenario(territories);

        browser.open("/planung/" + s.strategyKey() + "/drucken");
        assertThat(browser.text("h1"))
                .isEqualTo("Leitlinien Test " + s.strategyKey().substring(11));
        assertThat(browser.find("[data-pp-print]").isDisplayed()).isTrue();
        assertThat(browser.text("main")).contains("Sprachkurse Test").contains("Kreisvolkshochschule Test");
        browser.axe();
        browser.screenshot("planning-print");

        // printed: no header, navigation, footer or print hint; the document itself stays
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.find(".site-header").isDisplayed()).isFalse();
            assertThat(browser.find(".site-footer").isDisplayed()).isFalse();
            assertThat(browser.find(".pp-print-hint").isDisplayed()).isFalse();
            assertThat(browser.find("h1").isDisplayed()).isTrue();
            assertThat(browser.find(".pp-print-table").isDisplayed()).isTrue();
            browser.screenshot("planning-print-media");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        browser.open("/planung/" + s.strategyKey() + "/fristen");
        assertThat(browser.text("h1")).startsWith("Fristen und Termine");
        browser.waitFor("#deadline-chart svg");
        assertThat(browser.text("#q-2015-4")).contains("Sprachkurse Test").contains("überfällig");
        browser.axe();
        browser.screenshot("planning-deadlines");

        browser.windowSize(390, 844);
        browser.open("/planung/" + s.strategyKey() + "/fristen");
        browser.waitFor("#deadline-chart svg");
        assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(browser.viewportWidth());
        browser.axe();
        browser.screenshot("planning-deadlines-phone");

        browser.open("/planung/" + s.strategyKey() + "/fristen?lang=en");
        assertThat(browser.text("#q-2015-4 caption")).isEqualTo("Quarter 4 of 2015");
        browser.axe();
    }
}
