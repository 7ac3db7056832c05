package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enriched cross-section, several time series side by side, the social index and the peer comparison over HTTP,
 * on the real territories of Landkreis Peine (03157), its 7 Gemeinden and Niedersachsen (03). All figures written
 * here are synthetic test input, not official statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AnalysisApiIntegrationTests {

    private static final Period Y2010 = Period.year(2010);
    private static final Period Y2013 = Period.year(2013);
    private static final Period Y2015 = Period.year(2015);

    /** Synthetic counts of the 7 Gemeinden; the first is below the minimum count 3 (and one more goes secondary). */
    private static final long[] SMALL = {2, 10, 25, 40, 55, 70, 90};

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    AnalysisApiIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void crossSectionCarriesZScoreChangesAndAncestorComparisons() throws Exception {
        IndicatorKey key = create("quer", Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE);
        List<Territory> gemeinden = gemeinden();
        long[] now = {30, 10, 20, 20, 50, 60, 10};
        long[] before = {25, 10, 20, 25, 50, 50, 5};
        long[] base = {15, 10, 10, 20, 40, 60, 20};
        for (int i = 0; i < gemeinden.size(); i++) {
            write(key, gemeinden.get(i), Y2015, now[i]);
            write(key, gemeinden.get(i), Y2013, before[i]);
            write(key, gemeinden.get(i), Y2010, base[i]);
        }
        write(key, peine(), Y2015, 200);
        write(key, niedersachsen(), Y2015, 1000);

        JsonNode r = read(crossSection(key) + "&base=2010", null);
        assertThat(r.get("previousPeriod").asString()).as("2014 has no values").isEqualTo("2013");
        assertThat(r.get("basePeriod").asString()).isEqualTo("2010");
        double mean = 200.0 / 7;
        double squares = 0;
        for (long x : now) {
            squares += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(squares / 7);
        assertThat(r.get("statistics").get("count").asInt()).isEqualTo(7);
        assertThat(r.get("statistics").get("mean").asDouble()).isCloseTo(mean, within(0.001));
        JsonNode sixth = row(r, gemeinden.get(5));
        assertThat(sixth.get("zScore").asDouble()).isCloseTo((60 - mean) / sd, within(0.001));
        JsonNode first = row(r, gemeinden.get(0));
        assertThat(first.get("rank").asInt()).as("existing fields stay").isEqualTo(5);
        assertThat(first.get("deviation").get("absolute").decimalValue()).isEqualByComparingTo("-170");
        assertThat(first.get("changePrevious").get("period").asString()).isEqualTo("2013");
        assertThat(first.get("changePrevious").get("absolute").decimalValue()).isEqualByComparingTo("5");
        assertThat(first.get("changePrevious").get("relativePercent").decimalValue())
                .isEqualByComparingTo("20");
        assertThat(first.get("changeBase").get("absolute").decimalValue()).isEqualByComparingTo("15");
        assertThat(first.get("changeBase").get("relativePercent").decimalValue())
                .isEqualByComparingTo("100");
        JsonNode comparisons = first.get("comparisons");
        assertThat(comparisons).hasSize(2);
        assertThat(comparisons.get(0).get("territory").get("key").asString()).isEqualTo("03157");
        assertThat(comparisons.get(0).get("deviation").decimalValue()).isEqualByComparingTo("-170");
        assertThat(comparisons.get(1).get("territory").get("key").asString()).isEqualTo("03");
        assertThat(comparisons.get(1).get("territory").get("level").asString()).isEqualTo("STATE");
        assertThat(comparisons.get(1).get("deviation").decimalValue()).isEqualByComparingTo("-970");
        assertThat(comparisons.get(1).get("relativePercent").decimalValue()).isEqualByComparingTo("-97");

        JsonNode plain = read(crossSection(key) + "&enrich=false", null);
        assertThat(row(plain, gemeinden.get(0)).get("rank").asInt()).isEqualTo(5);
        assertThat(row(plain, gemeinden.get(0)).get("zScore").isNull()).isTrue();
        assertThat(plain.get("previousPeriod").isNull()).isTrue();

        JsonNode withoutBase = read(crossSection(key), null);
        assertThat(withoutBase.get("basePeriod").isNull()).isTrue();
        assertThat(row(withoutBase, gemeinden.get(0)).get("changeBase").isNull())
                .isTrue();
    }

    @Test
    void timeSeriesOfSeveralTerritoriesSideBySide() throws Exception {
        IndicatorKey key = create("reihen", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        write(key, peine(), Y2013, 100);
        write(key, peine(), Y2015, 120);
        write(key, niedersachsen(), Y2015, 900);
        JsonNode r = read("/api/v1/indicators/" + key.value() + "/values?territory=03157,03", null);
        assertThat(r.get("kind").asString()).isEqualTo("TIME_SERIES");
        assertThat(r.get("territory").isNull()).isTrue();
        assertThat(r.get("series")).hasSize(2);
        assertThat(r.get("series").get(0).get("territory").get("key").asString())
                .isEqualTo("03157");
        assertThat(r.get("series").get(0).get("values")).hasSize(2);
        assertThat(r.get("series").get(1).get("values").get(0).get("value").decimalValue())
                .isEqualByComparingTo("900");
        assertThat(r.get("values")).hasSize(3);
        JsonNode single = read("/api/v1/indicators/" + key.value() + "/values?territory=03157", null);
        assertThat(single.get("territory").get("key").asString()).isEqualTo("03157");
        assertThat(single.get("series")).hasSize(1);
    }

    @Test
    void badParametersAreProblems() throws Exception {
        IndicatorKey key = create("falsch", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        String values = "/api/v1/indicators/" + key.value() + "/values";
        for (String url : List.of(
                values + "?parent=03157&period=2015&base=2016",
                values + "?parent=03157&period=2015&base=2015",
                values + "?parent=03157&period=2015&base=20x0",
                values + "?parent=03157&period=2015&base=2010-12-31",
                values + "?territory=03157&base=2010",
                values + "?territory=03157&enrich=false",
                values + "?parent=03157&period=2015&enrich=maybe",
                values + "?parent=03157&period=2015&enrich=false&base=2010",
                values + "?territory=03157,,03",
                "/api/v1/analysis/social-index?parent=03157&period=2015",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&period=2015",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&parent=03157",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&parent=03157&period=15x",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&weights=1,2&parent=03157&period=2015",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&weights=-1&parent=03157&period=2015",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&weights=0&parent=03157&period=2015",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&weights=x&parent=03157&period=2015",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "," + key.value()
                        + "&parent=03157&period=2015",
                "/api/v1/analysis/social-index?indicators=Bad_Key&parent=03157&period=2015",
                "/api/v1/analysis/social-index?indicators=" + key.value() + "&parent=03157&period=2015&level=X",
                "/api/v1/analysis/peers?indicators=" + key.value(),
                "/api/v1/analysis/peers?territory=03&indicators=" + key.value(),
                "/api/v1/analysis/peers?territory=03157&indicators=" + key.value() + "&n=0",
                "/api/v1/analysis/peers?territory=03157&indicators=" + key.value() + "&n=many",
                "/api/v1/analysis/peers?territory=03157&indicators=" + key.value() + "&period=2015-13",
                "/api/v1/analysis/peers?territory=0315x&indicators=" + key.value())) {
            mvc.perform(get(url))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(get("/api/v1/analysis/social-index?indicators=no-such-indicator-q1&parent=03157&period=2015"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/analysis/peers?territory=03157&indicators=no-such-indicator-q1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/analysis/peers?territory=09999&indicators=" + key.value()))
                .andExpect(status().isNotFound());
    }

    /** No anonymous response of the analysis contains a suppressed value, nor a statistic computed from one. */
    @Test
    void noAnonymousAnalysisContainsASuppressedValue() throws Exception {
        IndicatorKey secret = create("geheim", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        IndicatorKey open = create("offen", Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        List<Territory> gemeinden = gemeinden();
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(secret, gemeinden.get(i), Y2015, SMALL[i]);
            write(secret, gemeinden.get(i), Y2013, SMALL[i]);
            write(open, gemeinden.get(i), Y2015, 100 + i * 7L);
            total += SMALL[i];
        }
        write(secret, peine(), Y2015, total);

        JsonNode section = read(crossSection(secret) + "&base=2013", null);
        assertNoSmallNumbers(section);
        JsonNode small = row(section, gemeinden.get(0));
        assertThat(small.get("value").isNull()).isTrue();
        assertThat(small.get("zScore").isNull()).isTrue();
        assertThat(small.get("changePrevious").isNull()).isTrue();
        assertThat(small.get("changeBase").isNull()).isTrue();
        assertThat(small.get("comparisons").get(0).get("deviation").isNull()).isTrue();
        assertThat(row(section, gemeinden.get(1)).get("zScore").isNull())
                .as("secondary suppression")
                .isTrue();
        assertThat(section.get("statistics").get("count").asInt()).isEqualTo(5);
        assertThat(section.get("statistics").get("mean").decimalValue())
                .as("mean of the visible values only")
                .isEqualByComparingTo("56");

        JsonNode planner = read(crossSection(secret), "PLANNER");
        assertThat(row(planner, gemeinden.get(0)).get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(row(planner, gemeinden.get(0)).get("zScore").isNull())
                .as("no statistic over suppressed values, not even for planners")
                .isTrue();
        assertThat(planner.get("statistics").get("count").asInt()).isEqualTo(5);

        String index = "/api/v1/analysis/social-index?indicators=" + secret.value() + "," + open.value()
                + "&weights=2,1&parent=03157&level=MUNICIPALITY&period=2015";
        JsonNode anonymous = read(index, null);
        assertNoSmallNumbers(anonymous);
        assertThat(anonymous.get("complete").asInt()).isEqualTo(5);
        assertThat(anonymous.get("components").get(1).get("direction").asInt()).isEqualTo(-1);
        JsonNode entry = entry(anonymous, gemeinden.get(0));
        assertThat(entry.get("index").isNull()).isTrue();
        assertThat(entry.get("rank").isNull()).isTrue();
        assertThat(entry.get("missing").get(0).asString()).isEqualTo(secret.value());
        assertThat(entry.get("inputs").get(0).get("suppressed").asBoolean()).isTrue();
        assertThat(entry.get("inputs").get(0).get("value").isNull()).isTrue();
        assertThat(entry(anonymous, gemeinden.get(6)).get("rank").asInt()).isBetween(1, 5);
        assertThat(read(index, "PLANNER").toString()).isEqualTo(anonymous.toString());
    }

    @Test
    void peersAreTheNearestKreiseOverTheKreiseWithCompleteData() throws Exception {
        IndicatorKey a = create("peer-a", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        IndicatorKey b = create("peer-b", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        String[] keys = {"03157", "03101", "03102", "03103"};
        long[][] xs = {{1, 10}, {2, 10}, {3, 20}, {4, 40}};
        for (int i = 0; i < keys.length; i++) {
            Territory kreis = territories.find(keys[i]).orElseThrow();
            write(a, kreis, Y2015, xs[i][0]);
            write(b, kreis, Y2015, xs[i][1]);
        }
        write(a, territories.find("03354").orElseThrow(), Y2015, 2);
        int currentKreise = (int) territories.allOfLevel(TerritoryLevel.COUNTY).stream()
                .filter(Territory::isCurrent)
                .count();

        JsonNode r =
                read("/api/v1/analysis/peers?territory=03157&indicators=" + a.value() + "," + b.value() + "&n=2", null);
        assertThat(r.get("complete").asInt()).isEqualTo(4);
        assertThat(r.get("excluded").asInt()).isEqualTo(currentKreise - 4);
        assertThat(r.get("indicators").get(0).get("period").asString()).isEqualTo("2015");
        assertThat(r.get("peers")).hasSize(2);
        assertThat(r.get("peers").get(0).get("territory").get("key").asString()).isEqualTo("03101");
        assertThat(r.get("peers").get(0).get("distance").asDouble()).isCloseTo(0.894, within(0.001));
        assertThat(r.get("peers").get(1).get("territory").get("key").asString()).isEqualTo("03102");
        assertThat(r.get("peers").get(1).get("distance").asDouble()).isCloseTo(1.966, within(0.001));
        assertThat(r.get("peers").get(1).get("values").get(1).decimalValue()).isEqualByComparingTo("20");
        assertThat(r.get("target").get("values").get(0).decimalValue()).isEqualByComparingTo("1");

        JsonNode lacking =
                read("/api/v1/analysis/peers?territory=03354&indicators=" + a.value() + "," + b.value(), null);
        assertThat(lacking.get("target").isNull()).isTrue();
        assertThat(lacking.get("peers")).isEmpty();
        assertThat(lacking.get("missing").get(0).asString()).isEqualTo(b.value());
    }

    @Test
    void theOpenApiDescriptionDocumentsTheAnalysis() throws Exception {
        String spec = mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(spec)
                .contains("/api/v1/analysis/social-index")
                .contains("/api/v1/analysis/peers")
                .contains("changePrevious")
                .contains("comparisons")
                .contains("Cross-section: base period of changeBase");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static void assertNoSmallNumbers(JsonNode response) {
        List<BigDecimal> numbers = new ArrayList<>();
        collect(response, null, numbers);
        assertThat(numbers)
                .as("neither the suppressed 2 nor the secondary 10")
                .noneMatch(n -> n.compareTo(BigDecimal.valueOf(2)) == 0 || n.compareTo(BigDecimal.TEN) == 0);
    }

    /** Every number except positions and counts (rank, count, complete, direction, weights and shares). */
    private static void collect(JsonNode node, String field, List<BigDecimal> numbers) {
        Set<String> notValues = Set.of("rank", "count", "complete", "direction", "weight", "share", "decimals");
        if (node.isNumber() && !notValues.contains(field)) {
            numbers.add(node.decimalValue());
        } else if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), numbers));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, field, numbers));
        }
    }

    private String crossSection(IndicatorKey key) {
        return "/api/v1/indicators/" + key.value() + "/values?parent=03157&level=MUNICIPALITY&period=2015";
    }

    private JsonNode read(String url, String role) throws Exception {
        var request = get(url);
        if (role != null) {
            request = request.with(user(role.toLowerCase()).roles(role));
        }
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private static JsonNode row(JsonNode response, Territory territory) {
        for (JsonNode r : response.get("values")) {
            if (r.get("territory").get("key").asString().equals(territory.key())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + territory.key());
    }

    private static JsonNode entry(JsonNode response, Territory territory) {
        for (JsonNode r : response.get("territories")) {
            if (r.get("territory").get("key").asString().equals(territory.key())) {
                return r;
            }
        }
        throw new AssertionError("no entry for " + territory.key());
    }

    private Territory peine() {
        return territories.find("03157").orElseThrow();
    }

    private Territory niedersachsen() {
        return territories.find("03").orElseThrow();
    }

    private List<Territory> gemeinden() {
        List<Territory> gemeinden = territories.children(peine(), TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        assertThat(gemeinden).hasSize(7);
        return gemeinden;
    }

    private void write(IndicatorKey key, Territory territory, Period period, long count) {
        values.write(List.of(NewValue.of(key, territory.id(), period, BigDecimal.valueOf(count))));
    }

    private IndicatorKey create(String prefix, Polarity polarity, ConfidentialityRule rule) {
        return catalog.create(AnalysisFixtures.count(
                        "analysis-" + prefix,
                        "Analyse-Testindikator " + prefix,
                        "Analysis test indicator " + prefix,
                        prefix,
                        polarity,
                        rule))
                .key();
    }
}
