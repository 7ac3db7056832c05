package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Imports on the page run in the background: while one is reading a file (here a stream that stops in the middle
 * until the test lets it go on), its page shows the progress with a live region and a refresh link, the status
 * endpoint answers, and other pages are served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImportJobsIntegrationTests {

    private static final String OWNER = "planner-import-jobs";

    private final MockMvc mvc;
    private final StatisticsImportJobs jobs;
    private final StatisticsImporter importer;

    @Autowired
    StatisticsImportJobsIntegrationTests(MockMvc mvc, StatisticsImportJobs jobs, StatisticsImporter importer) {
        this.mvc = mvc;
        this.jobs = jobs;
        this.importer = importer;
    }

    @Test
    void showsTheProgressOfARunningImportAndServesOtherRequestsMeanwhile() throws Exception {
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
        long total = first.length + 1000L;
        StatisticsImportJobs.Job job = jobs.start(
                OWNER,
                "gross.csv",
                total,
                false,
                progress -> importer.importFile(
                        "gross.csv",
                        new SequenceInputStream(new ByteArrayInputStream(first), paused),
                        ImportRequest.dryRunOnly(),
                        progress),
                done -> {});
        try {
            for (int i = 0; i < 1200 && job.rowsRead() < 2000; i++) {
                Thread.sleep(50);
            }
            assertThat(job.state()).isEqualTo(StatisticsImportJobs.State.RUNNING);
            assertThat(job.rowsRead()).isEqualTo(2000);

            mvc.perform(get("/statistik/import/auftrag/" + job.id()).with(planner()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Probelauf läuft")))
                    .andExpect(content().string(containsString("aria-live=\"polite\"")))
                    .andExpect(content().string(containsString("2.000 Werte gelesen")))
                    .andExpect(content().string(containsString("<progress id=\"job-bar\" max=\"100\"")))
                    .andExpect(content().string(containsString("href=\"/statistik/import/auftrag/" + job.id() + "\"")))
                    .andExpect(content().string(containsString("Status aktualisieren")))
                    .andExpect(content().string(containsString("/js/imports.js")));
            mvc.perform(get("/statistik/import/auftrag/" + job.id() + "/status").with(planner()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("RUNNING"))
                    .andExpect(jsonPath("$.finished").value(false))
                    .andExpect(jsonPath("$.rowsRead").value(2000));
            // the server goes on serving other requests meanwhile
            mvc.perform(get("/statistik/import").with(planner())).andExpect(status().isOk());
            mvc.perform(get("/")).andExpect(status().isOk());
        } finally {
            goOn.countDown();
        }
        for (int i = 0; i < 1200 && !job.finished(); i++) {
            Thread.sleep(50);
        }
        assertThat(job.state()).isEqualTo(StatisticsImportJobs.State.DONE);
        assertThat(job.report().rowsRead()).isEqualTo(2500);
        assertThat(job.report().errorTotal()).isEqualTo(2500);
        mvc.perform(get("/statistik/import/auftrag/" + job.id()).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Datei enthält Fehler")))
                .andExpect(content().string(containsString("2.400 weitere nicht aufgeführt")));
    }

    private static RequestPostProcessor planner() {
        return user(OWNER).roles("PLANNER");
    }
}
