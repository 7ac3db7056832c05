package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national cross-section ({@code parent=DG}), the GeoJSON cross-section, the in-memory suppression decisions and
 * the write path that copies new indicator periods straight into the value table, on the real Kreise of Niedersachsen
 * (03) and Schleswig-Holstein (01). All figures are synthetic test input, not official statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class NationalCrossSectionIntegrationTests {

    private static final Period YEAR = Period.year(2020);
    /** The secondary suppression hides the smallest visible part of Niedersachsen's group: this distinctive figure. */
    private static final long SECONDARY = 4_321;

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    NationalCrossSectionIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void suppressesEachValueNationallyExactlyAsInTheCrossSectionOfItsLand() throws Exception {
        IndicatorKey key = countsWithSuppression();
        List<Territory> nds = kreise("03");
        Territory small = nds.get(0);
        Territory secondary = nds.get(1);

        JsonNode national = read(values(key, "DG", "COUNTY"), null);
        JsonNode land = read(values(key, "03", "COUNTY"), null);

        assertThat(national.get("parent").isNull())
                .as("Lotse has no unit for Germany")
                .isTrue();
        assertThat(national.get("values"))
                .hasSize(territories.allOfLevel(TerritoryLevel.COUNTY).size());
        assertThat(row(national, small).get("suppressed").asBoolean()).isTrue();
        assertThat(row(national, small).get("value").isNull()).isTrue();
        assertThat(row(national, secondary).get("suppressed").asBoolean())
                .as("secondary suppression in the table of Niedersachsen")
                .isTrue();
        for (Territory kreis : nds) {
            assertThat(row(national, kreis).get("suppressed").asBoolean())
                    .as(kreis.name())
                    .isEqualTo(row(land, kreis).get("suppressed").asBoolean());
        }
        assertThat(numbers(national, "value"))
                .noneMatch(n -> n.compareTo(BigDecimal.ONE) == 0)
                .noneMatch(n -> n.compareTo(BigDecimal.valueOf(SECONDARY)) == 0);
        List<Integer> ranks = new ArrayList<>();
        national.get("values").forEach(r -> {
            if (!r.get("rank").isNull()) {
                ranks.add(r.get("rank").asInt());
            }
        });
        assertThat(ranks)
                .as("one national ranking of the visible values")
                .hasSize(nds.size() - 2 + kreise("01").size())
                .contains(1, ranks.size());

        JsonNode planner = read(values(key, "DG", "COUNTY"), "PLANNER");
        assertThat(row(planner, secondary).get("value").decimalValue()).isEqualByComparingTo("4321");
        assertThat(row(planner, secondary).get("confidential").asBoolean()).isTrue();
    }

    @Test
    void answersTheCrossSectionAsGeoJsonWithoutSuppressedValuesForTheAnonymousCaller() throws Exception {
        IndicatorKey key = countsWithSuppression();
        List<Territory> nds = kreise("03");

        JsonNode land = read(geoJson(key, "03", "COUNTY"), null);
        assertThat(land.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(land.get("features")).hasSize(nds.size());
        Map<String, JsonNode> byKey = new HashMap<>();
        land.get("features")
                .forEach(f -> byKey.put(f.get("properties").get("key").asString(), f));
        JsonNode small = byKey.get(nds.get(0).key());
        assertThat(small.get("properties").get("value").isNull()).isTrue();
        assertThat(small.get("properties").get("suppressed").asBoolean()).isTrue();
        assertThat(small.get("properties").get("rank").isNull()).isTrue();
        assertThat(small.get("geometry").get("type").asString()).endsWith("Polygon");
        assertThat(byKey.get(nds.get(1).key())
                        .get("properties")
                        .get("suppressed")
                        .asBoolean())
                .isTrue();
        assertThat(numbers(land, "value"))
                .noneMatch(n -> n.compareTo(BigDecimal.ONE) == 0)
                .noneMatch(n -> n.compareTo(BigDecimal.valueOf(SECONDARY)) == 0);
        JsonNode visible = byKey.get(nds.get(2).key()).get("properties");
        assertThat(visible.get("name").asString()).isEqualTo(nds.get(2).name());
        assertThat(visible.get("value").decimalValue()).isPositive();
        assertThat(visible.get("rank").asInt()).isPositive();

        JsonNode national = read(geoJson(key, "DG", "COUNTY"), null);
        assertThat(national.get("features").size()).isGreaterThan(nds.size());
        assertThat(numbers(national, "value")).noneMatch(n -> n.compareTo(BigDecimal.valueOf(SECONDARY)) == 0);

        JsonNode planner = read(geoJson(key, "03", "COUNTY"), "PLANNER");
        assertThat(planner.toString()).contains("4321");

        mvc.perform(get("/api/v1/indicators/" + key + "/values.geojson?parent=03"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators/" + key + "/values.geojson?parent=03&period=20x"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators/" + key + "/values.geojson?parent=03&period=2020&level=NATION"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators/no-such-indicator/values.geojson?parent=03&period=2020"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/" + key + "/values.geojson?parent=99&period=2020"))
                .andExpect(status().isNotFound());
    }

    @Test
    void decidesAgainAfterValuesChange() throws Exception {
        IndicatorKey key = countsWithSuppression();
        List<Territory> nds = kreise("03");
        Territory small = nds.get(0);
        Territory secondary = nds.get(1);
        assertThat(row(read(values(key, "03", "COUNTY"), null), secondary)
                        .get("suppressed")
                        .asBoolean())
                .isTrue();
        assertThat(read("/api/v1/indicators/" + key + "/values?territory=" + secondary.key(), null)
                        .get("values")
                        .get(0)
                        .get("suppressed")
                        .asBoolean())
                .isTrue();

        Territory niedersachsen = territories.find("03").orElseThrow();
        BigDecimal total =
                values.find(key, niedersachsen.id(), YEAR).orElseThrow().value();
        values.write(List.of(
                NewValue.of(key, small.id(), YEAR, BigDecimal.valueOf(3_000)),
                NewValue.of(key, niedersachsen.id(), YEAR, total.add(BigDecimal.valueOf(2_999)))));

        JsonNode after = read(values(key, "03", "COUNTY"), null);
        assertThat(row(after, small).get("value").decimalValue()).isEqualByComparingTo("3000");
        assertThat(row(after, secondary).get("suppressed").asBoolean()).isFalse();
        assertThat(read("/api/v1/indicators/" + key + "/values?territory=" + secondary.key(), null)
                        .get("values")
                        .get(0)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("4321");
    }

    @Test
    void writesNewPeriodsDirectlyAndStillKeepsRevisionsOfChangedValues() {
        IndicatorKey key = uniqueKey("schnellweg");
        catalog.create(anIndicator(key).build());
        List<Territory> nds = kreise("03");
        long a = nds.get(0).id();
        long b = nds.get(1).id();
        long c = nds.get(2).id();
        assertThat(values.write(List.of(
                        NewValue.of(key, a, Period.year(2019), BigDecimal.ONE),
                        NewValue.of(key, b, Period.year(2019), BigDecimal.TWO))))
                .isEqualTo(new WriteReport(2, 0, 0));

        WriteReport mixed = values.write(List.of(
                NewValue.of(key, a, Period.year(2019), new BigDecimal("1.0")),
                NewValue.of(key, b, Period.year(2019), BigDecimal.TEN),
                NewValue.of(key, c, Period.year(2019), BigDecimal.ONE),
                NewValue.of(key, a, Period.year(2020), BigDecimal.ONE),
                NewValue.of(key, b, Period.year(2020), BigDecimal.TWO)));

        assertThat(mixed).isEqualTo(new WriteReport(3, 1, 1));
        assertThat(values.revisions(key, b, Period.year(2019)))
                .singleElement()
                .extracting(r -> r.value().value())
                .isEqualTo(BigDecimal.TWO);
        assertThat(values.revisions(key, a, Period.year(2019))).isEmpty();
        assertThat(values.timeSeries(key, a))
                .extracting(StoredValue::period)
                .containsExactly(Period.year(2019), Period.year(2020));
        assertThat(values.find(key, b, Period.year(2020)).orElseThrow().recordedBy())
                .isNotBlank();
    }

    /**
     * Counts for the Land and the Kreise of Niedersachsen (the first Kreis 1, below the minimum count 3; the second
     * the smallest other part, {@link #SECONDARY}) and of Schleswig-Holstein (none small), minimum count 3.
     */
    private IndicatorKey countsWithSuppression() {
        IndicatorKey key = uniqueKey("national");
        catalog.create(anIndicator(key)
                .levels(TerritoryLevel.STATE, TerritoryLevel.COUNTY)
                .confidentiality(3, null)
                .build());
        List<NewValue> batch = new ArrayList<>();
        for (String land : List.of("03", "01")) {
            List<Territory> kreise = kreise(land);
            long total = 0;
            for (int i = 0; i < kreise.size(); i++) {
                long count = land.equals("03") && i == 0
                        ? 1
                        : land.equals("03") && i == 1 ? SECONDARY : (land.equals("03") ? 10_000 : 20_000) + 7L * i;
                total += count;
                batch.add(NewValue.of(key, kreise.get(i).id(), YEAR, BigDecimal.valueOf(count)));
            }
            batch.add(NewValue.of(key, territories.find(land).orElseThrow().id(), YEAR, BigDecimal.valueOf(total)));
        }
        values.write(batch);
        return key;
    }

    private List<Territory> kreise(String land) {
        return territories.children(territories.find(land).orElseThrow(), TerritoryLevel.COUNTY).stream()
                .filter(Territory::isCurrent)
                .toList();
    }

    private static String values(IndicatorKey key, String parent, String level) {
        return "/api/v1/indicators/" + key + "/values?parent=" + parent + "&level=" + level + "&period=" + YEAR;
    }

    private static String geoJson(IndicatorKey key, String parent, String level) {
        return "/api/v1/indicators/" + key + "/values.geojson?parent=" + parent + "&level=" + level + "&period=" + YEAR;
    }

    private JsonNode read(String url, String role) throws Exception {
        var request = get(url);
        if (role != null) {
            request = request.with(user(role.toLowerCase()).roles(role));
        }
        return json.readTree(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static JsonNode row(JsonNode response, Territory territory) {
        for (JsonNode r : response.get("values")) {
            if (r.get("territory").get("key").asString().equals(territory.key())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + territory.key());
    }

    /** Every number under a field of that name, anywhere in the response. */
    private static List<BigDecimal> numbers(JsonNode node, String field) {
        List<BigDecimal> numbers = new ArrayList<>();
        node.findValues(field).forEach(n -> {
            if (n.isNumber()) {
                numbers.add(n.decimalValue());
            }
        });
        return numbers;
    }
}
