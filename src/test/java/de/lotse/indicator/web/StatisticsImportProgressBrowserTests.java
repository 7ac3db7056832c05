package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.lotse.Browser;
import de.lotse.indicator.ImportRequest;
import de.lotse.indicator.StatisticsImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The progress page of a running import (a file that stops in the middle until the test lets it go on) in German and
 * English: accessible (axe-core), with the live region updated by imports.js, and the report once the import is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImportProgressBrowserTests {

    private static final String PASSWORD = "ein langes passwort fuer den test";

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    @Autowired
    MockMvc mvc;

    @Autowired
    StatisticsImportJobs jobs;

    @Autowired
    StatisticsImporter importer;

    @Test
    void theProgressPageIsAccessibleAndShowsTheReportWhenTheImportIsDone() throws Exception {
        String planner = aPlanner();
        StringBuilder rows = new StringBuilder("territory;indicator;period;value\n");
        for (int i = 0; i < 2500; i++) {
            rows.append("03157;kein-indikator-im-katalog;2024-12-31;").append(i).append('\n');
        }
        byte[] first = rows.toString().getBytes(StandardCharsets.UTF_8);
        CountDownLatch goOn = new CountDownLatch(1);
        InputStream paused = new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    goOn.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                return -1;
            }
        };
        StatisticsImportJobs.Job job = jobs.start(
                planner,
                "gross.csv",
                first.length * 2L,
                false,
                progress -> importer.importFile(
                        "gross.csv",
                        new SequenceInputStream(new ByteArrayInputStream(first), paused),
                        ImportRequest.dryRunOnly(),
                        progress),
                done -> {});
        try {
            browser.login(planner, PASSWORD);
            browser.open("/statistik/import/auftrag/" + job.id());
            assertThat(browser.text("#report h2")).isEqualTo("Probelauf läuft");
            assertThat(browser.text("#job-refresh")).isEqualTo("Status aktualisieren");
            browser.waitFor(d -> browser.text("#job-progress").contains("2.000 Werte gelesen"));
            browser.axe();
            browser.screenshot("statistics-import-progress");

            browser.open("/statistik/import/auftrag/" + job.id() + "?lang=en");
            assertThat(browser.text("#report h2")).isEqualTo("Dry run in progress");
            assertThat(browser.text("#job-refresh")).isEqualTo("Refresh status");
            browser.waitFor(d -> browser.text("#job-progress").contains("2,000 values read"));
            browser.axe();
        } finally {
            goOn.countDown();
        }
        // imports.js reloads the page when the job is done
        browser.waitFor(d -> browser.findAll("#import-counts").size() == 1);
        browser.waitForLoad();
        assertThat(browser.text("#report h2")).isEqualTo("The file has errors");
        browser.axe();
        browser.open("/statistik/import?lang=de");
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
