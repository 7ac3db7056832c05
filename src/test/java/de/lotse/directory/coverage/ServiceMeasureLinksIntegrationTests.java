package de.lotse.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Organisations;
import de.lotse.planning.Measure;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningTestData;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Linking services to planning measures: API with If-Match, planners only, the form, and the measure page section. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ServiceMeasureLinksIntegrationTests {

    private final Strategies strategies;
    private final Measures measures;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final MockMvc mvc;

    private Measure measure;
    private UUID service;
    private String url;

    @Autowired
    ServiceMeasureLinksIntegrationTests(
            Strategies strategies, Measures measures, Organisations organisations, JdbcClient jdbc, MockMvc mvc) {
        this.strategies = strategies;
        this.measures = measures;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    @BeforeEach
    void aServiceAndAMeasure() {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        measure = PlanningTestData.aMeasure(measures, strategy, null, LocalDate.of(2030, 12, 31));
        service = new CoverageFixture(jdbc, organisations)
                .service(CoverageFixture.unique("Modellversuch Kümmerer"), null);
        url = "/api/v1/directory/services/" + service + "/measures";
    }

    private String body(long... ids) {
        StringBuilder b = new StringBuilder("{\"measureIds\":[");
        for (int i = 0; i < ids.length; i++) {
            b.append(i == 0 ? "" : ",").append(ids[i]);
        }
        return b.append("]}").toString();
    }

    @Test
    void plannersLinkWithIfMatchAndTheMeasurePageListsTheService() throws Exception {
        String etag = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put(url).with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(measure.id())))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(url).with(user("planerin").roles("PLANNER"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(measure.id())))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$[0].measureId").value(measure.id()))
                .andExpect(jsonPath("$[0].title").value(measure.title()));
        // the old version is stale now
        mvc.perform(put(url).with(user("planerin").roles("PLANNER"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DIRECTORY_SERVICE_MEASURES_CHANGED'"
                                + " AND entity_key = :s")
                        .param("s", service.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String name = jdbc.sql("SELECT name FROM directory_service WHERE id = :s")
                .param("s", service)
                .query(String.class)
                .single();
        mvc.perform(get("/massnahmen/" + measure.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"directory-services\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/beratung/angebote/" + service + "\"")))
                .andExpect(content().string(Matchers.containsString(name)));
    }

    @Test
    void unknownMeasuresAndServicesAreRejected() throws Exception {
        String etag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(put(url).with(user("planerin").roles("PLANNER"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Long.MAX_VALUE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("measureIds[0]"));
        mvc.perform(get("/api/v1/directory/services/" + UUID.randomUUID() + "/measures"))
                .andExpect(status().isNotFound());
    }

    @Test
    void nonPlannersMayNotLink() throws Exception {
        String etag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
        for (String role : new String[] {"VIEWER", "PROVIDER"}) {
            mvc.perform(put(url).with(user("jemand").roles(role))
                            .header("If-Match", etag)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(measure.id())))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/verzeichnis/abdeckung/massnahmen")
                            .with(user("jemand").roles(role))
                            .with(csrf())
                            .param("service", service.toString())
                            .param("measureIds", Long.toString(measure.id()))
                            .param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put(url).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(measure.id())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(url)).andExpect(content().json("[]"));
    }

    @Test
    void theFormLinksAndUnlinks() throws Exception {
        long version = ServiceMeasureLinks.version(java.util.List.of());
        mvc.perform(get("/verzeichnis/abdeckung/massnahmen")
                        .param("service", service.toString())
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"measure-" + measure.id() + "\"")));
        mvc.perform(post("/verzeichnis/abdeckung/massnahmen")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("service", service.toString())
                        .param("measureIds", Long.toString(measure.id()))
                        .param("version", Long.toString(version)))
                .andExpect(status().isFound());
        mvc.perform(get(url)).andExpect(jsonPath("$[0].measureId").value(measure.id()));
        long linked = ServiceMeasureLinks.version(java.util.List.of(measure.id()));
        mvc.perform(post("/verzeichnis/abdeckung/massnahmen")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("service", service.toString())
                        .param("version", Long.toString(linked)))
                .andExpect(status().isFound());
        mvc.perform(get(url)).andExpect(content().json("[]"));
    }
}
