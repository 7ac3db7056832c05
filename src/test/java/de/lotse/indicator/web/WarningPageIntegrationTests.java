package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.Threshold;
import de.lotse.indicator.ThresholdDraft;
import de.lotse.indicator.Thresholds;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The early-warning pages: access, CSRF, form handling, stale edits and confidentiality in the HTML. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WarningPageIntegrationTests {

    private static final long[] COUNTS = {2, 10, 25, 40, 55, 70, 90};

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Thresholds thresholds;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    WarningPageIntegrationTests(
            MockMvc mvc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Thresholds thresholds,
            Territories territories,
            JdbcClient jdbc) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.thresholds = thresholds;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    @Test
    void managementIsForPlannersAndFormsNeedTheCsrfToken() throws Exception {
        IndicatorKey key = indicator("seiten", Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE);
        mvc.perform(get("/fruehwarnung/schwellen")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/fruehwarnung/schwellen").with(user("betrachter").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(form("/fruehwarnung/schwellen/neu", key, "1.5")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isForbidden());
        assertThat(thresholds.list(key)).isEmpty();

        mvc.perform(form("/fruehwarnung/schwellen/neu", key, "1,5")
                        .with(planner())
                        .with(csrf()))
                .andExpect(redirectedUrl("/fruehwarnung/schwellen"));
        Threshold created = thresholds.list(key).getFirst();
        assertThat(created.rule().limit()).isEqualByComparingTo("1.5");
        assertThat(created.createdBy()).isEqualTo("planerin");

        String html = page(get("/fruehwarnung/schwellen").with(planner()));
        assertThat(html).contains(key.value()).contains("mehr als 1,5 Standardabweichungen");

        String errors = page(
                form("/fruehwarnung/schwellen/neu", key, "").with(planner()).with(csrf()));
        assertThat(errors).contains("Bitte geben Sie die Schwelle an.").contains("aria-invalid=\"true\"");

        String edit = "/fruehwarnung/schwellen/" + key.value() + "/" + created.id() + "/bearbeiten";
        mvc.perform(form(edit, key, "2").param("version", "1").with(planner()).with(csrf()))
                .andExpect(redirectedUrl("/fruehwarnung/schwellen"));
        String stale =
                page(form(edit, key, "3").param("version", "1").with(planner()).with(csrf()));
        assertThat(stale).contains("inzwischen von jemand anderem geändert");
        assertThat(thresholds.get(key, created.id()).rule().limit()).isEqualByComparingTo("2");

        String delete = "/fruehwarnung/schwellen/" + key.value() + "/" + created.id() + "/loeschen";
        assertThat(page(get(delete).with(planner()))).contains("Endgültig löschen");
        mvc.perform(post(delete).param("version", "2").with(planner()).with(csrf()))
                .andExpect(redirectedUrl("/fruehwarnung/schwellen"));
        assertThat(thresholds.list(key)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_key = ?")
                        .param(key.value() + "/" + created.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void publicPagesShowNoAlertOnASuppressedValue() throws Exception {
        IndicatorKey key = indicator("geheim", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        List<Territory> gemeinden = WarningFixtures.gemeinden(territories);
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(key, gemeinden.get(i), Period.year(2015), COUNTS[i]);
            total += COUNTS[i];
        }
        write(key, WarningFixtures.peine(territories), Period.year(2015), total);
        thresholds.create(key, new ThresholdDraft("ABSOLUTE", "BELOW", "5", null, "MUNICIPALITY", "WARNING", null));
        String small = gemeinden.getFirst().key();

        String anonymous = page(get("/fruehwarnung?parent=03157"));
        assertThat(anonymous).doesNotContain("/gebiete/" + small + "/lebenslauf");
        String planner = page(get("/fruehwarnung?parent=03157").with(planner()));
        assertThat(planner).contains("/gebiete/" + small + "/lebenslauf").contains("vertraulich");

        IndicatorKey tagged = catalog.create(WarningFixtures.definition(
                        "geheim-phase",
                        "Geheimer Phasenindikator",
                        Polarity.HIGHER_IS_WORSE,
                        new ConfidentialityRule(3, null),
                        LifeStage.PREGNANCY_BIRTH))
                .key();
        total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(tagged, gemeinden.get(i), Period.year(2015), COUNTS[i]);
            total += COUNTS[i];
        }
        write(tagged, WarningFixtures.peine(territories), Period.year(2015), total);
        String lifeCourse = page(get("/gebiete/" + small + "/lebenslauf?level=MUNICIPALITY"));
        assertThat(lifeCourse)
                .contains("Geheimer Phasenindikator")
                .contains("gesperrt")
                .contains("keine Daten");
        String plannerLifeCourse =
                page(get("/gebiete/" + small + "/lebenslauf?level=MUNICIPALITY").with(planner()));
        assertThat(plannerLifeCourse).contains("vertraulich");

        mvc.perform(get("/fruehwarnung?parent=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/gebiete/09999/lebenslauf")).andExpect(status().isNotFound());
        mvc.perform(get("/fruehwarnung?parent=03157&sort=value&dir=asc")).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder form(String url, IndicatorKey key, String limit) {
        return post(url)
                .param("indicator", key.value())
                .param("kind", "DEVIATION")
                .param("direction", "WORSE")
                .param("limit", limit)
                .param("scopeTerritory", "03157")
                .param("scopeLevel", "")
                .param("severity", "NOTICE")
                .param("note", "");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }

    private IndicatorKey indicator(String prefix, Polarity polarity, ConfidentialityRule rule) {
        return catalog.create(WarningFixtures.definition(prefix, "Testindikator " + prefix, polarity, rule))
                .key();
    }

    private void write(IndicatorKey key, Territory territory, Period period, long value) {
        values.write(List.of(NewValue.of(key, territory.id(), period, BigDecimal.valueOf(value))));
    }
}
