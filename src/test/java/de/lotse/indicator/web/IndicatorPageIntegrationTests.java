package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKind;
import de.lotse.indicator.IndicatorSource;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ReferenceDateSemantics;
import de.lotse.indicator.Topic;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator page, its downloads and the territory's indicator profile on the real territories of Landkreis Peine
 * (03157) and its 7 Gemeinden. All figures are synthetic test input, not official statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorPageIntegrationTests {

    /**
     * Synthetic counts of the 7 Gemeinden in key order. The first (2) is below the minimum count 3; the second (1013)
     * is the smallest other part of the Kreis total and must be hidden too (secondary suppression). Both numbers are
     * chosen so that they appear nowhere else on a page.
     */
    private static final long[] COUNTS = {2, 1013, 2531, 4047, 5501, 7019, 9049};

    private static final List<String> SECRET = List.of("1013", "1.013", "1,013", "1013,0");

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private org.springframework.core.env.Environment environment;

    private IndicatorKey key;
    private List<Territory> gemeinden;

    @Autowired
    IndicatorPageIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @BeforeEach
    void confidentialCounts() {
        key = catalog.create(definition("ip-faelle", new ConfidentialityRule(3, null), Polarity.HIGHER_IS_WORSE))
                .key();
        gemeinden = territories.children(peine(), TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        assertThat(gemeinden).hasSize(7);
        List<NewValue> batch = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            batch.add(NewValue.of(key, gemeinden.get(i).id(), Period.year(2015), BigDecimal.valueOf(COUNTS[i])));
            batch.add(NewValue.of(key, gemeinden.get(i).id(), Period.year(2014), BigDecimal.valueOf(100 + i)));
            total += COUNTS[i];
        }
        batch.add(NewValue.of(key, peine().id(), Period.year(2015), BigDecimal.valueOf(total)));
        batch.add(NewValue.of(key, peine().id(), Period.year(2014), BigDecimal.valueOf(721)));
        values.write(batch);
    }

    @Test
    void pageShowsDefinitionMapLegendTableSeriesSourceAndDownloads() throws Exception {
        String html = page("/indikatoren/" + key.value() + "?method=JENKS&classes=4", null);

        assertThat(html)
                .contains("Testfälle insgesamt")
                .contains("Steckbrief des Indikators")
                .contains("Synthetische Testeingabe")
                .contains("Tabelle 22811-02-02-4")
                .contains("Datenlizenz Deutschland – Namensnennung – Version 2.0")
                .contains("© Test, 2025")
                .contains("ein höherer Wert ist schlechter")
                .contains("Fallzahlen unter 3 werden nicht veröffentlicht")
                .contains("Klassen nach natürlichen Brüchen (Jenks), 4 Klassen.")
                .contains("data-ip-map")
                .contains("/api/v1/territories/03157/children.geojson?level=MUNICIPALITY")
                .contains("id=\"indicator-table\"")
                .contains("geheim gehalten")
                .contains("id=\"series-table\"")
                .contains("/indikatoren/" + key.value()
                        + "/daten.csv?parent=03157&amp;level=MUNICIPALITY&amp;period=2015")
                .contains("/indikatoren/" + key.value() + "/zeitreihe.xlsx?territory=03157")
                .contains("/js/indicatorpage.js")
                .doesNotContain("/bearbeiten")
                .doesNotContain("/werte/");
        assertThat(countOf(html, "<tr data-key=")).isEqualTo(7);
        // the largest value ranks last (higher is worse) and is shown with a German thousands separator
        assertThat(html).contains("9.049");
        assertThat(html).contains("<option value=\"2015\" selected=\"selected\">2015</option>");
    }

    @Test
    void noAnonymousOutputContainsASuppressedValue() throws Exception {
        String base = "/indikatoren/" + key.value();
        String query = "?parent=03157&level=MUNICIPALITY&period=2015";
        String html = page(base + query, null);
        for (String secret : SECRET) {
            assertThat(html).doesNotContain(">" + secret + "<").doesNotContain("\"" + secret + "\"");
        }
        String smallRow = rowOf(html, gemeinden.get(0).key());
        assertThat(smallRow).contains("geheim gehalten").doesNotContain("data-value=");
        assertThat(rowOf(html, gemeinden.get(1).key()))
                .contains("geheim gehalten")
                .doesNotContain("data-value=");

        String csv = download(base + "/daten.csv" + query, null, "text/csv");
        assertThat(csv).startsWith("\uFEFF");
        for (String secret : SECRET) {
            assertThat(csv).doesNotContain(secret);
        }
        String smallLine = csv.lines()
                .filter(l -> l.startsWith(gemeinden.get(0).key() + ";"))
                .findFirst()
                .orElseThrow();
        String[] fields = smallLine.split(";", -1);
        assertThat(fields[4]).as("value").isEmpty();
        assertThat(fields[6]).as("note").isEqualTo("geheim gehalten");

        JsonNode document = json.readTree(download(base + "/daten.json" + query, null, "application/json"));
        for (JsonNode row : document.get("values")) {
            if (row.get("suppressed").asBoolean()) {
                assertThat(row.get("value").isNull()).isTrue();
                assertThat(row.get("rank").isNull()).isTrue();
            }
        }
        assertThat(document.toString()).doesNotContain("1013");
        assertThat(countSuppressed(document)).isGreaterThanOrEqualTo(2);

        List<List<String>> sheet = xlsx(base + "/daten.xlsx" + query, null, "Daten");
        assertThat(sheet).hasSize(8);
        for (List<String> row : sheet) {
            assertThat(row).noneMatch(cell -> cell.startsWith("1013"));
        }
        List<String> small = sheet.stream()
                .filter(r -> r.getFirst().equals(gemeinden.get(0).key()))
                .findFirst()
                .orElseThrow();
        assertThat(small.get(4)).isEmpty();
        assertThat(small.get(6)).isEqualTo("geheim gehalten");

        String series = download(
                base + "/zeitreihe.csv?territory=" + gemeinden.get(1).ags().value(), null, "text/csv");
        assertThat(series).doesNotContain("1013").contains("geheim gehalten");
        String profile = page("/gebiete/" + gemeinden.get(1).key() + "/indikatoren", null);
        for (String secret : SECRET) {
            assertThat(profile).doesNotContain(secret);
        }
    }

    @Test
    void plannersSeeConfidentialValuesMarkedAndTheEditAndProvenanceLinks() throws Exception {
        String base = "/indikatoren/" + key.value();
        String html = page(base + "?period=2015", "PLANNER");
        assertThat(rowOf(html, gemeinden.get(1).key())).contains("1.013").contains("vertraulich");
        assertThat(html)
                .contains(base + "/bearbeiten")
                .contains(base + "/werte/" + gemeinden.get(0).key() + "/2015");
        String csv = download(base + "/daten.csv?period=2015", "PLANNER", "text/csv");
        assertThat(csv).contains(";1013;").contains("vertraulich");
    }

    @Test
    void downloadsContainTheRowsOfTheSelectionWithMetadata() throws Exception {
        String base = "/indikatoren/" + key.value();
        String csv = download(base + "/daten.csv?period=2014", null, "text/csv");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFGebietsschlüssel;Gebiet;Ebene;Zeitraum;Wert (Anzahl);Zeichen;Hinweis;Rang;Abweichung;"
                        + "Abweichung in %;Quelle;Lizenz");
        String first = lines.stream()
                .filter(l -> l.startsWith(gemeinden.get(0).key()))
                .findFirst()
                .orElseThrow();
        // 100 against the Kreis's 721: deviation -621, -86,13 %
        assertThat(first).contains(";2014;100;;;1;-621;-86,13;Testeingabe, Teststatistik, Tabelle 22811-02-02-4;");

        JsonNode document = json.readTree(download(base + "/daten.json?period=2014", null, "application/json"));
        assertThat(document.get("kind").asString()).isEqualTo("CROSS_SECTION");
        assertThat(document.get("values")).hasSize(7);
        assertThat(document.get("licence").asString())
                .isEqualTo("Datenlizenz Deutschland – Namensnennung – Version 2.0");

        List<List<String>> meta = xlsx(base + "/daten.xlsx?period=2014", null, "Metadaten");
        assertThat(meta).anyMatch(r -> r.get(0).equals("Lizenz") && r.get(1).startsWith("Datenlizenz"));
        assertThat(meta)
                .anyMatch(r -> r.get(0).equals("Namensnennung") && r.get(1).equals("© Test, 2025"));
        assertThat(meta).anyMatch(r -> r.get(0).equals("Abgerufen am"));

        String series = download(base + "/zeitreihe.csv?territory=03157", null, "text/csv");
        assertThat(series.lines()).hasSize(3);
        assertThat(series).contains("03157;Peine;Kreis;2014;721;");
        mvc.perform(get(base + "/zeitreihe.json?territory=03157"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".json")));
    }

    @Test
    void unknownIndicatorsAndTerritoriesAnswer404AndBadInput400() throws Exception {
        mvc.perform(get("/indikatoren/no-such-indicator-q7x")).andExpect(status().isNotFound());
        // the real server renders the error page
        java.net.http.HttpResponse<String> notFound = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                                        + environment.getProperty("local.server.port")
                                        + "/indikatoren/no-such-indicator-q7x"))
                                .header("Accept", "text/html")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Seite nicht gefunden");
        mvc.perform(get("/indikatoren/Not_A_Key")).andExpect(status().isNotFound());
        mvc.perform(get("/indikatoren/no-such-indicator-q7x/daten.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/indikatoren/" + key.value() + "?parent=09999")).andExpect(status().isNotFound());
        mvc.perform(get("/indikatoren/" + key.value() + "?period=20x5")).andExpect(status().isBadRequest());
        mvc.perform(get("/indikatoren/" + key.value() + "?level=PLANET")).andExpect(status().isBadRequest());
        mvc.perform(get("/gebiete/09999999/indikatoren")).andExpect(status().isNotFound());
    }

    @Test
    void invalidClassificationInputIsReportedNextToTheFieldAndTheDefaultUsed() throws Exception {
        String html = page("/indikatoren/" + key.value() + "?method=MANUAL&breaks=20;10&classes=9", null);
        assertThat(html)
                .contains("id=\"breaks-error\"")
                .contains("„9“ ist keine gültige Klassenzahl")
                .contains("Klassen nach Quantilen, 5 Klassen.");
        String manual = page("/indikatoren/" + key.value() + "?method=MANUAL&breaks=3000;6000", null);
        assertThat(manual).contains("Klassen nach eigenen Grenzen, 3 Klassen.").contains("über 6.000");
    }

    @Test
    void profileListsTheIndicatorWithSparklineAndComparisonInWords() throws Exception {
        Territory last = gemeinden.get(6);
        String html = page("/gebiete/" + last.key() + "/indikatoren", null);
        assertThat(html)
                .contains("Indikatoren für " + last.name())
                .contains("Kinder, Jugend und Familie")
                .contains("Testfälle insgesamt")
                .contains("9.049")
                .contains("role=\"img\"")
                .contains("<title>" + last.name()
                        + ", 2014 bis 2015 (2 Zeiträume): erster Wert 106, letzter Wert 9.049;" + " gestiegen")
                .contains("cmp-better\">günstiger als Peine")
                .contains("/indikatoren/" + key.value() + "?territory=" + last.key());
        String en = page("/gebiete/" + last.key() + "/indikatoren?lang=en", null);
        assertThat(en).contains("more favourable than Peine").contains("Children, youth and family");
        String territoryProfile = page("/gebiete/" + last.key(), null);
        assertThat(territoryProfile).contains("/gebiete/" + last.key() + "/indikatoren");
    }

    @Test
    void germanyAsAWholeJoinsTheLänderWithoutANationalValue() throws Exception {
        String html = page("/indikatoren/" + key.value() + "?parent=DE&level=COUNTY&period=2015", null);
        assertThat(html)
                .contains("<option value=\"DE\" selected=\"selected\">Deutschland</option>")
                .contains("/api/v1/territories/03/children.geojson?level=COUNTY")
                .contains("/api/v1/territories/09/children.geojson?level=COUNTY");
        String peineRow = rowOf(html, "03157");
        assertThat(peineRow).contains(">1<").contains("29.162");
        String states = page("/indikatoren/" + key.value() + "?parent=DE&level=STATE&period=2015", null);
        assertThat(states).contains("id=\"no-map\"").contains("Für die Länder als Ganzes");
        String csv = download(
                "/indikatoren/" + key.value() + "/daten.csv?parent=DE&level=COUNTY&period=2015", null, "text/csv");
        assertThat(csv).contains("03157;Peine;Kreis;2015;29162;;;1;;;");
        mvc.perform(get("/indikatoren/" + key.value() + "?parent=DE&level=MUNICIPALITY"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRatioComputedFromItsInputsIsOfferedForThePeriodsOfItsInputs() throws Exception {
        IndicatorKey numerator = catalog.create(definition("ip-zaehler", ConfidentialityRule.NONE, Polarity.NEUTRAL))
                .key();
        IndicatorKey denominator = catalog.create(definition("ip-nenner", ConfidentialityRule.NONE, Polarity.NEUTRAL))
                .key();
        IndicatorDefinition base = definition("ip-quote", ConfidentialityRule.NONE, Polarity.HIGHER_IS_BETTER);
        IndicatorKey rate = catalog.create(new IndicatorDefinition(
                        base.key(),
                        new LocalizedText("Testquote", "Test rate"),
                        new LocalizedText("Testquote", "Test rate"),
                        base.definition(),
                        null,
                        new Formula.Ratio(numerator, denominator, BigDecimal.valueOf(100)),
                        "%",
                        1,
                        base.source(),
                        base.licence(),
                        base.attribution(),
                        base.referenceDate(),
                        base.levels(),
                        base.polarity(),
                        Topic.EDUCATION,
                        base.lifeStages(),
                        base.kind(),
                        base.confidentiality()))
                .key();
        List<NewValue> batch = new ArrayList<>();
        for (int i = 0; i < gemeinden.size(); i++) {
            batch.add(NewValue.of(numerator, gemeinden.get(i).id(), Period.year(2013), BigDecimal.valueOf(10 + i)));
            batch.add(NewValue.of(denominator, gemeinden.get(i).id(), Period.year(2013), BigDecimal.valueOf(80)));
        }
        batch.add(NewValue.of(numerator, peine().id(), Period.year(2013), BigDecimal.valueOf(91)));
        batch.add(NewValue.of(denominator, peine().id(), Period.year(2013), BigDecimal.valueOf(560)));
        values.write(batch);

        String html = page("/indikatoren/" + rate.value(), null);
        assertThat(html)
                .contains("<option value=\"2013\" selected=\"selected\">2013</option>")
                .contains("12,5") // 10 / 80 × 100
                .contains("16,3") // 91 / 560 × 100 for the Kreis
                .contains(">Testfälle insgesamt</a>"); // the inputs are linked
        String profile = page("/gebiete/" + gemeinden.get(0).key() + "/indikatoren", null);
        assertThat(profile).contains("Bildung").contains("Testquote").contains("12,5");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String page(String url, String role) throws Exception {
        return mvc.perform(as(get(url), role))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String download(String url, String role, String type) throws Exception {
        return new String(
                mvc.perform(as(get(url), role))
                        .andExpect(status().isOk())
                        .andExpect(content().contentTypeCompatibleWith(type))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    private List<List<String>> xlsx(String url, String role, String sheetName) throws Exception {
        byte[] bytes = mvc.perform(as(get(url), role))
                .andExpect(status().isOk())
                .andExpect(content().contentType(IndicatorPageController.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(c < row.getCellCount() && row.getCell(c) != null ? row.getCellText(c) : "");
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role) {
        return role == null ? request : request.with(user(role.toLowerCase()).roles(role));
    }

    private static String rowOf(String html, String territoryKey) {
        int start = html.indexOf("<tr data-key=\"" + territoryKey + "\"");
        assertThat(start).as("row of %s", territoryKey).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static int countSuppressed(JsonNode document) {
        int n = 0;
        for (JsonNode row : document.get("values")) {
            n += row.get("suppressed").asBoolean() ? 1 : 0;
        }
        return n;
    }

    private Territory peine() {
        return territories.find("03157").orElseThrow();
    }

    static IndicatorDefinition definition(String prefix, ConfidentialityRule rule, Polarity polarity) {
        IndicatorKey key = new IndicatorKey(
                prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
        return new IndicatorDefinition(
                key,
                new LocalizedText("Testfälle insgesamt", "Test cases in total"),
                new LocalizedText("Testfälle", "Test cases"),
                "Synthetische Testeingabe",
                "Nur für Tests",
                new Formula.Raw(),
                "Anzahl",
                0,
                new IndicatorSource("Testeingabe", "Teststatistik", "22811-02-02-4"),
                "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                "© Test, 2025",
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31),
                EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY),
                polarity,
                Topic.CHILDREN_YOUTH_FAMILY,
                EnumSet.of(LifeStage.CRECHE),
                IndicatorKind.POPULATION_INDICATOR,
                rule);
    }
}
