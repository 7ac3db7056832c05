package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.lotse.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The statistics import page in headless Chromium, scanned with axe-core (WCAG 2.1 AA). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImportBrowserTests {

    private static final String PASSWORD = "ein langes passwort fuer den test";

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorCatalog catalog;

    @Test
    void plannerChecksALongFormatFileAndCommitsIt(@TempDir Path dir) throws Exception {
        String planner = aPlanner();
        IndicatorKey key = uniqueKey("import-browser");
        catalog.create(anIndicator(key).build());
        Path file = dir.resolve("bevoelkerung.csv");
        Files.writeString(
                file,
                "territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03354;" + key
                        + ";2024-12-31;46502\n",
                StandardCharsets.UTF_8);

        browser.login(planner, PASSWORD);
        browser.open("/statistik/import");
        assertThat(browser.text("h1")).isEqualTo("Statistik-Import");
        assertThat(browser.text(".main-nav")).contains("Statistik-Import");
        browser.axe();
        browser.screenshot("statistics-import-form");

        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(browser.find("#upload-form button[type=submit]"));

        // the dry run runs in the background; imports.js reloads the job's page when it is done
        assertThat(browser.currentPath()).startsWith("/statistik/import/auftrag/");
        browser.waitFor("#import-counts");
        browser.waitForLoad();
        assertThat(browser.text("#report h2")).isEqualTo("Ergebnis des Probelaufs");
        assertThat(browser.text("#report .notice")).contains("Probelauf ohne Fehler");
        assertThat(browser.text("#import-counts")).contains("neu 2");
        browser.axe();
        browser.screenshot("statistics-import-dry-run");

        browser.clickAndWait(browser.find("#commit-form button[type=submit]"));
        browser.waitFor(d -> d.getPageSource().contains("Import übernommen"));
        browser.waitForLoad();
        assertThat(browser.text("#report h2")).isEqualTo("Import übernommen");
        browser.axe();
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
