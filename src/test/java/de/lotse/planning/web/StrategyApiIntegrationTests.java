package de.lotse.planning.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.planning.Measure;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningTestData;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The strategy and cross-cutting-aspect API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StrategyApiIntegrationTests {

    private final MockMvc mvc;
    private final Strategies strategies;
    private final Measures measures;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    StrategyApiIntegrationTests(MockMvc mvc, Strategies strategies, Measures measures) {
        this.mvc = mvc;
        this.strategies = strategies;
        this.measures = measures;
    }

    @Test
    void listsAndReadsAStrategyWithFieldsObjectivesAndMeasureIds() throws Exception {
        Strategy s = PlanningTestData.aStrategy(strategies);
        Measure m = PlanningTestData.aMeasure(measures, s, null, null);
        mvc.perform(get("/api/v1/strategies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + s.id() + ")].key").value(s.key()))
                .andExpect(jsonPath("$[?(@.id == " + s.id() + ")].type").value("GUIDELINES"))
                .andExpect(jsonPath("$[?(@.id == " + s.id() + ")].status").value("DRAFT"));
        mvc.perform(get("/api/v1/strategies/" + s.id()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value(s.title()))
                .andExpect(jsonPath("$.sections[0].kind").value("PREAMBLE"))
                .andExpect(jsonPath("$.fieldsOfAction", Matchers.hasSize(2)))
                .andExpect(jsonPath("$.fieldsOfAction[0].title").value("Bildung"))
                .andExpect(jsonPath("$.fieldsOfAction[0].objectives[0].title").value("Übergänge begleiten"))
                .andExpect(jsonPath("$.fieldsOfAction[0].measureIds[0]").value(m.id()))
                .andExpect(jsonPath("$.fieldsOfAction[0].objectives[0].measureIds[0]")
                        .value(m.id()))
                .andExpect(jsonPath("$.fieldsOfAction[1].measureIds", Matchers.hasSize(0)))
                .andExpect(jsonPath("$.measureIds[0]").value(m.id()));
        mvc.perform(get("/api/v1/strategies/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void plannerCreatesAndChangesAStrategyWithIfMatch() throws Exception {
        String key = PlanningTestData.unique("leitbild");
        String body = """
                {"key": "%s", "type": "MISSION_STATEMENT", "title": "Leitbild Integration", "status": "ADOPTED",
                 "edition": "2006", "decision": {"date": "2006-06-14", "paperNumber": "2006/037"},
                 "sections": [{"kind": "PRINCIPLE", "title": "Leitsatz 1", "body": "Teilhabe."}]}""".formatted(key);
        String created = mvc.perform(post("/api/v1/strategies")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.decision.paperNumber").value("2006/037"))
                .andExpect(jsonPath("$.decision.date").value("2006-06-14"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(post("/api/v1/strategies")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        mvc.perform(post("/api/v1/strategies")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("2006/037", "Vorlage 37")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("decision.paperNumber"));
        mvc.perform(put("/api/v1/strategies/" + id)
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/strategies/" + id)
                        .with(user("planerin").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("ADOPTED", "SUPERSEDED")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.status").value("SUPERSEDED"));
        mvc.perform(put("/api/v1/strategies/" + id)
                        .with(user("planer").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changedFields[0]").value("status"));
        mvc.perform(post("/api/v1/strategies")
                        .with(user("anbieter").roles("PROVIDER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void plannerAddsChangesAndReordersFieldsOfAction() throws Exception {
        Strategy s = PlanningTestData.aStrategy(strategies);
        String base = "/api/v1/strategies/" + s.id() + "/fields-of-action";
        String created = mvc.perform(post(base)
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "2.3", "title": "Gesundheit", "situation": "Ausgangslage",
                                 "objectives": [{"title": "Prävention stärken"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.objectives[0].title").value("Prävention stärken"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long field = json.readTree(created).get("id").asLong();
        long objective =
                json.readTree(created).get("objectives").get(0).get("id").asLong();
        String change = """
                {"code": "2.3", "title": "Gesundheit und Pflege",
                 "objectives": [{"id": %d, "title": "Prävention ausbauen"}, {"title": "Pflege sichern"}]}""".formatted(objective);
        mvc.perform(put(base + "/" + field)
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(base + "/" + field)
                        .with(user("planerin").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.objectives[*].title", Matchers.contains("Prävention ausbauen", "Pflege sichern")));
        mvc.perform(put(base + "/" + field)
                        .with(user("planer").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changedFields", Matchers.hasItems("title", "objectives")));
        mvc.perform(put(base + "/order")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fieldIds\": [%d, %d, %d]}"
                                .formatted(
                                        field,
                                        s.fields().get(1).id(),
                                        s.fields().get(0).id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(field));
        mvc.perform(put(base + "/order")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fieldIds\": [%d]}".formatted(field)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/strategies/" + s.id() + "/fields-of-action/999999999")
                        .with(user("planerin").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesThePlanningEndpoints() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/strategies'].get.summary").value("List strategies"))
                .andExpect(jsonPath("$.paths['/api/v1/strategies/{id}'].put.responses['409']")
                        .exists())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/measures'].get.parameters[*].name",
                        Matchers.hasItems("strategy", "status", "field", "overdue")))
                .andExpect(jsonPath("$.paths['/api/v1/measures/{id}'].put.responses['428']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/measures/{id}/status-reports'].post.responses['403']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/cross-cutting-aspects'].post")
                        .exists());
    }

    @Test
    void listsAndAddsCrossCuttingAspects() throws Exception {
        String key = PlanningTestData.unique("praevention");
        mvc.perform(post("/api/v1/cross-cutting-aspects")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\": \"" + key + "\", \"nameDe\": \"Prävention\", \"nameEn\": \"Prevention\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.key").value(key));
        mvc.perform(get("/api/v1/cross-cutting-aspects"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == '" + key + "')].nameEn").value("Prevention"));
        mvc.perform(post("/api/v1/cross-cutting-aspects")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\": \"" + key + "\", \"nameDe\": \"Doppelt\"}"))
                .andExpect(status().isUnprocessableContent());
    }
}
