package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation-round API: freezing measures and targets at a date, comments under optimistic locking with the audit
 * trail, comparison, and who may do what. All data is synthetic test input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EvaluationRoundApiIntegrationTests {

    private static final String API = "/api/v1/evaluation-rounds";
    private static final LocalDate Q1_2016 = LocalDate.of(2016, 3, 31);

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final EvaluationRoundTestData data;
    private final TargetTestData targets;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    EvaluationRoundApiIntegrationTests(
            MockMvc mvc, JdbcClient jdbc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.data = EvaluationRoundTestData.with(jdbc);
        this.targets = new TargetTestData(jdbc, catalog, values, territories);
    }

    @Test
    void freezingIsUnaffectedByLaterStatusReports() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Einfrieren");
        long field = data.aField(strategy, 1, "2.1", "Bildung");
        long measure = data.aMeasure(strategy, "Sprachkurse")
                .code("3.1")
                .deadline(LocalDate.of(2015, 12, 31))
                .inField(field)
                .create();
        data.report(measure, LocalDate.of(2015, 9, 1), MeasureStatus.IN_PROGRESS, 40, "Kurse laufen");

        long round = create(strategy, "Evaluation Q1 2016", Q1_2016);

        mvc.perform(get(API + "/" + round))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Evaluation Q1 2016"))
                .andExpect(jsonPath("$.asOf").value("2016-03-31"))
                .andExpect(jsonPath("$.frozenBy").value("planerin"))
                .andExpect(jsonPath("$.measures[0].measureId").value(measure))
                .andExpect(jsonPath("$.measures[0].state.schema").value(1))
                .andExpect(jsonPath("$.measures[0].state.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.measures[0].state.progress").value(40))
                .andExpect(jsonPath("$.measures[0].state.overdue").value(true))
                .andExpect(jsonPath("$.measures[0].state.basis").value("REPORT"))
                .andExpect(jsonPath("$.measures[0].state.reportText").value("Kurse laufen"))
                .andExpect(jsonPath("$.measures[0].state.reportAuthor").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.measures[0].state.fields[0].title").value("Bildung"))
                .andExpect(jsonPath("$.tally.byStatus.IN_PROGRESS").value(1))
                .andExpect(jsonPath("$.tally.overdue").value(1));

        // a report written later, even one that speaks about a day before the round's date, changes nothing frozen
        data.report(measure, LocalDate.of(2016, 3, 1), MeasureStatus.DONE, 100, "nachgetragen");
        jdbc.sql("UPDATE measure SET title = 'Umbenannt' WHERE id = ?")
                .param(measure)
                .update();

        mvc.perform(get(API + "/" + round))
                .andExpect(jsonPath("$.measures[0].state.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.measures[0].state.progress").value(40))
                .andExpect(jsonPath("$.measures[0].state.title").value("Sprachkurse"));

        // a new round at the same date sees the report
        long again = create(strategy, "Evaluation Q1 2016 (korrigiert)", Q1_2016);
        mvc.perform(get(API + "/" + again))
                .andExpect(jsonPath("$.measures[0].state.status").value("DONE"))
                .andExpect(jsonPath("$.measures[0].state.overdue").value(false));
    }

    @Test
    void freezesTheTargetVerdictsAtTheDateAndComparesTwoRounds() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Ziele");
        long measure = data.aMeasure(strategy, "Beratung").code("3.2").create();
        long gone = data.aMeasure(strategy, "Wird gestrichen").create();
        IndicatorKey key = targets.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        targets.values(key, targets.peine(), "2012:100", "2013:105", "2014:110");
        long target = targets.aTarget(
                measure,
                null,
                key,
                targets.peine(),
                TargetKind.RELATIVE_PERCENT,
                "20",
                LocalDate.of(2015, 12, 31),
                null,
                "2012");

        long first = create(strategy, "Evaluation Mitte 2015", LocalDate.of(2015, 6, 30));
        mvc.perform(get(API + "/" + first))
                .andExpect(jsonPath("$.targets[0].targetId").value(target))
                .andExpect(jsonPath("$.targets[0].state.verdict").value("AT_RISK"))
                .andExpect(jsonPath("$.targets[0].state.owner").value("3.2 Beratung"))
                .andExpect(jsonPath("$.targets[0].state.latestPeriod").value("2014"))
                .andExpect(jsonPath("$.targets[0].state.targetValue").value(120))
                .andExpect(jsonPath("$.tally.byVerdict.AT_RISK").value(1));

        mvc.perform(asPlanner(put(API + "/" + first + "/comments")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":[{\"targetId\":" + target + ",\"comment\":\"  Trend prüfen  \"}]}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].comment").value("Trend prüfen"))
                .andExpect(jsonPath("$.targets[0].state.verdict").value("AT_RISK"));

        targets.values(key, targets.peine(), "2016:130");
        data.report(measure, LocalDate.of(2016, 6, 1), MeasureStatus.DONE, 100, "abgeschlossen");
        jdbc.sql("DELETE FROM measure WHERE id = ?").param(gone).update();
        data.aMeasure(strategy, "Neu hinzugekommen").create();
        long second = create(strategy, "Evaluation 2017", LocalDate.of(2017, 1, 1));

        mvc.perform(get(API + "/compare").param("a", Long.toString(second)).param("b", Long.toString(first)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.before.id").value(first))
                .andExpect(jsonPath("$.after.id").value(second))
                .andExpect(jsonPath("$.measures", Matchers.hasSize(1)))
                .andExpect(jsonPath("$.measures[0].before.status").value("PLANNED"))
                .andExpect(jsonPath("$.measures[0].after.status").value("DONE"))
                .andExpect(jsonPath("$.measures[0].statusChanged").value(true))
                .andExpect(jsonPath("$.measures[0].changed").value(true))
                .andExpect(jsonPath("$.measuresOnlyAfter[0].title").value("Neu hinzugekommen"))
                .andExpect(jsonPath("$.targets[0].verdictBefore").value("AT_RISK"))
                .andExpect(jsonPath("$.targets[0].verdictAfter").value("ACHIEVED"))
                .andExpect(jsonPath("$.targets[0].changed").value(true));
        // the deleted measure's entry went with it (ON DELETE CASCADE): the first round no longer lists it
        mvc.perform(get(API + "/" + first)).andExpect(jsonPath("$.measures", Matchers.hasSize(1)));

        EvaluationRoundStrategy other = data.aStrategy("Andere Strategie");
        long foreign = create(other, "Evaluation 2016", Q1_2016);
        mvc.perform(get(API + "/compare").param("a", Long.toString(first)).param("b", Long.toString(foreign)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(API + "/compare").param("a", Long.toString(first)).param("b", "999999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void commentsAreAuditedAndAStaleVersionIsAConflict() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Kommentare");
        long measure = data.aMeasure(strategy, "Netzwerk").create();
        long round = create(strategy, "Evaluation Q1 2016", Q1_2016);
        String body = "{\"measures\":[{\"measureId\":" + measure + ",\"comment\":\"Gut angelaufen\"}]}";

        mvc.perform(asPlanner(put(API + "/" + round + "/comments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)))
                .andExpect(status().isPreconditionRequired());

        mvc.perform(asPlanner(put(API + "/" + round + "/comments")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.measures[0].comment").value("Gut angelaufen"))
                .andExpect(jsonPath("$.measures[0].commentedBy").value("planerin"))
                .andExpect(jsonPath("$.measures[0].state.status").value("PLANNED"));

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                         WHERE action = 'EVALUATION_ROUND_COMMENTED' AND entity_type = 'evaluation_round'
                           AND entity_key = ? AND actor = 'planerin'""").param(Long.toString(round)).query(Long.class).single())
                .isEqualTo(1);

        mvc.perform(asPlanner(put(API + "/" + round + "/comments")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measures\":[{\"measureId\":" + measure + ",\"comment\":\"Anders\"}]}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changedFields[0]").value("measures[" + measure + "].comment"))
                .andExpect(jsonPath("$.changes[0].comment").value("Gut angelaufen"))
                .andExpect(jsonPath("$.changes[0].changedBy").value("planerin"));

        mvc.perform(get(API + "/" + round))
                .andExpect(jsonPath("$.measures[0].comment").value("Gut angelaufen"));

        mvc.perform(asPlanner(put(API + "/" + round + "/comments")
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measures\":[{\"measureId\":999999999,\"comment\":\"x\"}]}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("measures[999999999].comment"));
    }

    @Test
    void viewersMayReadButNeitherCreateNorComment() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Rechte");
        long measure = data.aMeasure(strategy, "Lotsen").create();
        long round = create(strategy, "Evaluation Q1 2016", Q1_2016);

        mvc.perform(post(API)
                        .with(user("betrachter").roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(strategy, "Evaluation 2017", "2017-03-31")))
                .andExpect(status().isForbidden());
        mvc.perform(put(API + "/" + round + "/comments")
                        .with(user("betrachter").roles("VIEWER"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measures\":[{\"measureId\":" + measure + ",\"comment\":\"x\"}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/" + round).with(user("betrachter").roles("VIEWER")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT comment FROM evaluation_measure_entry WHERE round_id = ?")
                        .param(round)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void refusesATakenTitleAndInvalidRounds() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Fehler");
        create(strategy, "Evaluation Q1 2016", Q1_2016);

        mvc.perform(asPlanner(post(API)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(strategy, " Evaluation Q1 2016 ", "2016-06-30"))))
                .andExpect(status().isConflict());
        mvc.perform(asPlanner(post(API)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(
                                strategy, "", LocalDate.now().plusDays(10).toString()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("title", "asOf")));
        mvc.perform(asPlanner(post(API)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strategy\":999999999,\"title\":\"X\",\"asOf\":\"31.03.2016\"}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("strategy", "asOf")));
    }

    @Test
    void listsTheRoundsOfAStrategyLatestFirst() throws Exception {
        EvaluationRoundStrategy strategy = data.aStrategy("Leitlinien Liste");
        mvc.perform(get(API).param("strategy", Long.toString(strategy.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(0)));
        create(strategy, "Evaluation Q1 2016", Q1_2016);
        create(strategy, "Evaluation Q1 2017", LocalDate.of(2017, 3, 31));

        mvc.perform(get(API).param("strategy", Long.toString(strategy.id())))
                .andExpect(jsonPath("$[*].title", Matchers.contains("Evaluation Q1 2017", "Evaluation Q1 2016")));
        mvc.perform(get(API).param("strategy", "999999999")).andExpect(status().isNotFound());
        mvc.perform(get(API + "/999999999")).andExpect(status().isNotFound());
    }

    private long create(EvaluationRoundStrategy strategy, String title, LocalDate asOf) throws Exception {
        String created = mvc.perform(asPlanner(post(API)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(strategy, title, asOf.toString()))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith(API + "/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private static String request(EvaluationRoundStrategy strategy, String title, String asOf) {
        return "{\"strategy\":" + strategy.id() + ",\"title\":\"" + title + "\",\"asOf\":\"" + asOf + "\"}";
    }

    private static MockHttpServletRequestBuilder asPlanner(MockHttpServletRequestBuilder request) {
        return request.with(user("planerin").roles("PLANNER"));
    }
}
