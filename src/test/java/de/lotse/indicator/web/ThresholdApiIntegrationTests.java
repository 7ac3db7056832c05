package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.Polarity;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The threshold API: create, read, change with If-Match, delete; validation, permissions and the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ThresholdApiIntegrationTests {

    private static final String DEVIATION = """
            {"kind":"DEVIATION","direction":"WORSE","limit":1.5,"scopeTerritory":"03157","scopeLevel":"MUNICIPALITY",
             "severity":"WARNING","note":"Beschluss des Jugendhilfeausschusses"}""";

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ThresholdApiIntegrationTests(MockMvc mvc, IndicatorCatalog catalog, JdbcClient jdbc) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Test
    void plannerCreatesReadsChangesAndDeletesAThreshold() throws Exception {
        IndicatorKey key = indicator(Polarity.HIGHER_IS_WORSE);
        String base = "/api/v1/indicators/" + key.value() + "/thresholds";

        String created = mvc.perform(asPlanner(
                        post(base).contentType(MediaType.APPLICATION_JSON).content(DEVIATION)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().string("Location", Matchers.startsWith(base + "/")))
                .andExpect(jsonPath("$.indicator").value(key.value()))
                .andExpect(jsonPath("$.kind").value("DEVIATION"))
                .andExpect(jsonPath("$.direction").value("WORSE"))
                .andExpect(jsonPath("$.limit").value(1.5))
                .andExpect(jsonPath("$.scopeTerritory.key").value("03157"))
                .andExpect(jsonPath("$.scopeLevel").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.severity").value("WARNING"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.createdBy").value("planerin"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        String one = base + "/" + id;

        mvc.perform(get(base))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get(one)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        String absolute = """
                {"kind":"ABSOLUTE","direction":"ABOVE","limit":"12,5","severity":"NOTICE"}""";
        mvc.perform(asPlanner(put(one).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(absolute)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.kind").value("ABSOLUTE"))
                .andExpect(jsonPath("$.limit").value(12.5))
                .andExpect(jsonPath("$.scopeTerritory").isEmpty())
                .andExpect(jsonPath("$.version").value(2));

        mvc.perform(asPlanner(put(one).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DEVIATION)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.currentVersion").value(2));
        mvc.perform(asPlanner(put(one).contentType(MediaType.APPLICATION_JSON).content(DEVIATION)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(asPlanner(put(one).header("If-Match", "neu")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DEVIATION)))
                .andExpect(status().isBadRequest());
        mvc.perform(asPlanner(delete(one).header("If-Match", "\"1\""))).andExpect(status().isPreconditionFailed());

        mvc.perform(asPlanner(delete(one).header("If-Match", "\"2\""))).andExpect(status().isNoContent());
        mvc.perform(get(one)).andExpect(status().isNotFound());
        mvc.perform(asPlanner(delete(one))).andExpect(status().isNotFound());

        List<String> actions = jdbc.sql(
                        "SELECT action || ' ' || actor FROM audit_event WHERE entity_type = 'indicator-threshold'"
                                + " AND entity_key = ? ORDER BY id")
                .param(key.value() + "/" + id)
                .query(String.class)
                .list();
        assertThat(actions)
                .containsExactly(
                        "THRESHOLD_CREATED planerin", "THRESHOLD_UPDATED planerin", "THRESHOLD_DELETED planerin");
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() throws Exception {
        IndicatorKey neutral = indicator(Polarity.NEUTRAL);
        String base = "/api/v1/indicators/" + neutral.value() + "/thresholds";
        expectInvalid(base, """
                {"kind":"ABSOLUTE","direction":"ABOVE","limit":"viel","severity":"NOTICE"}""", "limit");
        expectInvalid(base, """
                {"kind":"DEVIATION","direction":"ABOVE","limit":0,"severity":"NOTICE"}""", "limit");
        expectInvalid(base, """
                {"kind":"DEVIATION","direction":"WORSE","limit":1,"severity":"NOTICE"}""", "direction");
        expectInvalid(base, """
                {"direction":"ABOVE","limit":1,"severity":"NOTICE"}""", "kind");
        expectInvalid(base, """
                {"kind":"ABSOLUTE","direction":"ABOVE","limit":1,"severity":"URGENT"}""", "severity");
        expectInvalid(base, """
                {"kind":"ABSOLUTE","direction":"ABOVE","limit":1,"severity":"NOTICE","scopeTerritory":"09999"}""", "scopeTerritory");
        expectInvalid(base, """
                {"kind":"ABSOLUTE","direction":"ABOVE","limit":1,"severity":"NOTICE","scopeLevel":"STATE"}""", "scopeLevel");
        mvc.perform(asPlanner(post(base).contentType(MediaType.APPLICATION_JSON).content("{nicht json")))
                .andExpect(status().isBadRequest());
        mvc.perform(asPlanner(post("/api/v1/indicators/gibt-es-nicht-x7/thresholds")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DEVIATION)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base)).andExpect(status().isOk()).andExpect(content().json("[]"));
    }

    @Test
    void writingNeedsAPlanner() throws Exception {
        IndicatorKey key = indicator(Polarity.HIGHER_IS_WORSE);
        String base = "/api/v1/indicators/" + key.value() + "/thresholds";
        mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content(DEVIATION))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DEVIATION)
                        .with(user("betrachter").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(put(base + "/1")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DEVIATION))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete(base + "/1").with(user("betrachter").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get(base)).andExpect(status().isOk()).andExpect(content().json("[]"));
        mvc.perform(post(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DEVIATION)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isCreated());
    }

    @Test
    void everyEndpointIsInTheOpenApiDocument() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode paths = document.get("paths");
        JsonNode collection = paths.get("/api/v1/indicators/{key}/thresholds");
        assertThat(collection.has("get")).isTrue();
        assertThat(collection.get("post").get("responses").has("400")).isTrue();
        JsonNode one = paths.get("/api/v1/indicators/{key}/thresholds/{id}");
        assertThat(one.get("put").get("responses").has("412")).isTrue();
        assertThat(one.has("delete")).isTrue();
        assertThat(paths.has("/api/v1/analysis/early-warning")).isTrue();
        assertThat(paths.has("/api/v1/life-course/{territory}")).isTrue();
    }

    private void expectInvalid(String url, String body, String field) throws Exception {
        String problem = mvc.perform(asPlanner(
                        post(url).contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode node = json.readTree(problem);
        assertThat(node.get("field").asString()).as(body).isEqualTo(field);
        assertThat(node.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(node.get("detail").asString()).contains(field);
    }

    private static MockHttpServletRequestBuilder asPlanner(MockHttpServletRequestBuilder request) {
        return request.with(user("planerin").roles("PLANNER"));
    }

    private IndicatorKey indicator(Polarity polarity) {
        return catalog.create(WarningFixtures.definition("api", "Testindikator", polarity, ConfidentialityRule.NONE))
                .key();
    }
}
