package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Polarity;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The parts of the planning module shown together: the measure page shows the measure's target values with their
 * verdicts and its performance measures; the strategy tree rolls the verdicts up per field of action and to the
 * strategy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PlanningWiringIntegrationTests {

    private final MockMvc mvc;
    private final TargetTestData data;

    @Autowired
    PlanningWiringIntegrationTests(
            MockMvc mvc,
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            Organisations organisations) {
        this.mvc = mvc;
        this.data = new TargetTestData(jdbc, catalog, values, territories, organisations);
    }

    @Test
    void measurePageAndTreeShowTheTargetsWithTheirVerdicts() throws Exception {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey reached = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        data.values(reached, data.peine(), "2013:10", "2014:20");
        long target = data.aTarget(
                plan.measureId(),
                null,
                reached,
                data.peine(),
                TargetKind.ABSOLUTE,
                "15",
                LocalDate.of(2015, 12, 31),
                null,
                null);
        IndicatorKey empty = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        data.aTarget(
                plan.measureId(),
                null,
                empty,
                data.peine(),
                TargetKind.RELATIVE_PERCENT,
                "10",
                LocalDate.of(2030, 12, 31),
                null,
                null);

        String measure = page("/massnahmen/" + plan.measureId());
        assertThat(measure)
                .contains("id=\"measure-targets-heading\"", "/ziele/" + target, "erreicht", "keine Daten")
                .contains("id=\"measure-performance-heading\"")
                .as("the values against the target line: a chart drawn from its data table")
                .contains(
                        "id=\"target-chart-" + target + "\"", "id=\"target-values-" + target + "\"", "/js/targets.js");

        String tree = page("/planung/" + plan.strategyKey());
        assertThat(tree)
                .as("verdicts rolled up to the strategy and to the field the measure serves")
                .contains("/planung/" + plan.strategyKey() + "/ampel")
                .containsPattern("2 Zielgrößen:</a>\\s*<span class=\"tgt-count\">1 erreicht</span>");
        assertThat(tree.split("2 Zielgrößen:", -1))
                .as("strategy line and the first field's line")
                .hasSize(3);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
