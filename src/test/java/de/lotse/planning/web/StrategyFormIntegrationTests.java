package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.planning.CrossCuttingAspects;
import de.lotse.planning.FieldOfAction;
import de.lotse.planning.Objective;
import de.lotse.planning.PlanningTestData;
import de.lotse.planning.SectionKind;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import de.lotse.planning.StrategyStatus;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The strategy form, the fields-of-action forms and the cross-cutting aspects page (MockMvc). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StrategyFormIntegrationTests {

    private final MockMvc mvc;
    private final Strategies strategies;
    private final CrossCuttingAspects aspects;

    @Autowired
    StrategyFormIntegrationTests(MockMvc mvc, Strategies strategies, CrossCuttingAspects aspects) {
        this.mvc = mvc;
        this.strategies = strategies;
        this.aspects = aspects;
    }

    @Test
    void plannerCreatesAndEditsAStrategyWithSectionsAndDecision() throws Exception {
        mvc.perform(get("/planung/neu").with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"sections-0-title\"")));
        mvc.perform(get("/planung/neu").with(user("anbieter").roles("PROVIDER")))
                .andExpect(status().isForbidden());
        String key = PlanningTestData.unique("leitbild");
        mvc.perform(post("/planung/neu")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("key", key)
                        .param("type", "MISSION_STATEMENT")
                        .param("title", "Leitbild Integration")
                        .param("status", "ADOPTED")
                        .param("decisionDate", "14.06.2006")
                        .param("decisionPaper", "2006/037")
                        .param("sections[0].kind", "PRINCIPLE")
                        .param("sections[0].title", "Leitsatz 1")
                        .param("sections[0].body", "Teilhabe für alle"))
                .andExpect(redirectedUrl("/planung/" + key));
        Strategy s = strategies.find(key).orElseThrow();
        assertThat(s.decision().date()).isEqualTo(LocalDate.of(2006, 6, 14));
        assertThat(s.decision().paper().value()).isEqualTo("2006/037");
        assertThat(s.sections()).extracting(x -> x.kind()).containsExactly(SectionKind.PRINCIPLE);

        mvc.perform(post("/planung/" + key + "/bearbeiten")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("version", "1")
                        .param("type", "MISSION_STATEMENT")
                        .param("title", "Leitbild Integration")
                        .param("status", "ADOPTED")
                        .param("decisionPaper", "Vorlage 37")
                        .param("add", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#decisionPaper\"")));
        mvc.perform(post("/planung/" + key + "/bearbeiten")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("version", "1")
                        .param("type", "MISSION_STATEMENT")
                        .param("title", "Leitbild Integration 2006")
                        .param("status", "SUPERSEDED")
                        .param("decisionDate", "2006-06-14")
                        .param("decisionPaper", "2006/037")
                        .param("sections[0].kind", "PRINCIPLE")
                        .param("sections[0].title", "Leitsatz 1")
                        .param("sections[0].body", "Teilhabe für alle"))
                .andExpect(redirectedUrl("/planung/" + key));
        assertThat(strategies.find(key).orElseThrow().status()).isEqualTo(StrategyStatus.SUPERSEDED);
        mvc.perform(post("/planung/" + key + "/bearbeiten")
                        .with(user("planer").roles("PLANNER"))
                        .with(csrf())
                        .param("version", "1")
                        .param("type", "MISSION_STATEMENT")
                        .param("title", "Anders")
                        .param("status", "ADOPTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"conflict\"")))
                .andExpect(content().string(Matchers.containsString("Titel, Status")));
    }

    @Test
    void plannerAddsEditsAndMovesFieldsOfAction() throws Exception {
        Strategy s = PlanningTestData.aStrategy(strategies);
        FieldOfAction first = s.fields().getFirst();
        FieldOfAction second = s.fields().get(1);
        mvc.perform(get("/planung/" + s.key() + "/bearbeiten/felder")
                        .with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Übergänge begleiten")));
        mvc.perform(post("/planung/" + s.key() + "/bearbeiten/felder/neu")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("title", "Gesundheit")
                        .param("situation", "Ausgangslage Gesundheit")
                        .param("objectives[0].title", "Prävention stärken"))
                .andExpect(redirectedUrl("/planung/" + s.key() + "/bearbeiten/felder"));
        Objective o = first.objectives().getFirst();
        mvc.perform(post("/planung/" + s.key() + "/bearbeiten/felder/" + first.id())
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("version", Long.toString(first.version()))
                        .param("title", "Bildung und Sprache")
                        .param("objectives[0].id", Long.toString(o.id()))
                        .param("objectives[0].title", "Übergänge gestalten")
                        .param("objectives[1].title", ""))
                .andExpect(redirectedUrl("/planung/" + s.key() + "/bearbeiten/felder"));
        mvc.perform(post("/planung/" + s.key() + "/bearbeiten/felder/reihenfolge")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("field", Long.toString(second.id()))
                        .param("direction", "up"))
                .andExpect(redirectedUrl("/planung/" + s.key() + "/bearbeiten/felder"));

        Strategy after = strategies.find(s.id()).orElseThrow();
        assertThat(after.fields())
                .extracting(FieldOfAction::title)
                .containsExactly("Arbeit", "Bildung und Sprache", "Gesundheit");
        assertThat(after.fields().get(1).objectives())
                .extracting(Objective::title)
                .containsExactly("Übergänge gestalten", "Sprache fördern");
        assertThat(after.fields().get(2).situation()).isEqualTo("Ausgangslage Gesundheit");
    }

    @Test
    void plannersListAndAddCrossCuttingAspects() throws Exception {
        String key = PlanningTestData.unique("mobilitaet");
        mvc.perform(get("/querschnittsaspekte").with(user("planerin").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Querschnittsaspekte")));
        mvc.perform(post("/querschnittsaspekte")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("key", key)
                        .param("nameDe", "Mobilität")
                        .param("nameEn", "Mobility"))
                .andExpect(redirectedUrl("/querschnittsaspekte"));
        assertThat(aspects.find(key)).isPresent();
        mvc.perform(post("/querschnittsaspekte")
                        .with(user("planerin").roles("PLANNER"))
                        .with(csrf())
                        .param("key", "Nicht gültig")
                        .param("nameDe", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"error-summary\"")));
        mvc.perform(get("/querschnittsaspekte").with(user("anbieter").roles("PROVIDER")))
                .andExpect(status().isForbidden());
    }
}
