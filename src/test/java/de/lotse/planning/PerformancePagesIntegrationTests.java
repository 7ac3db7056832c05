package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorValues;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The performance-measure pages: planners define, the lead organisation's users enter values, others get 403. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PerformancePagesIntegrationTests {

    private final MockMvc mvc;
    private final TargetTestData data;
    private final PerformanceMeasures performance;

    @Autowired
    PerformancePagesIntegrationTests(
            MockMvc mvc,
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            Organisations organisations,
            PerformanceMeasures performance) {
        this.mvc = mvc;
        this.performance = performance;
        this.data = new TargetTestData(jdbc, catalog, values, territories, organisations);
    }

    @Test
    void aPlannerDefinesAndRemovesPerformanceMeasures() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        String page = "/massnahmen/" + plan.measureId() + "/bearbeiten/kennzahlen";

        mvc.perform(get(page).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wie gut haben wir es getan?")));
        mvc.perform(post(page)
                        .with(planner())
                        .with(csrf())
                        .param("question", "HOW_WELL")
                        .param("name", "Termin innerhalb einer Woche")
                        .param("unit", "%"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page).with(planner()).with(csrf()).param("name", "Ohne Frage"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("value=\"Ohne Frage\"")));

        long pm = performance
                .forMeasure(plan.measureId())
                .orElseThrow()
                .items()
                .getFirst()
                .measure()
                .id();
        mvc.perform(post(page + "/" + pm + "/entfernen").with(planner()).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(performance.forMeasure(plan.measureId()).orElseThrow().empty())
                .isTrue();
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theLeadEntersValuesAndAnotherOrganisationGets403() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        TargetTestData.Plan other = data.aPlan();
        String lead = data.aMemberOf(plan.organisationId());
        String stranger = data.aMemberOf(other.organisationId());
        mvc.perform(post("/massnahmen/" + plan.measureId() + "/bearbeiten/kennzahlen")
                        .with(planner())
                        .with(csrf())
                        .param("question", "HOW_MUCH")
                        .param("name", "Beratungsgespräche")
                        .param("unit", "Anzahl"))
                .andExpect(status().is3xxRedirection());
        long pm = performance
                .forMeasure(plan.measureId())
                .orElseThrow()
                .items()
                .getFirst()
                .measure()
                .id();
        String page = "/massnahmen/" + plan.measureId() + "/kennzahlen";

        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(stranger).roles("PROVIDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Beratungsgespräche (Anzahl)")))
                .andExpect(content().string(not(containsString("id=\"entry-form\""))));
        mvc.perform(get(page).with(user(lead).roles("PROVIDER")))
                .andExpect(content().string(containsString("id=\"entry-form\"")));
        mvc.perform(post(page)
                        .with(user(lead).roles("PROVIDER"))
                        .with(csrf())
                        .param("performanceMeasureId", String.valueOf(pm))
                        .param("period", "2015")
                        .param("value", "1.234"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page)
                        .with(user(stranger).roles("PROVIDER"))
                        .with(csrf())
                        .param("performanceMeasureId", String.valueOf(pm))
                        .param("period", "2016")
                        .param("value", "7"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page)
                        .with(user(lead).roles("PROVIDER"))
                        .with(csrf())
                        .param("performanceMeasureId", String.valueOf(pm))
                        .param("period", "Sommer")
                        .param("value", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte einen Zeitraum angeben")));

        assertThat(performance
                        .forMeasure(plan.measureId())
                        .orElseThrow()
                        .items()
                        .getFirst()
                        .values())
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("1234"));
        mvc.perform(get(page).with(user(stranger).roles("PROVIDER")))
                .andExpect(content().string(containsString("1.234")));
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }
}
