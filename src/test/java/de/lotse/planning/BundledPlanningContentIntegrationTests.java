package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.BundledIndicatorData;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bundled planning content, loaded by calling the loader in the shared test context (its automatic load is
 * switched off in tests; the bundled territories are loaded there). Checks concrete facts of the county documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BundledPlanningContentIntegrationTests {

    private static final String LEITLINIEN = "sozialpolitische-leitlinien-peine";
    private static final String BERATUNG = "beratungslandschaft-peine-2014";
    private static final String BUT = "but-kinder-migrationshintergrund";

    private final BundledPlanningContent content;
    private final JdbcClient jdbc;
    private final Territories territories;
    private final Organisations organisations;
    private final IndicatorCatalog catalog;
    private final IndicatorReadModel readModel;
    private final MockMvc mvc;
    private final BundledIndicatorData indicators;

    @Autowired
    BundledPlanningContentIntegrationTests(
            BundledPlanningContent content,
            JdbcClient jdbc,
            Territories territories,
            Organisations organisations,
            IndicatorCatalog catalog,
            IndicatorReadModel readModel,
            MockMvc mvc,
            BundledIndicatorData indicators) {
        this.content = content;
        this.jdbc = jdbc;
        this.territories = territories;
        this.organisations = organisations;
        this.catalog = catalog;
        this.readModel = readModel;
        this.mvc = mvc;
        this.indicators = indicators;
    }

    private void loaded() {
        synchronized (BundledPlanningContentIntegrationTests.class) {
            content.load();
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private Map<String, Object> strategy(String key) {
        return jdbc.sql("SELECT * FROM strategy WHERE key = ?")
                .param(key)
                .query()
                .singleRow();
    }

    private long measureId(String strategyKey, String title) {
        return jdbc.sql(
                        "SELECT m.id FROM measure m JOIN strategy s ON s.id = m.strategy_id WHERE s.key = ? AND m.title = ?")
                .params(strategyKey, title)
                .query(Long.class)
                .single();
    }

    /** Every bundled strategy and measure is readable through the domain, the API and the pages. */
    @Test
    void everyBundledStrategyAndMeasureIsShownByThePagesAndTheApi() throws Exception {
        loaded();
        List<Map<String, Object>> strategies = jdbc.sql(
                        "SELECT id, key FROM strategy WHERE source_note LIKE '%zusammengefasst%' ORDER BY key")
                .query()
                .listOfRows();
        assertThat(strategies).hasSize(5);
        for (Map<String, Object> strategy : strategies) {
            for (String url : List.of(
                    "/planung/" + strategy.get("key"),
                    "/planung/" + strategy.get("key") + "/ampel",
                    "/planung/" + strategy.get("key") + "/fristen",
                    "/planung/" + strategy.get("key") + "/drucken",
                    "/planung/" + strategy.get("key") + "/evaluation",
                    "/api/v1/strategies/" + strategy.get("id"),
                    "/api/v1/measures?strategy=" + strategy.get("id"),
                    "/api/v1/targets?strategy=" + strategy.get("id"))) {
                mvc.perform(get(url)).andExpect(status().isOk());
            }
        }
        List<Long> measures = jdbc.sql("SELECT id FROM measure WHERE source_note LIKE '%zusammengefasst%'")
                .query(Long.class)
                .list();
        assertThat(measures).hasSizeGreaterThanOrEqualTo(24);
        for (long id : measures) {
            mvc.perform(get("/api/v1/measures/" + id)).andExpect(status().isOk());
            mvc.perform(get("/massnahmen/" + id)).andExpect(status().isOk());
        }
        mvc.perform(get("/massnahmen")).andExpect(status().isOk());
        mvc.perform(get("/massnahmen/export.xlsx")).andExpect(status().isOk());
    }

    @Test
    void loadsTheFiveStrategiesOfBothCounties() {
        loaded();
        assertThat(jdbc.sql(
                                "SELECT key, type, status FROM strategy WHERE source_note LIKE '%zusammengefasst%' ORDER BY key")
                        .query((rs, i) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3))
                        .list())
                .containsExactly(
                        "beratungslandschaft-peine-2014:CONCEPT:ADOPTED",
                        "integrationskonzept-peine:CONCEPT:DRAFT",
                        "integrierte-sozialplanung-luechow-dannenberg:PLANNING_PROJECT:ADOPTED",
                        "leitbild-integration-peine-2006:MISSION_STATEMENT:ADOPTED",
                        "sozialpolitische-leitlinien-peine:GUIDELINES:ADOPTED");
        assertThat(strategy("integrierte-sozialplanung-luechow-dannenberg").get("territory_id"))
                .isEqualTo(territories.find("03354").orElseThrow().id());
    }

    @Test
    void thePeineGuidelinesHaveFiveFieldsSixteenMeasuresAndTheDeadline() {
        loaded();
        Map<String, Object> leitlinien = strategy(LEITLINIEN);
        assertThat(leitlinien.get("period_end")).isEqualTo(java.sql.Date.valueOf("2015-12-31"));
        assertThat(leitlinien.get("territory_id"))
                .isEqualTo(territories.find("03157").orElseThrow().id());
        assertThat(jdbc.sql("""
                        SELECT f.code FROM field_of_action f JOIN strategy s ON s.id = f.strategy_id
                         WHERE s.key = ? ORDER BY f.position""").param(LEITLINIEN).query(String.class).list())
                .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5");
        assertThat(count("""
                        SELECT count(*) FROM field_of_action f JOIN strategy s ON s.id = f.strategy_id
                         WHERE s.key = ? AND (f.situation IS NULL OR NOT EXISTS
                               (SELECT 1 FROM objective o WHERE o.field_id = f.id))""", LEITLINIEN))
                .as("every field has a situation and objectives")
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM measure m JOIN strategy s ON s.id = m.strategy_id WHERE s.key = ?",
                        LEITLINIEN))
                .isEqualTo(16);
        assertThat(count("""
                        SELECT count(*) FROM measure m JOIN strategy s ON s.id = m.strategy_id
                         WHERE s.key = ? AND (m.deadline <> DATE '2015-12-31' OR m.source_note IS NULL
                               OR NOT EXISTS (SELECT 1 FROM measure_field mf WHERE mf.measure_id = m.id))""", LEITLINIEN)).isZero();
        assertThat(count(
                        "SELECT count(*) FROM evaluation_round r JOIN strategy s ON s.id = r.strategy_id WHERE s.key = ?",
                        LEITLINIEN))
                .as("the evaluation of Q1 2016 is not recorded")
                .isZero();
    }

    @Test
    void leadsAndPartnersAreTheOnesTheGuidelinesName() {
        loaded();
        long kiss = measureId(LEITLINIEN, "Mehr Entlastung für pflegende Angehörige");
        assertThat(partners(kiss)).containsExactly("kiss-peine");
        assertThat(jdbc.sql(
                                "SELECT o.key FROM measure m JOIN organisation o ON o.id = m.lead_organisation_id WHERE m.id = ?")
                        .param(kiss)
                        .query(String.class)
                        .single())
                .isEqualTo("landkreis-peine");
        long inclusion = measureId(LEITLINIEN, "Übergang von Menschen mit Behinderung in den allgemeinen Arbeitsmarkt");
        assertThat(partners(inclusion)).containsExactly("jobcenter-peine", "wirtschafts-und-tourismusfoerderung-peine");
        long neighbours = measureId(LEITLINIEN, "Beratung zu Nachbarschaftshilfe und örtlicher Versorgung");
        assertThat(partners(neighbours))
                .containsExactly("freiwilligenagentur-peine", "pflegestuetzpunkt-peine", "seniorenservicebuero-peine");
        long sprachfoerderklasse = measureId(LEITLINIEN, "Sprachförderklasse im Landkreis Peine");
        assertThat(jdbc.sql("SELECT lead_organisation_id FROM measure WHERE id = ?")
                        .param(sprachfoerderklasse)
                        .query()
                        .singleRow()
                        .get("lead_organisation_id"))
                .as("the guidelines name no lead: unknown, not guessed")
                .isNull();
        assertThat(organisations.find("kreisvolkshochschule-peine")).isPresent();
        assertThat(organisations.findBody("netzwerk-fruehe-hilfen-peine")).isPresent();
        assertThat(organisations.findBody("ag-78-peine")).isPresent();
    }

    private List<String> partners(long measureId) {
        return jdbc.sql("""
                        SELECT o.key FROM measure_partner p JOIN organisation o ON o.id = p.organisation_id
                         WHERE p.measure_id = ? ORDER BY o.key""").param(measureId).query(String.class).list();
    }

    @Test
    void theSixCrossCuttingAspectsExist() {
        loaded();
        assertThat(jdbc.sql("SELECT name_de FROM cross_cutting_aspect WHERE key IN (:keys) ORDER BY position")
                        .param(
                                "keys",
                                List.of(
                                        "gender-mainstreaming",
                                        "subsidiaritaet",
                                        "planung",
                                        "praevention",
                                        "bildung",
                                        "mobilitaet"))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Gender Mainstreaming", "Subsidiarität", "Planung", "Prävention", "Bildung", "Mobilität");
    }

    @Test
    void theButTargetIsOnAnIndicatorWithoutValues() {
        loaded();
        Map<String, Object> target =
                jdbc.sql("""
                        SELECT t.* FROM target t JOIN measure m ON m.id = t.measure_id JOIN strategy s ON s.id = m.strategy_id
                         WHERE s.key = ? AND t.indicator_key = ?""").params(LEITLINIEN, BUT).query().singleRow();
        assertThat(target.get("target_kind")).isEqualTo("RELATIVE_PERCENT");
        assertThat((BigDecimal) target.get("target_value")).isEqualByComparingTo("10");
        assertThat(target.get("target_date")).isEqualTo(java.sql.Date.valueOf("2015-12-31"));
        assertThat(target.get("baseline_value"))
                .as("not stated in the guidelines")
                .isNull();
        assertThat(target.get("territory_id"))
                .isEqualTo(territories.find("03157").orElseThrow().id());
        assertThat(catalog.find(IndicatorKey.of(BUT))).isPresent();
        assertThat(count(
                        "SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.key = ?",
                        BUT))
                .isZero();
        assertThat(readModel.timeSeries(
                        IndicatorKey.of(BUT),
                        territories.find("03157").orElseThrow(),
                        IndicatorReadModel.Audience.PUBLIC))
                .as("no data, so the verdict is „keine Daten“")
                .isEmpty();
    }

    @Test
    void onlyIndicatorsOfTheBundledCatalogueCanBeEnsured() {
        assertThat(indicators.ensureIndicator(IndicatorKey.of(BUT)).key()).isEqualTo(IndicatorKey.of(BUT));
        assertThat(indicators.ensureIndicator(IndicatorKey.of(BUT)).key())
                .as("a second call finds the entry")
                .isEqualTo(IndicatorKey.of(BUT));
        assertThatThrownBy(() -> indicators.ensureIndicator(IndicatorKey.of("nicht-im-katalog")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nicht-im-katalog");
    }

    @Test
    void theCounsellingPaperHasItsBudgetCostItemsCommitteePathAndTrialSites() {
        loaded();
        Map<String, Object> paper = strategy(BERATUNG);
        assertThat(paper.get("decision_paper")).isEqualTo("2014/026");
        long decentral = measureId(BERATUNG, "Dezentrale Beratung an Schulen, Kitas und Familienzentren");
        Map<String, Object> measure = jdbc.sql("SELECT * FROM measure WHERE id = ?")
                .param(decentral)
                .query()
                .singleRow();
        assertThat((BigDecimal) measure.get("budget_approved")).isEqualByComparingTo("10000");
        assertThat(jdbc.sql("""
                        SELECT category FROM measure_cost_item
                         WHERE measure_id = ? AND planned IS NULL AND approved IS NULL AND spent IS NULL ORDER BY position""").param(decentral).query(String.class).list())
                .as("the split of the 10,000 € is not stated")
                .containsSubsequence("TRAVEL", "OFFICE_EQUIPMENT", "RENT")
                .hasSize((int) count("SELECT count(*) FROM measure_cost_item WHERE measure_id = ?", decentral));
        assertThat(jdbc.sql("""
                        SELECT a.on_date || ' ' || a.kind || ' ' || b.key FROM measure_activity a JOIN body b ON b.id = a.body_id
                         WHERE a.measure_id = ? ORDER BY a.on_date""").param(decentral).query(String.class).list())
                .containsExactly(
                        "2014-02-24 DECISION ausschuss-gleichstellung-arbeit-soziales-peine",
                        "2014-03-25 DECISION jugendhilfeausschuss-peine");

        long trials = measureId(BERATUNG, "Modellversuche für Beratung in der Fläche");
        assertThat(jdbc.sql("""
                        SELECT t.ars FROM measure_trial_site s JOIN territory t ON t.id = s.territory_id
                         WHERE s.measure_id = ? ORDER BY t.name""").param(trials).query(String.class).list())
                .containsExactly("031570002002", "031570007007");
        assertThat(territories.find("031570002002").orElseThrow().name()).isEqualTo("Hohenhameln");
        assertThat(territories.find("031570007007").orElseThrow().name()).isEqualTo("Vechelde");
        assertThat(jdbc.sql("""
                        SELECT o.key FROM measure_trial_site s JOIN organisation o ON o.id = s.organisation_id
                         WHERE s.measure_id = ?""").param(trials).query(String.class).list())
                .containsExactly("generationenhilfe-hohenhameln");
    }

    @Test
    void theMissionStatementWasAdoptedByTheKreistagOn14June2006() {
        loaded();
        Map<String, Object> leitbild = strategy("leitbild-integration-peine-2006");
        assertThat(leitbild.get("adopted_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2006, 6, 14)));
        assertThat(leitbild.get("adopted_by_body_id"))
                .isEqualTo(
                        organisations.findBody("kreistag-peine").orElseThrow().id());
        assertThat(leitbild.get("steering_body_id"))
                .isEqualTo(organisations
                        .findBody("steuerungsgruppe-integration-peine")
                        .orElseThrow()
                        .id());
        assertThat(leitbild.get("decision_paper")).isEqualTo("2006/037");
        assertThat(count("""
                        SELECT count(*) FROM strategy_section x JOIN strategy s ON s.id = x.strategy_id
                         WHERE s.key = 'leitbild-integration-peine-2006' AND x.kind = 'PRINCIPLE'""")).isEqualTo(3);
        assertThat(count("""
                        SELECT count(*) FROM field_of_action f JOIN strategy s ON s.id = f.strategy_id
                         WHERE s.key = 'leitbild-integration-peine-2006'""")).isEqualTo(4);
    }

    @Test
    void theLuechowDannenbergProjectRunsThroughItsFundingPeriod() {
        loaded();
        Map<String, Object> project = strategy("integrierte-sozialplanung-luechow-dannenberg");
        assertThat(project.get("period_start")).isEqualTo(java.sql.Date.valueOf("2017-08-01"));
        assertThat(project.get("period_end")).isEqualTo(java.sql.Date.valueOf("2020-07-31"));
        assertThat(jdbc.sql("""
                        SELECT f.period_start || '..' || f.period_end FROM measure_funding f JOIN measure m ON m.id = f.measure_id
                         JOIN strategy s ON s.id = m.strategy_id WHERE s.key = 'integrierte-sozialplanung-luechow-dannenberg'
                           AND f.amount IS NULL""").query(String.class).list()).containsExactly("2017-08-01..2020-07-31");
        assertThat(jdbc.sql("""
                        SELECT a.on_date::text FROM measure_activity a JOIN measure m ON m.id = a.measure_id
                         JOIN strategy s ON s.id = m.strategy_id
                         WHERE s.key = 'integrierte-sozialplanung-luechow-dannenberg' ORDER BY a.on_date""").query(String.class).list())
                .as("the committee path of 2018/053")
                .containsExactly("2018-11-05", "2018-11-15", "2018-11-26", "2018-12-17");
        long conferences = measureId(
                "integrierte-sozialplanung-luechow-dannenberg",
                "Sozialraumkonferenzen in Lüchow, Dannenberg und Gartow");
        assertThat(jdbc.sql("""
                        SELECT t.ars FROM measure_territory x JOIN territory t ON t.id = x.territory_id
                         WHERE x.measure_id = ? ORDER BY t.ars""").param(conferences).query(String.class).list())
                .containsExactly("033545403005", "033545406004", "033545407018");
    }

    @Test
    void loadingTwiceDoesNotDuplicate() {
        loaded();
        long strategies = count("SELECT count(*) FROM strategy");
        long measures = count("SELECT count(*) FROM measure");
        long organisationCount = count("SELECT count(*) FROM organisation");

        BundledPlanningContent.Summary second = content.load();

        assertThat(second.loaded()).isFalse();
        assertThat(count("SELECT count(*) FROM strategy")).isEqualTo(strategies);
        assertThat(count("SELECT count(*) FROM measure")).isEqualTo(measures);
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(organisationCount);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'BUNDLED_PLANNING_CONTENT_LOADED'"))
                .isEqualTo(1);
    }

    @Test
    void aBrokenFileRollsBackEverythingAndNamesTheFileAndTheItem() {
        BundledPlanningReader broken = new BundledPlanningReader("planning/broken/");

        assertThatThrownBy(() -> content.load(broken))
                .isInstanceOf(BundledPlanningContentException.class)
                .hasMessageContaining("planning/broken/strategy-broken.json")
                .hasMessageContaining("measure 2 „Maßnahme mit unbekannter Federführung“")
                .hasMessageContaining("gibt-es-nicht");

        assertThat(count("SELECT count(*) FROM strategy WHERE key LIKE 'test-broken-content-%'"))
                .as("not even the correct first file")
                .isZero();
        assertThat(organisations.find("test-broken-organisation")).isEmpty();
        assertThat(organisations.findBody("test-broken-body")).isEmpty();
        assertThat(count("SELECT count(*) FROM cross_cutting_aspect WHERE key = 'test-broken-aspect'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM bundled_dataset WHERE name = 'planning-test-broken-content'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE entity_key = 'test-broken-organisation'"))
                .isZero();
    }

    @Test
    void theSourcesPageNamesTheDocumentsAndThatTheTextsAreSummaries() throws Exception {
        mvc.perform(get("/quellen"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"quelle-planung-dokumente-peine-luechow-dannenberg\""),
                                containsString("Vorlage 2014/026"),
                                containsString("eigene Zusammenfassungen"),
                                not(containsString("href=\"\"")),
                                containsString("bundled/planning/strategy-sozialpolitische-leitlinien-peine.json"))));
    }
}
