package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The target API: evaluation in GET, create, conditional update (428, 409, 422), roles and the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetApiIntegrationTests {

    private static final String API = "/api/v1/targets";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final TargetTestData data;

    @Autowired
    TargetApiIntegrationTests(
            MockMvc mvc, JdbcClient jdbc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.data = new TargetTestData(jdbc, catalog, values, territories);
    }

    @Test
    void getSendsTheTargetWithItsEvaluationAndAnEtag() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE);
        data.values(key, data.peine(), "2012:16", "2013:15", "2014:14");
        long id = data.aTarget(
                plan.measureId(),
                null,
                key,
                data.peine(),
                TargetKind.RELATIVE_PERCENT,
                "-25",
                LocalDate.of(2016, 12, 31),
                "16",
                "2012");

        mvc.perform(get(API + "/" + id).param("asOf", "2015-06-30"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.territoryKey").value("03157"))
                .andExpect(jsonPath("$.kind").value("RELATIVE_PERCENT"))
                .andExpect(jsonPath("$.targetDate").value("2016-12-31"))
                .andExpect(jsonPath("$.evaluation.asOf").value("2015-06-30"))
                .andExpect(jsonPath("$.evaluation.verdict").value("ON_TRACK"))
                .andExpect(jsonPath("$.evaluation.reason").value("FORECAST_MEETS_TARGET"))
                .andExpect(jsonPath("$.evaluation.targetValue").value(12))
                .andExpect(jsonPath("$.evaluation.direction").value("FALL"))
                .andExpect(jsonPath("$.evaluation.latestValue").value(14))
                .andExpect(jsonPath("$.evaluation.latestPeriod").value("2014"))
                .andExpect(jsonPath("$.evaluation.trend.points").value(3))
                .andExpect(jsonPath("$.evaluation.trend.forecastDate").value("2016-12-31"))
                .andExpect(jsonPath("$.evaluation.values.length()").value(3));
        mvc.perform(get(API + "/-5")).andExpect(status().isNotFound());
    }

    @Test
    void listsTheTargetsOfAMeasureAndAnEmptyListForNone() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        long id = data.aTarget(
                plan.measureId(),
                null,
                key,
                data.peine(),
                TargetKind.ABSOLUTE,
                "5",
                LocalDate.of(2015, 12, 31),
                null,
                null);

        mvc.perform(get(API).param("measure", String.valueOf(plan.measureId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].evaluation.verdict").value("NO_DATA"));
        mvc.perform(get(API).param("strategy", String.valueOf(plan.strategyId())))
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get(API).param("measure", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void plannerCreatesATargetWithLocationEtagAndAuditEntry() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);

        String location = mvc.perform(json(post(API), body(plan.measureId(), key, "Mehr Teilhabe", "10"))
                        .with(planner()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Mehr Teilhabe"))
                .andExpect(jsonPath("$.evaluation.verdict").value("NO_DATA"))
                .andExpect(jsonPath("$.evaluation.reason").value("NO_VALUES"))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).isEqualTo(API + "/" + id);
        assertThat(audit(id)).containsExactly("TARGET_CREATED");
    }

    @Test
    void refusesInvalidTargetsWith422NamingEveryField() throws Exception {
        TargetTestData.Plan plan = data.aPlan();

        mvc.perform(json(post(API), """
                                {"measureId": %d, "objectiveId": %d, "title": " ", "indicatorKey": "gibt-es-nicht",
                                 "territoryKey": "99999", "kind": "ABSOLUTE", "targetValue": 3,
                                 "baselineValue": 5, "targetDate": "2015-12-31"}""".formatted(
                                        plan.measureId(), plan.objectiveIds().getFirst()))
                        .with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("owner")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("baselinePeriod")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("indicatorKey")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("territoryKey")));
    }

    @Test
    void updateNeedsIfMatchAndAStaleVersionIsRefusedWith409NamingTheChanges() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        String id = created(plan.measureId(), key);

        mvc.perform(json(put(API + "/" + id), body(null, key, "Ohne Vorbedingung", "12"))
                        .with(planner()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(json(put(API + "/" + id), body(null, key, "Erste Änderung", "12"))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.targetValue").value(12));

        mvc.perform(json(put(API + "/" + id), body(null, key, "Zweite Änderung", "15"))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changedFields", hasItem("title")))
                .andExpect(jsonPath("$.changedFields", hasItem("targetValue")))
                .andExpect(jsonPath("$.changes[0].changedBy").value("planerin"));
        mvc.perform(get(API + "/" + id)).andExpect(jsonPath("$.title").value("Erste Änderung"));
        assertThat(audit(id)).containsExactly("TARGET_CREATED", "TARGET_UPDATED");
    }

    @Test
    void theOwnerOfATargetCannotChange() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        TargetTestData.Plan other = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        String id = created(plan.measureId(), key);

        mvc.perform(json(put(API + "/" + id), body(other.measureId(), key, "Umgezogen", "10"))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
    }

    @Test
    void writingNeedsAPlanner() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        String body = body(plan.measureId(), key, "Nicht erlaubt", "10");

        mvc.perform(json(post(API), body)).andExpect(status().isUnauthorized());
        mvc.perform(json(post(API), body).with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyEndpointIsInTheOpenApiDocument() throws Exception {
        JsonNode paths = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/api/v1/openapi"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("paths");

        assertThat(paths.get("/api/v1/targets").has("get")).isTrue();
        assertThat(paths.get("/api/v1/targets").get("post").get("responses").has("422"))
                .isTrue();
        JsonNode one = paths.get("/api/v1/targets/{id}");
        assertThat(one.has("get")).isTrue();
        assertThat(one.get("put").get("responses").has("409")).isTrue();
        assertThat(one.get("put").get("responses").has("428")).isTrue();
        assertThat(paths.get("/api/v1/measures/{id}/performance-measures").has("post"))
                .isTrue();
        assertThat(paths.get("/api/v1/measures/{id}/performance-values")
                        .get("put")
                        .get("responses")
                        .has("403"))
                .isTrue();
    }

    private String created(long measureId, IndicatorKey key) throws Exception {
        String location = mvc.perform(
                        json(post(API), body(measureId, key, "Zielgröße", "10")).with(planner()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String body(Long measureId, IndicatorKey key, String title, String value) {
        return """
                {"measureId": %s, "title": "%s", "indicatorKey": "%s", "territoryKey": "03157",
                 "baselineValue": 8, "baselinePeriod": "2013", "kind": "ABSOLUTE", "targetValue": %s,
                 "targetDate": "2015-12-31"}""".formatted(measureId, title, key.value(), value);
    }

    private List<String> audit(String id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'target' AND entity_key = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
