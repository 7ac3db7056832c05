package de.lotse.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Duplicate groups in a county, the planners' decisions through API and page, and who may decide. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DuplicateStructuresIntegrationTests {

    private final DuplicateStructures duplicates;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final MockMvc mvc;

    private Territory county;
    private CoverageFixture f;
    private String category;
    private String audience;
    private UUID place;
    private UUID first;
    private UUID second;

    @Autowired
    DuplicateStructuresIntegrationTests(
            DuplicateStructures duplicates,
            Territories territories,
            JdbcClient jdbc,
            Organisations organisations,
            MockMvc mvc) {
        this.duplicates = duplicates;
        this.territories = territories;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.mvc = mvc;
    }

    @BeforeEach
    void twoSimilarServices() {
        county = territories.find("03354").orElseThrow();
        Territory m = territories.children(county, TerritoryLevel.MUNICIPALITY).getFirst();
        f = new CoverageFixture(jdbc, organisations);
        category = f.term(CoverageTerms.CATEGORIES, "dubletten", null, null);
        audience = f.term(CoverageTerms.AUDIENCES, "familien", null, null);
        place = f.location("Familienzentrum Test", "FAMILY_CENTRE", m.id(), null, null);
        first = similar("Schuldnerberatung für Familien");
        second = similar("Beratung für Familien mit Schulden");
    }

    private UUID similar(String name) {
        UUID s = f.service(name, "Offene Sprechstunde bei Geldsorgen", category, audience);
        f.weekly(f.site(s, place), "TU", "09:00", "12:00");
        return s;
    }

    private List<DuplicateStructures.Found> groupsOfMyCategory() {
        return duplicates.find(county).stream()
                .filter(g -> g.group().category().equals(category))
                .toList();
    }

    private String decision(List<UUID> ids, String verdict) {
        return """
                {"county":"03354","serviceIds":[%s],"decision":"%s","note":"geprüft"}""".formatted(
                String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList()), verdict);
    }

    @Test
    void aDecidedGroupIsNotAskedAgainUntilItGainsAMember() throws Exception {
        DuplicateStructures.Found found = groupsOfMyCategory().getFirst();
        assertThat(found.open()).isTrue();
        assertThat(found.group().serviceIds()).containsExactlyInAnyOrder(first, second);
        assertThat(found.group().pairs().getFirst().reasons())
                .extracting(DuplicateDetector.Reason::kind)
                .contains("SAME_CATEGORY", "AUDIENCE", "AREA", "TIMES", "TEXT");

        mvc.perform(get("/api/v1/directory/duplicates")
                        .param("county", "03354")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scoring.threshold").value(DuplicateDetector.THRESHOLD))
                .andExpect(jsonPath("$.open[?(@.key == '" + found.group().key() + "')]")
                        .exists());

        mvc.perform(post("/api/v1/directory/duplicates/decisions")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision(List.of(second, first), "COMPLEMENTARY")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("COMPLEMENTARY"))
                .andExpect(jsonPath("$.decidedBy").value("planerin"))
                .andExpect(jsonPath("$.note").value("geprüft"));
        assertThat(groupsOfMyCategory()).singleElement().satisfies(g -> assertThat(g.open())
                .isFalse());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DIRECTORY_DUPLICATE_DECIDED'"
                                + " AND details ->> 'category' = :c")
                        .param("c", category)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // asked once: a second decision on the same group is a conflict
        mvc.perform(post("/api/v1/directory/duplicates/decisions")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision(List.of(first, second), "DISMISSED")))
                .andExpect(status().isConflict());

        // a third similar service joins: the bigger group is asked again, with the earlier decision shown
        UUID third = similar("Schuldnerberatung Familien");
        assertThat(groupsOfMyCategory()).singleElement().satisfies(g -> {
            assertThat(g.open()).isTrue();
            assertThat(g.group().serviceIds()).containsExactlyInAnyOrder(first, second, third);
            assertThat(g.earlier()).hasSize(1);
        });
    }

    @Test
    void invalidDecisionsAreRejected() throws Exception {
        mvc.perform(post("/api/v1/directory/duplicates/decisions")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision(List.of(first, second), "VIELLEICHT")))
                .andExpect(status().isUnprocessableContent());
        UUID unrelated = f.service("Ganz anderes Angebot", null, category);
        mvc.perform(post("/api/v1/directory/duplicates/decisions")
                        .with(user("planerin").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision(List.of(first, unrelated), "DISMISSED")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyPlannersSeeAndDecide() throws Exception {
        for (String role : List.of("VIEWER", "PROVIDER")) {
            mvc.perform(post("/api/v1/directory/duplicates/decisions")
                            .with(user("jemand").roles(role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(decision(List.of(first, second), "DISMISSED")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/directory/duplicates").with(user("jemand").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/verzeichnis/dubletten").with(user("jemand").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/verzeichnis/abdeckung").with(user("jemand").roles(role)))
                    .andExpect(status().isForbidden());
        }
        assertThat(groupsOfMyCategory()).singleElement().satisfies(g -> assertThat(g.open())
                .isTrue());
    }

    @Test
    void thePageShowsTheReasonsAndRecordsADecision() throws Exception {
        mvc.perform(get("/verzeichnis/dubletten")
                        .param("county", "03354")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("überschneidende Zeiten (TU 09:00–12:00)")));
        mvc.perform(post("/verzeichnis/dubletten/entscheidungen")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("county", "03354")
                        .param("serviceIds", first.toString(), second.toString()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Bitte wählen Sie eine Entscheidung.")));
        mvc.perform(post("/verzeichnis/dubletten/entscheidungen")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("county", "03354")
                        .param("serviceIds", first.toString(), second.toString())
                        .param("decision", "CONFIRMED_DUPLICATE")
                        .param("note", "Zusammenlegen"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/verzeichnis/dubletten?county=03354"));
        assertThat(groupsOfMyCategory()).singleElement().satisfies(g -> assertThat(g.open())
                .isFalse());
    }
}
