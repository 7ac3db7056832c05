package de.lotse.directory.wegweiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Counting stops at a limit (here 3 instead of 1,000, or the requested window if larger): beyond it the total is a
 * lower bound, marked as such on the page ("Mindestens …") and in the JSON API, and the best services are still the
 * ones shown first.
 */
@SpringBootTest(properties = "lotse.wegweiser.counted-exactly=3")
@AutoConfigureMockMvc
class WegweiserCountIntegrationTests {

    private static final int SERVICES = 45;

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final WegweiserSearch search;
    private String marker;
    private UUID best;

    @Autowired
    WegweiserCountIntegrationTests(MockMvc mvc, JdbcClient jdbc, WegweiserSearch search) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.search = search;
    }

    @BeforeEach
    void manyServices() {
        WegweiserTestData data = new WegweiserTestData(jdbc);
        marker = WegweiserTestData.randomWord(8);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            ids.add(data.service("Beratung " + marker + " " + i).insert());
        }
        // the marker in the name and three times in the description: the clearly best match
        best = data.service("Beratung " + marker + " Zentrum")
                .description(marker + " " + marker + " " + marker)
                .insert();
        ids.add(best);
        search.reload(new HashSet<>(ids));
    }

    @Test
    void beyondTheLimitTheCountIsALowerBoundAndTheBestComesFirst() {
        WegweiserResult one = search.search(
                new WegweiserQuery(marker, null, null, null, null, null, false, false, false, false, 1, 1));
        assertThat(one.hits()).extracting(h -> h.entry().id()).containsExactly(best);
        assertThat(one.total()).isBetween(3L, (long) SERVICES + 1);
        if (!one.totalAtLeast()) {
            assertThat(one.total())
                    .as("a count not marked as lower bound is exact")
                    .isEqualTo(SERVICES + 1);
        }

        WegweiserResult page = search.search(
                new WegweiserQuery(marker, null, null, null, null, null, false, false, false, false, 1, 20));
        assertThat(page.hits()).hasSize(20);
        assertThat(page.hits().getFirst().entry().id()).isEqualTo(best);
        assertThat(page.total()).isBetween(20L, (long) SERVICES + 1);
        if (!page.totalAtLeast()) {
            assertThat(page.total())
                    .as("a count not marked as lower bound is exact")
                    .isEqualTo(SERVICES + 1);
        }

        WegweiserResult exact = search.search(
                new WegweiserQuery(marker, null, null, null, null, null, false, false, false, false, 1, 100));
        assertThat(exact.totalAtLeast())
                .as("a window of 100 counts all 46 exactly")
                .isFalse();
        assertThat(exact.total()).isEqualTo(SERVICES + 1);
        assertThat(exact.hits().getFirst().entry().id()).isEqualTo(best);
    }

    @Test
    void thePageAndTheApiSayAtLeastWhenCountingStopped() throws Exception {
        WegweiserResult result = search.search(
                new WegweiserQuery(marker, null, null, null, null, null, false, false, false, false, 1, 1));
        assertThat(result.totalAtLeast())
                .as("45 equal matches beyond a limit of 3 are not all counted")
                .isTrue();
        mvc.perform(get("/api/v1/directory/wegweiser").param("q", marker).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalAtLeast").value(true))
                .andExpect(jsonPath("$.items[0].id").value(best.toString()));
        mvc.perform(get("/api/v1/directory/wegweiser")
                        .param("q", marker + " Zentrum")
                        .param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(best.toString()));
        mvc.perform(get("/beratung").param("q", marker).param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mindestens ")));
        mvc.perform(get("/beratung").param("q", marker).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At least ")));
        // beyond the counted matches the next pages stay reachable, one step at a time
        mvc.perform(get("/beratung").param("q", marker).param("lang", "de"))
                .andExpect(content().string(containsString("seite=2")));
        mvc.perform(get("/beratung").param("q", marker).param("seite", "2").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("seite=3")));
        mvc.perform(get("/api/v1/directory/wegweiser")
                        .param("q", marker)
                        .param("page", "21474837")
                        .param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }
}
