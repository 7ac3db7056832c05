package de.lotse.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import page: planners only, a dry run shows the report and keeps the dataset, "übernehmen" imports it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HsdsImportPageIntegrationTests {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final HsdsTestData data;

    @Autowired
    HsdsImportPageIntegrationTests(MockMvc mvc, JdbcClient jdbc, Organisations organisations, Territories territories) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.data = new HsdsTestData(jdbc, organisations, territories);
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }

    @Test
    void onlyPlannersSeeThePage() throws Exception {
        mvc.perform(get("/verzeichnis/import").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HSDS-Import")));
        mvc.perform(get("/verzeichnis/import").with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/verzeichnis/import").param("lang", "en").with(planner()))
                .andExpect(content().string(containsString("HSDS import")));
    }

    @Test
    void aDryRunShowsTheReportAndTheDatasetIsImportedWithoutUploadingAgain() throws Exception {
        UUID id = UUID.randomUUID();
        String organization = HsdsIds.organisation(data.provider.key()).toString();
        String dataset = "[{\"id\":\"" + id + "\",\"name\":\"Seitenimport " + data.marker + "\",\"status\":\"active\","
                + "\"organization_id\":\"" + organization + "\"}]";
        MockHttpSession session = new MockHttpSession();
        MvcResult dry = mvc.perform(multipart("/verzeichnis/import")
                        .file(new MockMultipartFile(
                                "file", "angebote.json", "application/json", dataset.getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "true")
                        .session(session)
                        .with(csrf())
                        .with(planner()))
                .andExpect(redirectedUrl("/verzeichnis/import#report"))
                .andReturn();
        String page = mvc.perform(get("/verzeichnis/import")
                        .session(session)
                        .flashAttrs(dry.getFlashMap())
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ergebnis des Probelaufs")))
                .andExpect(content().string(containsString("angebote.json")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(count(id)).isZero();
        String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

        MvcResult done = mvc.perform(post("/verzeichnis/import/uebernehmen")
                        .param("token", token)
                        .session(session)
                        .with(csrf())
                        .with(planner()))
                .andExpect(redirectedUrl("/verzeichnis/import#report"))
                .andReturn();
        assertThat(count(id)).isOne();
        mvc.perform(get("/verzeichnis/import")
                        .session(session)
                        .flashAttrs(done.getFlashMap())
                        .with(planner()))
                .andExpect(content().string(containsString("Import abgeschlossen")));
    }

    @Test
    void problemsAreListedWithTheirPathAndAMissingFileIsNamed() throws Exception {
        MvcResult bad = mvc.perform(multipart("/verzeichnis/import")
                        .file(new MockMultipartFile(
                                "file",
                                "kaputt.json",
                                "application/json",
                                "[{\"name\": \"<script>alert(1)</script>\"}]".getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "true")
                        .with(csrf())
                        .with(planner()))
                .andReturn();
        mvc.perform(get("/verzeichnis/import").flashAttrs(bad.getFlashMap()).with(planner()))
                .andExpect(content().string(containsString("Import abgelehnt")))
                .andExpect(content().string(containsString("services[0].id")))
                .andExpect(content().string(containsString("services[0].organization_id")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
        mvc.perform(multipart("/verzeichnis/import").with(csrf()).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie eine Datei aus.")));
    }

    private long count(UUID id) {
        return jdbc.sql("SELECT count(*) FROM directory_service WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
