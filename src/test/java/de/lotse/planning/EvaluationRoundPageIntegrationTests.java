package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The evaluation-round pages: planner forms, the conflict of a stale comment form, and who may see the forms. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EvaluationRoundPageIntegrationTests {

    private final MockMvc mvc;
    private final EvaluationRoundTestData data;
    private final EvaluationRounds rounds;

    @Autowired
    EvaluationRoundPageIntegrationTests(MockMvc mvc, JdbcClient jdbc, EvaluationRounds rounds) {
        this.mvc = mvc;
        this.data = EvaluationRoundTestData.with(jdbc);
        this.rounds = rounds;
    }

    @Test
    void aStaleCommentFormKeepsTheInputAndNamesWhatOthersChanged() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Konflikt");
        long measure = data.aMeasure(strategy, "Familienzentren").code("3.5").create();
        long round = rounds.create(
                        strategy.id(), new EvaluationRoundDraft("Evaluation Q1 2016", LocalDate.of(2016, 3, 31), null))
                .round()
                .id();
        String form = "/planung/" + strategy.key() + "/evaluation/" + round + "/bearbeiten";

        mvc.perform(post(form)
                        .param("version", "1")
                        .param("measures[" + measure + "]", "Erster Kommentar")
                        .with(user("erste").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/planung/" + strategy.key() + "/evaluation/" + round));

        String page = mvc.perform(post(form)
                        .param("version", "1")
                        .param("measures[" + measure + "]", "Mein eigener Text")
                        .with(user("zweite").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"conflict\"")
                .contains("„3.5 Familienzentren“: geändert von erste")
                .contains("Mein eigener Text")
                .contains("Erster Kommentar")
                .contains("name=\"version\" value=\"2\"");
        assertThat(rounds.find(round).orElseThrow().measures().getFirst().comment())
                .isEqualTo("Erster Kommentar");
    }

    @Test
    void theFormsAreForPlannersOnly() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Formulare");
        String base = "/planung/" + strategy.key() + "/evaluation";

        mvc.perform(get(base)).andExpect(status().isOk());
        mvc.perform(get(base + "/neu")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/neu").with(user("betrachter").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/neu")
                        .param("title", "Evaluation 2016")
                        .param("asOf", "2016-03-31")
                        .with(user("betrachter").roles("VIEWER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(rounds.list(strategy.id())).isEmpty();
        mvc.perform(get("/planung/gibt-es-nicht/evaluation")).andExpect(status().isNotFound());
    }

    @Test
    void theCreateFormRefusesATakenTitleAndAMalformedDate() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Formularfehler");
        String base = "/planung/" + strategy.key() + "/evaluation";
        mvc.perform(post(base + "/neu")
                        .param("title", "Evaluation Q1 2016")
                        .param("asOf", "31.03.2016")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post(base + "/neu")
                        .param("title", "Evaluation Q1 2016")
                        .param("asOf", "März")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"error-summary\"").contains("als Datum an");

        page = mvc.perform(post(base + "/neu")
                        .param("title", "Evaluation Q1 2016")
                        .param("asOf", "2016-06-30")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("schon eine Evaluationsrunde mit diesem Titel");
        assertThat(rounds.list(strategy.id())).hasSize(1);
    }
}
