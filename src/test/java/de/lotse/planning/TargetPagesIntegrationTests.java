package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The target page, the dashboard and the planners' target form, rendered on the server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetPagesIntegrationTests {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final TargetTestData data;
    private final Targets targets;

    @Autowired
    TargetPagesIntegrationTests(
            MockMvc mvc,
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            Targets targets) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.targets = targets;
        this.data = new TargetTestData(jdbc, catalog, values, territories);
    }

    @Test
    void theTargetPageShowsTheVerdictTheNumbersAndTheValuesTable() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE);
        data.values(key, data.peine(), "2012:16", "2013:15", "2014:14");
        long id = data.aTarget(
                plan.measureId(),
                null,
                key,
                data.peine(),
                TargetKind.ABSOLUTE,
                "12",
                LocalDate.of(2016, 12, 31),
                "16",
                "2012");

        mvc.perform(get("/ziele/" + id).param("stichtag", "2015-06-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("auf Kurs")))
                .andExpect(content().string(containsString("Bewertung zum 30.06.2015")))
                .andExpect(content().string(containsString("Der Wert muss sinken")))
                .andExpect(content().string(containsString("−1,0 Anzahl je Jahr (aus 3 Werten)")))
                .andExpect(content().string(containsString("data-date=\"2014-12-31\"")))
                .andExpect(content().string(containsString("Ziel am 31.12.2016")))
                .andExpect(content().string(not(containsString("Zielgröße bearbeiten"))));
        mvc.perform(get("/ziele/" + id).param("stichtag", "2015-06-30").param("lang", "en"))
                .andExpect(content().string(containsString("on track")))
                .andExpect(content().string(containsString("Evaluation as of 30 Jun 2015")));
        mvc.perform(get("/ziele/-3")).andExpect(status().isNotFound());
    }

    @Test
    void theDashboardCountsTheVerdictsPerFieldAndForTheStrategy() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        data.values(key, data.peine(), "2013:10", "2014:20");
        long ofMeasure = data.aTarget(
                plan.measureId(),
                null,
                key,
                data.peine(),
                TargetKind.ABSOLUTE,
                "15",
                LocalDate.of(2015, 12, 31),
                null,
                null);
        long ofObjective = data.aTarget(
                null,
                plan.objectiveIds().get(1),
                key,
                data.peine(),
                TargetKind.ABSOLUTE,
                "50",
                LocalDate.of(2015, 12, 31),
                null,
                null);

        String html = mvc.perform(
                        get("/planung/" + plan.strategyKey() + "/ampel").param("stichtag", "2015-03-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Alle Zielgrößen der Strategie: 2", "/ziele/" + ofMeasure, "/ziele/" + ofObjective);
        assertThat(html).contains("1 Zielgröße:", "1 erreicht", "1 gefährdet");
        assertThat(html.indexOf("2.1 Arbeit")).isLessThan(html.indexOf("/ziele/" + ofMeasure));
        assertThat(html.indexOf("2.2 Bildung")).isLessThan(html.indexOf("/ziele/" + ofObjective));
        mvc.perform(get("/planung/gibt-es-nicht/ampel")).andExpect(status().isNotFound());
    }

    @Test
    void aPlannerCreatesATargetThroughTheForm() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);

        mvc.perform(get("/ziele/neu")
                        .param("measure", String.valueOf(plan.measureId()))
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Neue Zielgröße")))
                .andExpect(content().string(containsString("value=\"" + key.value() + "\"")));
        mvc.perform(post("/ziele/neu")
                        .with(planner())
                        .with(csrf())
                        .param("measureId", String.valueOf(plan.measureId()))
                        .param("title", "Mehr Teilhabe")
                        .param("indicatorKey", key.value())
                        .param("territoryKey", "03157")
                        .param("baselineValue", "1.234,5")
                        .param("baselinePeriod", "2013")
                        .param("kind", "RELATIVE_PERCENT")
                        .param("targetValue", "10")
                        .param("targetDate", "2015-12-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/ziele/*"));

        assertThat(targets.ofMeasure(plan.measureId())).singleElement().satisfies(t -> {
            assertThat(t.baselineValue()).isEqualByComparingTo("1234.5");
            assertThat(t.kind()).isEqualTo(TargetKind.RELATIVE_PERCENT);
        });
        mvc.perform(get("/ziele/neu").param("measure", "-1").with(planner())).andExpect(status().isNotFound());
        mvc.perform(get("/ziele/neu").param("measure", String.valueOf(plan.measureId())))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anInvalidFormKeepsTheInputAndNamesTheFields() throws Exception {
        TargetTestData.Plan plan = data.aPlan();

        mvc.perform(post("/ziele/neu")
                        .with(planner())
                        .with(csrf())
                        .param("objectiveId", String.valueOf(plan.objectiveIds().getFirst()))
                        .param("title", "Behalten")
                        .param("territoryKey", "03157")
                        .param("kind", "ABSOLUTE")
                        .param("targetValue", "zwölf")
                        .param("targetDate", "2015-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("Bitte eine Zahl angeben")))
                .andExpect(content().string(containsString("value=\"Behalten\"")))
                .andExpect(content().string(containsString("value=\"zwölf\"")));
    }

    @Test
    void aStaleSaveShowsWhatChangedAndKeepsTheInput() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        long id = data.aTarget(
                plan.measureId(),
                null,
                key,
                data.peine(),
                TargetKind.ABSOLUTE,
                "15",
                LocalDate.of(2015, 12, 31),
                null,
                null);
        targets.update(
                id,
                1,
                new TargetDraft(
                        null,
                        null,
                        "Von jemand anderem",
                        key.value(),
                        "03157",
                        null,
                        null,
                        null,
                        TargetKind.ABSOLUTE,
                        new BigDecimal("18"),
                        LocalDate.of(2015, 12, 31),
                        null,
                        null));

        mvc.perform(post("/ziele/" + id + "/bearbeiten")
                        .with(planner())
                        .with(csrf())
                        .param("version", "1")
                        .param("title", "Meine Fassung")
                        .param("indicatorKey", key.value())
                        .param("territoryKey", "03157")
                        .param("kind", "ABSOLUTE")
                        .param("targetValue", "20")
                        .param("targetDate", "2015-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Zielgröße wurde inzwischen geändert")))
                .andExpect(content().string(containsString("Titel, Zielwert")))
                .andExpect(content().string(containsString("Von jemand anderem")))
                .andExpect(content().string(containsString("value=\"Meine Fassung\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
        assertThat(targets.find(id).orElseThrow().title()).isEqualTo("Von jemand anderem");
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }
}
