package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorValues;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Performance measures: planners define them, the lead organisation's users and planners enter values, nobody else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PerformanceApiIntegrationTests {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final TargetTestData data;

    @Autowired
    PerformanceApiIntegrationTests(
            MockMvc mvc,
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            Organisations organisations) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.data = new TargetTestData(jdbc, catalog, values, territories, organisations);
    }

    @Test
    void plannerDefinesPerformanceMeasuresAndTheLeadEntersValues() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        String lead = data.aMemberOf(plan.organisationId());
        long pm = define(plan.measureId(), "BETTER_OFF", "Vermittlungen in Arbeit", "Anzahl");
        define(plan.measureId(), "HOW_MUCH", "Beratungsgespräche", "Anzahl");

        mvc.perform(json(put(values(plan.measureId())), value(pm, "2015", "12", "erstes Halbjahr fehlt"))
                        .with(httpBasic(lead, TargetTestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2015"))
                .andExpect(jsonPath("$.value").value(12))
                .andExpect(jsonPath("$.enteredBy").value(lead));
        mvc.perform(json(put(values(plan.measureId())), value(pm, "2015", "14", null))
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(14));

        mvc.perform(get(measures(plan.measureId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].question").value("HOW_MUCH"))
                .andExpect(jsonPath("$[1].question").value("BETTER_OFF"))
                .andExpect(jsonPath("$[1].values.length()").value(1))
                .andExpect(jsonPath("$[1].values[0].value").value(14))
                .andExpect(jsonPath("$[1].values[0].enteredBy").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get(measures(plan.measureId())).with(user("planerin").roles("PLANNER")))
                .andExpect(jsonPath("$[1].values[0].enteredBy").value("planerin"));
        assertThat(audit(pm))
                .containsExactly(
                        "PERFORMANCE_MEASURE_DEFINED", "PERFORMANCE_VALUE_ENTERED", "PERFORMANCE_VALUE_CORRECTED");
    }

    @Test
    void aLeadUserOfAnotherOrganisationGets403() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        TargetTestData.Plan other = data.aPlan();
        String otherLead = data.aMemberOf(other.organisationId());
        long pm = define(plan.measureId(), "HOW_MUCH", "Beratungsgespräche", "Anzahl");

        mvc.perform(json(put(values(plan.measureId())), value(pm, "2015", "3", null))
                        .with(httpBasic(otherLead, TargetTestData.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(measures(plan.measureId())))
                .andExpect(jsonPath("$[0].values.length()").value(0));
    }

    @Test
    void definingNeedsAPlannerAndValidInput() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        String lead = data.aMemberOf(plan.organisationId());
        String body = """
                {"question": "HOW_WELL", "name": "Zufriedenheit", "unit": "%"}""";

        mvc.perform(json(post(measures(plan.measureId())), body).with(httpBasic(lead, TargetTestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(measures(plan.measureId())), """
                                {"question": null, "name": "", "unit": "%"}""")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(json(post(measures(-1)), body).with(user("planerin").roles("PLANNER")))
                .andExpect(status().isNotFound());
        mvc.perform(get(measures(-1))).andExpect(status().isNotFound());
        mvc.perform(get(measures(plan.measureId()))).andExpect(content().json("[]"));
    }

    @Test
    void refusesAnInvalidPeriodAndAPerformanceMeasureOfAnotherMeasure() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        TargetTestData.Plan other = data.aPlan();
        long pm = define(plan.measureId(), "HOW_MUCH", "Beratungsgespräche", "Anzahl");
        long foreign = define(other.measureId(), "HOW_MUCH", "Beratungsgespräche", "Anzahl");

        mvc.perform(json(put(values(plan.measureId())), value(pm, "Sommer 2015", "3", null))
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(json(put(values(plan.measureId())), value(foreign, "2015", "3", null))
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isNotFound());
    }

    private long define(long measureId, String question, String name, String unit) throws Exception {
        String response = mvc.perform(json(post(measures(measureId)), """
                                {"question": "%s", "name": "%s", "unit": "%s"}""".formatted(question, name, unit))
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(response.replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    private static String measures(long measureId) {
        return "/api/v1/measures/" + measureId + "/performance-measures";
    }

    private static String values(long measureId) {
        return "/api/v1/measures/" + measureId + "/performance-values";
    }

    private static String value(long pm, String period, String value, String note) {
        return """
                {"performanceMeasureId": %d, "period": "%s", "value": %s, "note": %s}""".formatted(pm, period, value, note == null ? "null" : "\"" + note + "\"");
    }

    private List<String> audit(long pm) {
        return jdbc.sql("""
                        SELECT action FROM audit_event WHERE entity_type = 'performance-measure' AND entity_key = ?
                         ORDER BY id""").param(String.valueOf(pm)).query(String.class).list();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
