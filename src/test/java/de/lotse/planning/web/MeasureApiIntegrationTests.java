package de.lotse.planning.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.planning.Measure;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningTestData;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The measure API: list with filters, read with ETag, create, change with If-Match, status reports, permissions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeasureApiIntegrationTests {

    private final MockMvc mvc;
    private final Strategies strategies;
    private final Measures measures;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MeasureApiIntegrationTests(
            MockMvc mvc, Strategies strategies, Measures measures, Organisations organisations, JdbcClient jdbc) {
        this.mvc = mvc;
        this.strategies = strategies;
        this.measures = measures;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Test
    void plannerCreatesReadsAndChangesAMeasure() throws Exception {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        long field = strategy.fields().getFirst().id();
        String body = """
                {"strategyId": %d, "code": "3.1", "title": "Beratungslandschaft", "countyWide": true,
                 "deadline": "2015-12-31", "fieldIds": [%d], "targetGroups": ["Ratsuchende"],
                 "lifeStages": ["WORKING_AGE"], "budget": {"planned": 10000},
                 "costItems": [{"category": "TRAVEL", "label": "Fahrtkosten"},
                               {"category": "RENT", "label": "Miete"}],
                 "links": [{"kind": "COUNCIL_PAPER", "label": "Vorlage", "paperNumber": "2014/026"}],
                 "activities": [{"kind": "CONFERENCE", "onDate": "2018-09-12", "title": "Sozialraumkonferenz"}]}
                """.formatted(strategy.id(), field);
        String created = mvc.perform(post("/api/v1/measures")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Beratungslandschaft"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.deadline").value("2015-12-31"))
                .andExpect(jsonPath("$.budget.planned").value(10000.0))
                .andExpect(jsonPath("$.costItems[0].planned").doesNotExist())
                .andExpect(jsonPath("$.links[0].paperNumber").value("2014/026"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(get("/api/v1/measures/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.fields[0].id").value(field))
                .andExpect(jsonPath("$.lifeStages[0]").value("WORKING_AGE"))
                .andExpect(jsonPath("$.activities[0].onDate").value("2018-09-12"))
                .andExpect(jsonPath("$.statusReports").isArray());
        mvc.perform(get("/api/v1/measures").param("strategy", Long.toString(strategy.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(1)))
                .andExpect(jsonPath("$[0].overdue").value(true));
        mvc.perform(get("/api/v1/measures")
                        .param("strategy", Long.toString(strategy.id()))
                        .param("status", "DONE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(0)));

        mvc.perform(put("/api/v1/measures/" + id)
                        .with(user("planerin").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Beratungslandschaft", "Beratung vor Ort")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.title").value("Beratung vor Ort"));
    }

    @Test
    void putNeedsIfMatchAndRefusesAStaleVersionWithTheChangedFields() throws Exception {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        Measure m = PlanningTestData.aMeasure(measures, strategy, null, null);
        String body = """
                {"title": "Geändert", "countyWide": true, "deadline": "2016-06-30"}""";
        mvc.perform(put("/api/v1/measures/" + m.id())
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/measures/" + m.id())
                        .with(user("planerin").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/measures/" + m.id())
                        .with(user("planer").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Geändert", "Anders")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changedFields", Matchers.hasItems("title", "deadline")))
                .andExpect(jsonPath("$.changes[0].changedBy").value("planerin"));
        mvc.perform(put("/api/v1/measures/" + m.id())
                        .with(user("planerin").roles("PLANNER"))
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "", "countyWide": true,
                                 "links": [{"kind": "COUNCIL_PAPER", "label": "V", "paperNumber": "14-026"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("links[0]")));
        mvc.perform(put("/api/v1/measures/999999999")
                        .with(user("planerin").roles("PLANNER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/measures/" + m.id())
                        .with(user("anbieter").roles("PROVIDER"))
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void leadOrganisationUsersReportOnTheirOwnMeasuresOnly() throws Exception {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        Organisation a = PlanningTestData.anOrganisation(organisations);
        Organisation b = PlanningTestData.anOrganisation(organisations);
        String provider = PlanningTestData.aUser(jdbc, "PROVIDER");
        organisations.addMember(a.id(), provider);
        Measure own = PlanningTestData.aMeasure(measures, strategy, a.id(), null);
        Measure foreign = PlanningTestData.aMeasure(measures, strategy, b.id(), null);
        String report = """
                {"status": "IN_PROGRESS", "progress": 25, "text": "Erste Sprechstunden in Vechelde"}""";

        mvc.perform(post("/api/v1/measures/" + foreign.id() + "/status-reports")
                        .with(httpBasic(provider, PlanningTestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", Matchers.containsString("lead organisation")));
        mvc.perform(post("/api/v1/measures/" + own.id() + "/status-reports")
                        .with(httpBasic(provider, PlanningTestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value(provider))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.progress").value(25));
        mvc.perform(post("/api/v1/measures/" + own.id() + "/status-reports")
                        .with(httpBasic(provider, PlanningTestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"status": "PLANNED", "text": "zurück"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/measures/" + own.id() + "/status-reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/measures/" + own.id() + "/status-reports"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(1)))
                .andExpect(jsonPath("$[0].asOf").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$[0].author").value(Matchers.nullValue()));
        mvc.perform(get("/api/v1/measures/" + own.id()))
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.statusReports[0].text").value("Erste Sprechstunden in Vechelde"))
                .andExpect(content().string(Matchers.not(Matchers.containsString(provider))));
        mvc.perform(get("/massnahmen/" + own.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(provider))));
        mvc.perform(get("/api/v1/measures/" + own.id() + "/status-reports")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(jsonPath("$[0].author").value(provider));
        mvc.perform(get("/api/v1/measures/" + foreign.id() + "/status-reports"))
                .andExpect(jsonPath("$", Matchers.hasSize(0)));
    }

    @Test
    void emptyEntriesInListsAreLeftOutInsteadOfFailing() throws Exception {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        mvc.perform(post("/api/v1/measures")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"strategyId": %d, "title": "Mit leeren Einträgen", "countyWide": true,
                                 "lifeStages": [null, "KITA"], "fieldIds": [null], "aspectIds": [null]}
                                """.formatted(strategy.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lifeStages", Matchers.contains("KITA")))
                .andExpect(jsonPath("$.fields", Matchers.hasSize(0)));
    }

    @Test
    void answersNotFoundAndEmptyLists() throws Exception {
        mvc.perform(get("/api/v1/measures/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", Matchers.containsString("problem+json")));
        mvc.perform(get("/api/v1/measures").param("strategy", "999999999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(0)));
        mvc.perform(get("/api/v1/measures/999999999/status-reports")).andExpect(status().isNotFound());
    }

    JsonNode read(String text) {
        return json.readTree(text);
    }
}
