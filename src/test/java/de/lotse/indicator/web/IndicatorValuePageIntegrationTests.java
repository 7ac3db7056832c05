package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Provenance;
import de.lotse.indicator.StatusSymbol;
import de.lotse.indicator.Topic;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The value page {@code /indikatoren/{key}/werte/{territory}/{period}} on the real Gemeinden of Landkreis Peine. All
 * figures are synthetic test input. Anonymous responses must not contain a suppressed figure anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorValuePageIntegrationTests {

    private static final Period Y2015 = Period.year(2015);

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    @Autowired
    IndicatorValuePageIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void showsAPublicValueWithProvenanceStatusAndItsRevisionHistory() throws Exception {
        IndicatorKey key = create("offen", ConfidentialityRule.NONE, new Formula.Raw());
        Territory gemeinde = gemeinde();
        values.write(List.of(NewValue.of(key, gemeinde.id(), Y2015, new BigDecimal("4811"))
                .from(Provenance.fileLine("alt.csv", 7))));
        values.write(List.of(new NewValue(key, gemeinde.id(), Y2015, new BigDecimal("4822"), null, null, null)
                .from(Provenance.fileLine("neu.csv", 12))));

        String page = page(key, gemeinde, "2015", null);
        assertThat(page)
                .contains("id=\"value-figure\">4.822 Anzahl</strong>")
                .contains("neu.csv", "<dd>12</dd>")
                .contains("Version 1 (aktuell gilt Version 1)")
                .contains("id=\"revisions\"", "1 früherer Wert, der neueste zuerst", "<td class=\"num\">4.811</td>")
                .contains("<span>alt.csv</span>, <span>Zeile 7</span>")
                // who recorded it is shown to signed-in users only
                .doesNotContain("Erfasst von");
        assertThat(page(key, gemeinde, "2015", "PLANNER")).contains("Erfasst von", "Ersetzt von");
        assertThat(page(key, gemeinde, "2015", null, "en")).contains("Former values (corrections)", "4,822 Anzahl");
    }

    @Test
    void neverShowsTheAnonymousPublicASuppressedValueOrItsFormerValues() throws Exception {
        IndicatorKey key = create("geheim", new ConfidentialityRule(10_000, null), new Formula.Raw());
        Territory gemeinde = gemeinde();
        values.write(List.of(NewValue.of(key, gemeinde.id(), Y2015, new BigDecimal("7313"))));
        values.write(List.of(NewValue.of(key, gemeinde.id(), Y2015, new BigDecimal("7331"))));

        for (String role : new String[] {null, "VIEWER", "PROVIDER"}) {
            String page = page(key, gemeinde, "2015", role);
            assertThat(page)
                    .as("page for %s", role)
                    .doesNotContain("7331", "7.331")
                    .doesNotContain("7313", "7.313")
                    .contains("id=\"suppressed-note\"")
                    .contains("id=\"history-withheld\"")
                    .contains("nicht öffentlich");
        }
        String planner = page(key, gemeinde, "2015", "PLANNER");
        assertThat(planner)
                .contains("7.331 Anzahl", "id=\"confidential-badge\"", "vertraulich")
                .contains("<td class=\"num\">7.313</td>")
                .doesNotContain("id=\"suppressed-note\"");
        assertThat(page(key, gemeinde, "2015", "ADMIN")).contains("7.331");
    }

    @Test
    void aWithheldStatusIsExplainedAndItsStoredFigureNotShown() throws Exception {
        IndicatorKey key = create("punkt", ConfidentialityRule.NONE, new Formula.Raw());
        Territory gemeinde = gemeinde();
        values.write(List.of(new NewValue(
                key, gemeinde.id(), Y2015, new BigDecimal("5923"), StatusSymbol.UNKNOWN_OR_SECRET, null, null)));
        String page = page(key, gemeinde, "2015", null);
        assertThat(page)
                .doesNotContain("5923", "5.923")
                .contains("id=\"status-explained\"><code>.</code>")
                .contains("Zahlenwert unbekannt oder geheim zu halten");
    }

    @Test
    void showsTheInputsOfAComputedValueOnlyWhenNoneIsWithheld() throws Exception {
        IndicatorKey numerator = create("zaehler", ConfidentialityRule.NONE, new Formula.Raw());
        IndicatorKey denominator = create("nenner", ConfidentialityRule.NONE, new Formula.Raw());
        IndicatorKey open = create(
                "quote", ConfidentialityRule.NONE, new Formula.Ratio(numerator, denominator, BigDecimal.valueOf(100)));
        IndicatorKey guarded = create(
                "quote-geheim",
                new ConfidentialityRule(10_000, null),
                new Formula.Ratio(numerator, denominator, BigDecimal.valueOf(100)));
        Territory gemeinde = gemeinde();
        values.write(List.of(
                NewValue.of(numerator, gemeinde.id(), Y2015, new BigDecimal("4567")),
                NewValue.of(denominator, gemeinde.id(), Y2015, new BigDecimal("91340"))));

        assertThat(page(open, gemeinde, "2015", null))
                .contains("id=\"inputs\"", "Zähler", "Nenner", "4.567 Anzahl", "91.340 Anzahl")
                .contains("id=\"value-figure\">5 Anzahl</strong>")
                .contains("id=\"computed-result\"")
                .contains("id=\"not-stored\"");

        String anonymous = page(guarded, gemeinde, "2015", null);
        assertThat(anonymous)
                .contains("id=\"inputs-withheld\"")
                .doesNotContain("4567", "4.567")
                .doesNotContain("91340", "91.340")
                .doesNotContain("id=\"computed-result\"");
        assertThat(page(guarded, gemeinde, "2015", "PLANNER")).contains("4.567", "91.340", "vertraulich");
    }

    @Test
    void readsSchoolYearsAsTwoPathSegmentsAndAnswers404ForUnknownCells() throws Exception {
        IndicatorKey key = create("schuljahr", ConfidentialityRule.NONE, new Formula.Raw());
        Territory gemeinde = gemeinde();
        values.write(List.of(NewValue.of(key, gemeinde.id(), Period.schoolYear(2015), new BigDecimal("6011"))));
        assertThat(IndicatorValuePageController.href(key, gemeinde, Period.schoolYear(2015)))
                .endsWith("/werte/" + gemeinde.key() + "/2015/16");
        assertThat(page(key, gemeinde, "2015/16", null)).contains("6.011 Anzahl");

        mvc.perform(get("/indikatoren/" + key + "/werte/" + gemeinde.key() + "/2014"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/indikatoren/" + key + "/werte/99999/2015")).andExpect(status().isNotFound());
        mvc.perform(get("/indikatoren/" + key + "/werte/" + gemeinde.key() + "/gestern"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/indikatoren/gibt-es-nicht-7/werte/" + gemeinde.key() + "/2015"))
                .andExpect(status().isNotFound());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String page(IndicatorKey key, Territory territory, String period, String role) throws Exception {
        return page(key, territory, period, role, null);
    }

    private String page(IndicatorKey key, Territory territory, String period, String role, String lang)
            throws Exception {
        var request = get("/indikatoren/" + key + "/werte/" + territory.key() + "/" + period);
        if (role != null) {
            RequestPostProcessor as = user(role.toLowerCase()).roles(role);
            request = request.with(as);
        }
        if (lang != null) {
            request = request.param("lang", lang);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Territory gemeinde() {
        Territory peine = territories.find("03157").orElseThrow();
        return territories.children(peine, TerritoryLevel.MUNICIPALITY).getFirst();
    }

    private IndicatorKey create(String prefix, ConfidentialityRule rule, Formula formula) {
        IndicatorDefinition base = IndicatorCataloguePageIntegrationTests.definition(
                prefix + "-"
                        + Long.toHexString(
                                java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1),
                "Wertseite " + prefix,
                Topic.SOCIAL_SECURITY);
        IndicatorDefinition d = new IndicatorDefinition(
                base.key(),
                base.name(),
                base.shortName(),
                base.definition(),
                base.interpretation(),
                formula,
                base.unit(),
                base.decimals(),
                base.source(),
                base.licence(),
                base.attribution(),
                base.referenceDate(),
                base.levels(),
                base.polarity(),
                base.topic(),
                base.lifeStages(),
                base.kind(),
                rule);
        return catalog.create(d).key();
    }
}
