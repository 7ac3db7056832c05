package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.territory.Territories;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public planning pages on a synthetic strategy of Landkreis Peine ({@link PlanningPagesTestData#scenario}): the
 * list of strategies, the tree, the print view, the deadline timeline, the measure list with its filters, sorting and
 * exports, and the measure page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PlanningPagesIntegrationTests {

    private static final Pattern ROW_ID = Pattern.compile("<tr data-id=\"(\\d+)\"");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Territories territories;
    private PlanningPagesTestData data;
    private PlanningPagesTestData.Scenario s;

    @Autowired
    PlanningPagesIntegrationTests(MockMvc mvc, JdbcClient jdbc, Territories territories) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.territories = territories;
    }

    @BeforeEach
    void scenario() {
        data = new PlanningPagesTestData(jdbc);
        s = data.scenario(territories);
    }

    @Test
    void overviewListsTheStrategyWithItsDecisionAndRollUp() throws Exception {
        String html = page("/planung");
        assertThat(html)
                .contains("/planung/" + s.strategyKey())
                .contains("Sozialpolitische Leitlinien")
                .contains("beschlossen")
                .contains("Kreistag Test")
                .contains(", 14.06.2006, Vorlage 2006/037")
                .contains("Landkreis Peine");
        String card = html.substring(html.indexOf("strategy-" + s.strategyKey()));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card)
                .contains("4 Maßnahmen")
                .contains("1 geplant")
                .contains("1 in Umsetzung")
                .contains("1 umgesetzt")
                .contains("1 zurückgestellt")
                // (40 + 100 + 0 + 10) / 4 = 37.5
                .contains("Mittlerer Fortschritt 38 %")
                .contains("1 Maßnahme überfällig");
    }

    @Test
    void treeShowsFieldsObjectivesAndMeasuresWithProgressPerNode() throws Exception {
        String html = page("/planung/" + s.strategyKey());
        assertThat(html)
                .contains("Präambel Test")
                .contains("Ausgangslage Bildung Test")
                .contains("Sprache fördern Test")
                .contains("Beratung stärken Test")
                .contains("Prävention Test")
                .contains("id=\"toc\"")
                .contains("href=\"#field-" + s.field1() + "\"")
                .contains("/planung/" + s.strategyKey() + "/ampel")
                .contains("/planung/" + s.strategyKey() + "/fristen")
                .contains("/planung/" + s.strategyKey() + "/evaluation")
                .contains("/planung/" + s.strategyKey() + "/drucken")
                .contains("/massnahmen?strategy=" + s.strategyKey())
                .doesNotContain("/bearbeiten");
        // the field counts a measure that serves both of its objectives once
        String field1 = between(html, "id=\"field-" + s.field1() + "\"", "id=\"field-" + s.field2() + "\"");
        assertThat(field1)
                .contains("2 Maßnahmen</strong>")
                .contains("<span>1 in Umsetzung</span>, <span>1 umgesetzt</span>")
                .contains("Mittlerer Fortschritt 70 %")
                .contains("1 Maßnahme überfällig")
                .contains("überfällig");
        assertThat(between(html, "id=\"field-" + s.field2() + "\"", "id=\"unassigned\""))
                .contains("Jobbörse Test")
                .contains("Wirtschaftsförderung Test")
                .contains("31.12.2099");
        assertThat(html.substring(html.indexOf("id=\"unassigned\"")))
                .contains("Ohne Feld Test")
                .contains("keine Frist")
                .contains("Beispieldaten");

        // each cross-cutting aspect with the nodes it is attached to
        assertThat(html.substring(html.indexOf("id=\"aspects\"")))
                .contains("Prävention Test")
                .contains("href=\"#field-" + s.field1() + "\"")
                .contains("href=\"/massnahmen/" + s.sprachkurse() + "\"")
                .doesNotContain("href=\"/massnahmen/" + s.beratung() + "\"");

        assertThat(page("/planung/" + s.strategyKey(), "PLANNER"))
                .contains("/planung/" + s.strategyKey() + "/bearbeiten");
        assertThat(page("/planung/" + s.strategyKey() + "?lang=en"))
                .contains("Field of action")
                .contains("Objectives")
                .contains("overdue")
                .contains("Measures without a field of action");
    }

    @Test
    void printViewAndDeadlineTimeline() throws Exception {
        String print = page("/planung/" + s.strategyKey() + "/drucken");
        assertThat(print)
                .contains("pp-print")
                .contains("Sprachkurse Test")
                .contains("Kreisvolkshochschule Test")
                .contains("Beratung Test")
                .contains("Jobbörse Test")
                .contains("Ohne Feld Test")
                .contains("31.12.2015")
                .contains("in Umsetzung");

        String deadlines = page("/planung/" + s.strategyKey() + "/fristen");
        assertThat(deadlines)
                .contains("id=\"year-2015\"")
                .contains("id=\"year-2099\"")
                .contains("2. Quartal 2015")
                .contains("4. Quartal 2015")
                .contains("Konferenz Test")
                .contains("Maßnahmen ohne Frist")
                .contains("data-state=\"overdue\"")
                .contains("data-state=\"done\"")
                .contains("/js/planningpages.js");
        assertThat(between(deadlines, "id=\"q-2015-4\"", "</table>"))
                .contains("Sprachkurse Test")
                .contains("überfällig")
                .contains("Beratung Test")
                .contains("umgesetzt");
        assertThat(page("/planung/" + s.strategyKey() + "/fristen?lang=en")).contains("Quarter 4 of 2015");
    }

    @Test
    void aDocumentWithoutMeasuresSaysSo() throws Exception {
        String key = data.key("konzept");
        jdbc.sql("INSERT INTO strategy (key, type, title, status, summary, created_by, updated_by)"
                        + " VALUES (?, 'CONCEPT', 'Konzept in Arbeit Test', 'DRAFT', 'Wird erarbeitet.', 't', 't')")
                .param(key)
                .update();
        assertThat(page("/planung"))
                .contains("Konzept in Arbeit Test")
                .contains("Wird erarbeitet.")
                .contains("noch nicht beschlossen");
        assertThat(page("/planung/" + key))
                .contains("Entwurf")
                .contains("Noch keine Maßnahmen.")
                .doesNotContain("id=\"toc\"");
        assertThat(page("/planung/" + key + "/fristen")).contains("id=\"no-deadlines\"");
        assertThat(page("/planung/" + key + "/drucken")).contains("Konzept in Arbeit Test");
        assertThat(ids("/massnahmen?strategy=" + key)).isEmpty();
        assertThat(page("/massnahmen?strategy=" + key)).contains("id=\"no-measures\"");
    }

    @Test
    void unknownStrategiesAndMeasuresAreNotFound() throws Exception {
        for (String path : List.of(
                "/planung/no-such-strategy-x9",
                "/planung/no-such-strategy-x9/drucken",
                "/planung/no-such-strategy-x9/fristen",
                "/massnahmen/987654321")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/massnahmen?status=FINISHED")).andExpect(status().isBadRequest());
        mvc.perform(get("/massnahmen?field=abc")).andExpect(status().isBadRequest());
    }

    @Test
    void measureListFilters() throws Exception {
        String k = "/massnahmen?strategy=" + s.strategyKey();
        assertThat(ids(k)).containsExactlyInAnyOrder(s.sprachkurse(), s.beratung(), s.jobboerse(), s.ohneFeld());
        assertThat(ids(k + "&status=DONE")).containsExactly(s.beratung());
        assertThat(ids(k + "&field=" + s.field1())).containsExactlyInAnyOrder(s.sprachkurse(), s.beratung());
        assertThat(ids(k + "&field=" + s.field2())).containsExactly(s.jobboerse());
        assertThat(ids("/massnahmen?lead=" + s.kvhsKey())).containsExactly(s.sprachkurse());
        assertThat(ids("/massnahmen?partner=" + s.jobcenterKey())).containsExactly(s.sprachkurse());
        assertThat(ids("/massnahmen?lead=no-such-org-q1")).isEmpty();
        assertThat(ids(k + "&territory=09999")).isEmpty();
        assertThat(ids(k + "&territory=not-a-key")).isEmpty();
        // a municipality: the measures named for it and the county-wide ones, not those of another municipality
        assertThat(ids(k + "&territory=" + s.vechelde().key()))
                .containsExactlyInAnyOrder(s.sprachkurse(), s.beratung(), s.jobboerse());
        assertThat(ids(k + "&territory=" + s.edemissen().key()))
                .containsExactlyInAnyOrder(s.sprachkurse(), s.jobboerse(), s.ohneFeld());
        assertThat(ids(k + "&overdue=true")).containsExactly(s.sprachkurse());
        assertThat(ids(k + "&q=SPRACH")).containsExactly(s.sprachkurse());
        assertThat(ids(get(k).param("q", "Kurse  Eltern"))).containsExactly(s.sprachkurse());
        assertThat(ids(get(k).param("q", "100%"))).isEmpty();
        assertThat(ids(get(k).param("q", "_"))).isEmpty();

        String html = page(k + "&overdue=true");
        // the fields of action are grouped by their strategy in the filter
        assertThat(between(html, "id=\"f-field\"", "</select>"))
                .contains("<optgroup label=\"Leitlinien Test ")
                .contains("<option value=\"" + s.field1() + "\">2.1 Bildung Test</option>");
        assertThat(html)
                .contains("1 Maßnahme passt zu den Filtern.")
                .contains("überfällig")
                .contains("/massnahmen/export.csv?strategy=" + s.strategyKey() + "&amp;overdue=true")
                .contains("/massnahmen/export.xlsx?strategy=" + s.strategyKey() + "&amp;overdue=true");
    }

    @Test
    void measureListSorts() throws Exception {
        String k = "/massnahmen?strategy=" + s.strategyKey();
        // deadline: no deadline last in both directions; same deadline by title
        assertThat(ids(k)).containsExactly(s.beratung(), s.sprachkurse(), s.jobboerse(), s.ohneFeld());
        assertThat(ids(k + "&sort=deadline&dir=desc"))
                .containsExactly(s.jobboerse(), s.beratung(), s.sprachkurse(), s.ohneFeld());
        assertThat(ids(k + "&sort=title")).containsExactly(s.beratung(), s.jobboerse(), s.ohneFeld(), s.sprachkurse());
        assertThat(ids(k + "&sort=progress&dir=desc"))
                .containsExactly(s.beratung(), s.sprachkurse(), s.ohneFeld(), s.jobboerse());
        assertThat(ids(k + "&sort=status")).containsExactly(s.jobboerse(), s.sprachkurse(), s.beratung(), s.ohneFeld());
        // lead: Jobbörse (named as text "Wirtschaftsförderung") after the organisations, no lead last
        assertThat(ids(k + "&sort=lead")).containsExactly(s.sprachkurse(), s.beratung(), s.jobboerse(), s.ohneFeld());
        assertThat(page(k + "&sort=title&dir=desc")).contains("aria-sort=\"descending\"");
    }

    @Test
    void exportsTheFilteredListAsCsvAndXlsx() throws Exception {
        MvcResult csv = mvc.perform(get("/massnahmen/export.csv?strategy=" + s.strategyKey() + "&sort=title"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".csv");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFID;Nummer;Titel;Strategie (Schlüssel);Strategie;Handlungsfelder;Status;");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(5);
        String sprach = lines.stream()
                .filter(l -> l.contains("Sprachkurse Test"))
                .findFirst()
                .orElseThrow();
        // budget planned 10000, approved and spent unknown (empty, never 0)
        assertThat(sprach)
                .startsWith(s.sprachkurse() + ";3.1;Sprachkurse Test;" + s.strategyKey() + ";")
                .contains(";2.1 Bildung Test;in Umsetzung;Kreisvolkshochschule Test")
                .contains(";kreisweit;2014-01-01;2015-12-31;ja;40;10000,00;;;ja;nein;")
                .endsWith("/massnahmen/" + s.sprachkurse());
        assertThat(lines.get(1)).contains("Beratung Test").contains("Vechelde");

        MvcResult xlsx = mvc.perform(get("/massnahmen/export.xlsx?strategy=" + s.strategyKey() + "&overdue=true")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(xlsx.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.findSheet("Measures").orElseThrow();
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Title");
            Row row = rows.get(1);
            assertThat(row.getCellText(2)).isEqualTo("Sprachkurse Test");
            assertThat(row.getCellText(6)).isEqualTo("in progress");
            assertThat(row.getCell(14).asNumber()).isEqualByComparingTo("10000");
            assertThat(row.getCell(15)).matches(c -> c == null || c.getText().isEmpty(), "approved is unknown");
            assertThat(row.getCellAsDate(11).orElseThrow().toLocalDate()).isEqualTo("2015-12-31");
        }
    }

    @Test
    void measurePageShowsEverythingAndUnknownAmountsAsUnknown() throws Exception {
        String html = page("/massnahmen/" + s.sprachkurse());
        assertThat(html)
                .contains("Sprachkurse Test")
                .contains("Nr. 3.1")
                .contains("in Umsetzung")
                .contains("Fortschritt: 40 %")
                .contains("/planung/" + s.strategyKey())
                .contains("Bildung Test")
                .contains("Sprache fördern Test")
                .contains("href=\"/organisationen/" + s.kvhsKey() + "\"")
                .contains("href=\"/organisationen/" + s.jobcenterKey() + "\"")
                .contains("(Kooperationspartner)")
                .contains("ganzes Gebiet (Landkreis Peine)")
                .contains("Familien mit Migrationshintergrund")
                // life stages in the order of the life course
                .contains("<span>Krippe</span>, <span>Kita</span>")
                .contains("Prävention Test")
                .contains("01.01.2014")
                .contains("id=\"overdue-note\"")
                .contains("Zwei Kurse laufen Test")
                .doesNotContain("planerin")
                .containsPattern("gemeldet am \\d{2}\\.\\d{2}\\.\\d{4}")
                .contains("10.000,00\u00a0€")
                .contains("2.000,00\u00a0€")
                .contains("Land Niedersachsen Test")
                .contains("01.08.2017 – 31.07.2020")
                .contains("50\u00a0%")
                .contains("Multiprofessionelles Team Test")
                .contains("Vorlage 2014/026")
                .contains("Konferenz Test")
                .contains("Testquelle")
                .doesNotContain("example-badge")
                .doesNotContain("statusbericht")
                .doesNotContain("/bearbeiten");
        String budget = between(html, "id=\"budget-table\"", "</table>");
        // approved and spent totals, and the office item, are unknown: shown as such, never as 0
        assertThat(budget.split("unbekannt", -1)).hasSize(8);
        assertThat(budget).doesNotContain(">0,00\u00a0€<");

        String other = page("/massnahmen/" + s.ohneFeld());
        assertThat(other)
                .contains("id=\"example-badge\"")
                .contains("Edemissen")
                .contains("nicht benannt")
                .contains("keine Frist")
                .contains("liegt noch kein Statusbericht vor")
                .contains("id=\"no-budget\"")
                .doesNotContain("id=\"budget\"")
                .doesNotContain("id=\"overdue-note\"");
        assertThat(page("/massnahmen/" + s.sprachkurse() + "?lang=en"))
                .contains("Progress: 40 %")
                .contains("10,000.00\u00a0€")
                .contains("unknown")
                .contains("Paper 2014/026");
    }

    @Test
    void reportLinkForPlannersAndMembersOfTheLeadOrganisationOnly() throws Exception {
        String member = "pp-lead-" + System.nanoTime();
        data.member(member, s.kvhsId());
        String outsider = "pp-other-" + System.nanoTime();
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, roles)"
                        + " VALUES (?, ?, '{noop}secret-pw-123', 'PROVIDER')")
                .params(outsider, outsider)
                .update();
        String path = "/massnahmen/" + s.sprachkurse();
        String report = "/massnahmen/" + s.sprachkurse() + "/statusbericht";
        String edit = "/massnahmen/" + s.sprachkurse() + "/bearbeiten";

        assertThat(html(get(path).with(user(member).roles("PROVIDER"))))
                .contains(report)
                .doesNotContain(edit);
        assertThat(html(get(path).with(user(outsider).roles("PROVIDER")))).doesNotContain(report);
        assertThat(html(get(path).with(user("pp-planner").roles("PLANNER"))))
                .contains(report)
                .contains(edit);
        assertThat(html(get("/massnahmen/" + s.beratung()).with(user(member).roles("PROVIDER"))))
                .doesNotContain("/statusbericht");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private List<Long> ids(String path) throws Exception {
        return ids(get(path));
    }

    private List<Long> ids(MockHttpServletRequestBuilder request) throws Exception {
        Matcher m = ROW_ID.matcher(html(request));
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private String page(String path) throws Exception {
        return html(get(path));
    }

    private String page(String path, String role) throws Exception {
        return html(get(path).with(user("pp-" + role.toLowerCase()).roles(role)));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = text.indexOf(to, start);
        assertThat(end).as(to).isGreaterThan(start);
        return text.substring(start, end);
    }
}
