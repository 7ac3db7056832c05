package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The sources page names the bundled indicator files with publisher and licence. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorSourcesIntegrationTests {

    private final MockMvc mvc;
    private final SpringTemplateEngine templates;

    @Autowired
    IndicatorSourcesIntegrationTests(MockMvc mvc, SpringTemplateEngine templates) {
        this.mvc = mvc;
        this.templates = templates;
    }

    @Test
    void pagesKnowWhetherTheBundledValuesAreStillLoading() throws Exception {
        mvc.perform(get("/quellen")).andExpect(model().attribute("bundledIndicatorsLoading", false));
    }

    @Test
    void theLoadingNoticeShowsOnlyWhileLoading() {
        Context loading = new Context(Locale.GERMAN, Map.of("bundledIndicatorsLoading", true));
        assertThat(templates.process("indicator/bundled-loading", Set.of("notice"), loading))
                .contains("role=\"status\"")
                .contains("Daten werden geladen");
        Context done = new Context(Locale.ENGLISH, Map.of("bundledIndicatorsLoading", false));
        assertThat(templates.process("indicator/bundled-loading", Set.of("notice"), done))
                .doesNotContain("Loading data")
                .doesNotContain("status");
    }

    @Test
    void theSourcesPageListsTheBundledIndicatorFiles() throws Exception {
        mvc.perform(get("/quellen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Regionaldatenbank Deutschland – Tabellen")))
                .andExpect(content().string(containsString("Regionalatlas Deutschland – Indikatoren")))
                .andExpect(content().string(containsString("bundled/indicator/22811-02-02-4_00_03157_03354.csv")))
                .andExpect(
                        content().string(containsString("bundled/indicator/12411-01-01-4_1773175772751_de_flat.csv")))
                .andExpect(content().string(containsString("Datenlizenz Deutschland – Namensnennung – Version 2.0")));
    }
}
