package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.planning.CostCategory;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureFilter;
import de.lotse.planning.MeasureStatus;
import de.lotse.planning.Measures;
import de.lotse.planning.Money;
import de.lotse.planning.PlanningTestData;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The planners' measure form and the status report form (MockMvc). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeasureFormIntegrationTests {

    private final MockMvc mvc;
    private final Strategies strategies;
    private final Measures measures;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    @Autowired
    MeasureFormIntegrationTests(
            MockMvc mvc, Strategies strategies, Measures measures, Organisations organisations, JdbcClient jdbc) {
        this.mvc = mvc;
        this.strategies = strategies;
        this.measures = measures;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Test
    void plannerCreatesAMeasureAndIsSentToItsPage() throws Exception {
        Strategy s = PlanningTestData.aStrategy(strategies);
        Organisation lead = PlanningTestData.anOrganisation(organisations);
        long field = s.fields().getFirst().id();
        mvc.perform(get("/massnahmen/neu").param("strategy", s.key()).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Neue Maßnahme")))
                .andExpect(content().string(Matchers.containsString("id=\"costItems-0-label\"")))
                .andExpect(content().string(Matchers.containsString("Weitere Kostenposition")));

        mvc.perform(planner(post("/massnahmen/neu").param("strategy", s.key()))
                        .param("title", "Beratung in allen Gemeinden")
                        .param("code", "3.4")
                        .param("leadOrganisationId", Long.toString(lead.id()))
                        .param("countyWide", "true")
                        .param("_countyWide", "on")
                        .param("deadline", "31.12.2015")
                        .param("fieldIds", Long.toString(field))
                        .param("budgetPlanned", "10.000")
                        .param("costItems[0].category", "TRAVEL")
                        .param("costItems[0].label", "Fahrtkosten")
                        .param("costItems[1].category", "RENT")
                        .param("costItems[1].label", "Miete")
                        .param("costItems[1].planned", "2.500,50")
                        .param("links[0].kind", "COUNCIL_PAPER")
                        .param("links[0].label", "Vorlage")
                        .param("links[0].paperNumber", "2014/026")
                        .param("targetGroups[0]", "Ratsuchende")
                        .param("targetGroups[1]", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/massnahmen/*"));

        Measure m = measures.list(MeasureFilter.ofStrategy(s.id())).getFirst();
        assertThat(m.title()).isEqualTo("Beratung in allen Gemeinden");
        assertThat(m.deadline()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(m.leadOrganisationId()).isEqualTo(lead.id());
        assertThat(m.budget().planned()).isEqualTo(Money.euros(10_000));
        assertThat(m.costItems()).extracting(c -> c.category()).containsExactly(CostCategory.TRAVEL, CostCategory.RENT);
        assertThat(m.costItems().get(1).planned()).isEqualTo(Money.of("2500.50"));
        assertThat(m.links().getFirst().paperNumber().value()).isEqualTo("2014/026");
        assertThat(m.targetGroups()).containsExactly("Ratsuchende");
        assertThat(m.fieldIds()).containsExactly(field);
    }

    @Test
    void addsRowsWithoutJavaScriptAndShowsErrorsAtTheFields() throws Exception {
        Strategy s = PlanningTestData.aStrategy(strategies);
        mvc.perform(planner(post("/massnahmen/neu").param("strategy", s.key()))
                        .param("title", "Entwurf")
                        .param("costItems[0].label", "Fahrtkosten")
                        .param("add", "costItems"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Fahrtkosten\"")))
                .andExpect(content().string(Matchers.containsString("id=\"costItems-1-label\"")));
        mvc.perform(planner(post("/massnahmen/neu").param("strategy", s.key()))
                        .param("title", "")
                        .param("deadline", "morgen")
                        .param("links[0].kind", "COUNCIL_PAPER")
                        .param("links[0].label", "Vorlage")
                        .param("links[0].paperNumber", "14-026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"error-summary\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#deadline\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#links-0-paperNumber\"")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(Matchers.containsString("z. B. 2014/026")));
        assertThat(measures.list(MeasureFilter.ofStrategy(s.id()))).isEmpty();
    }

    @Test
    void aStaleSaveShowsWhatChangedAndKeepsTheInput() throws Exception {
        Strategy s = PlanningTestData.aStrategy(strategies);
        Measure m = PlanningTestData.aMeasure(measures, s, null, LocalDate.of(2015, 12, 31));
        mvc.perform(get("/massnahmen/" + m.id() + "/bearbeiten").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"1\"")));
        mvc.perform(edit(m, "erste-planerin", "Titel der ersten Planerin", "2016-06-30", 1))
                .andExpect(redirectedUrl("/massnahmen/" + m.id()));

        mvc.perform(edit(m, "zweiter-planer", "Titel des zweiten Planers", "2015-12-31", 1))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"conflict\"")))
                .andExpect(content().string(Matchers.containsString("erste-planerin hat am")))
                .andExpect(content().string(Matchers.containsString("Titel, Frist")))
                .andExpect(content().string(Matchers.containsString("value=\"Titel des zweiten Planers\"")))
                .andExpect(content().string(Matchers.containsString("Titel der ersten Planerin")))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"2\"")));
        assertThat(measures.find(m.id()).orElseThrow().title()).isEqualTo("Titel der ersten Planerin");

        mvc.perform(edit(m, "zweiter-planer", "Titel des zweiten Planers", "2015-12-31", 2))
                .andExpect(redirectedUrl("/massnahmen/" + m.id()));
        assertThat(measures.find(m.id()).orElseThrow().title()).isEqualTo("Titel des zweiten Planers");
    }

    @Test
    void leadOrganisationUsersReportOnTheirOwnMeasuresOnly() throws Exception {
        Strategy s = PlanningTestData.aStrategy(strategies);
        Organisation a = PlanningTestData.anOrganisation(organisations);
        Organisation b = PlanningTestData.anOrganisation(organisations);
        String provider = PlanningTestData.aUser(jdbc, "PROVIDER");
        organisations.addMember(a.id(), provider);
        Measure own = PlanningTestData.aMeasure(measures, s, a.id(), null);
        Measure foreign = PlanningTestData.aMeasure(measures, s, b.id(), null);

        mvc.perform(get("/massnahmen/" + foreign.id() + "/statusbericht")
                        .with(user(provider).roles("PROVIDER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/massnahmen/" + foreign.id() + "/statusbericht")
                        .with(user(provider).roles("PROVIDER"))
                        .with(csrf())
                        .param("status", "IN_PROGRESS")
                        .param("text", "Fremd"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/massnahmen/" + own.id() + "/statusbericht")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/massnahmen/" + own.id() + "/statusbericht")
                        .with(user(provider).roles("PROVIDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"status-IN_PROGRESS\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"status-DONE\""))));
        mvc.perform(post("/massnahmen/" + own.id() + "/statusbericht")
                        .with(user(provider).roles("PROVIDER"))
                        .with(csrf())
                        .param("status", "IN_PROGRESS")
                        .param("progress", "150")
                        .param("asOf", LocalDate.now().toString())
                        .param("text", "Zu viel"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"progress-error\"")));
        mvc.perform(post("/massnahmen/" + own.id() + "/statusbericht")
                        .with(user(provider).roles("PROVIDER"))
                        .with(csrf())
                        .param("status", "IN_PROGRESS")
                        .param("progress", "40")
                        .param("asOf", LocalDate.now().toString())
                        .param("text", "Sprechstunden laufen"))
                .andExpect(redirectedUrl("/massnahmen/" + own.id()));
        Measure after = measures.find(own.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(40);
        assertThat(after.latestReport().author()).isEqualTo(provider);
    }

    private MockHttpServletRequestBuilder edit(Measure m, String who, String title, String deadline, long version) {
        return post("/massnahmen/" + m.id() + "/bearbeiten")
                .with(user(who).roles("PLANNER"))
                .with(csrf())
                .param("version", Long.toString(version))
                .param("title", title)
                .param("countyWide", "true")
                .param("deadline", deadline)
                .param("fieldIds", m.fieldIds().stream().map(String::valueOf).toArray(String[]::new))
                .param(
                        "objectiveIds",
                        m.objectiveIds().stream().map(String::valueOf).toArray(String[]::new))
                .param("code", m.code())
                .param("description", m.description())
                .param("startDate", m.startDate().toString())
                .param("budgetPlanned", "10.000,00")
                .param("exampleData", "true")
                .param("targetGroups[0]", "Familien")
                .param("costItems[0].category", "TRAVEL")
                .param("costItems[0].label", "Fahrtkosten")
                .param("links[0].kind", "COUNCIL_PAPER")
                .param("links[0].label", "Vorlage")
                .param("links[0].paperNumber", "2014/026");
    }

    private static MockHttpServletRequestBuilder planner(MockHttpServletRequestBuilder request) {
        return request.with(user("planerin").roles("PLANNER")).with(csrf());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }
}
