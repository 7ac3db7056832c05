package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ThresholdDraft;
import de.lotse.indicator.Thresholds;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
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
 * The early-warning and life-course API on Landkreis Peine and its 7 Gemeinden with synthetic test figures: hand-computed
 * z-scores, the latest period, and no suppressed value in any anonymous response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EarlyWarningApiIntegrationTests {

    /** Synthetic counts of the 7 Gemeinden in key order; the first (2) is below the minimum count 3. */
    private static final long[] COUNTS = {2, 10, 25, 40, 55, 70, 90};

    /** Numbers in a response that are not values: identifiers, versions, counts. */
    private static final Set<String> NOT_VALUES =
            Set.of("id", "version", "decimals", "count", "units", "thresholds", "worseCount", "tolerancePercent");

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Thresholds thresholds;
    private final Territories territories;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    EarlyWarningApiIntegrationTests(
            MockMvc mvc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Thresholds thresholds,
            Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.thresholds = thresholds;
        this.territories = territories;
    }

    @Test
    void alertsOnTheLatestPeriodWithoutRevealingSuppressedValues() throws Exception {
        IndicatorKey key = catalog.create(WarningFixtures.definition(
                        "faelle", "Fälle", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null)))
                .key();
        List<Territory> gemeinden = WarningFixtures.gemeinden(territories);
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(key, gemeinden.get(i), Period.year(2014), 500 + i);
            write(key, gemeinden.get(i), Period.year(2015), COUNTS[i]);
            total += COUNTS[i];
        }
        write(key, WarningFixtures.peine(territories), Period.year(2015), total);
        // fires only on the suppressed 2
        thresholds.create(key, new ThresholdDraft("ABSOLUTE", "BELOW", "5", null, null, "WARNING", null));
        // public: visible 25, 40, 55, 70, 90 -> mean 56, sd sqrt(2570 / 5) = 22.6716; z(90) = 34 / 22.6716 = 1.4997
        // planners: all 7 -> mean 41.7143, sd 29.6975; z(90) = 1.6259, z(70) = 0.9525
        thresholds.create(key, new ThresholdDraft("DEVIATION", "WORSE", "1.2", "03157", "MUNICIPALITY", "NOTICE", ""));

        JsonNode anonymous = read("/api/v1/analysis/early-warning?parent=03157", null);
        assertThat(anonymous.get("audience").asString()).isEqualTo("PUBLIC");
        assertThat(anonymous.get("parent").get("key").asString()).isEqualTo("03157");
        List<JsonNode> mine = alertsOf(anonymous, key);
        assertThat(mine).hasSize(1);
        JsonNode alert = mine.getFirst();
        assertThat(alert.get("territory").get("key").asString())
                .isEqualTo(gemeinden.get(6).key());
        assertThat(alert.get("period").asString()).as("the latest period").isEqualTo("2015");
        assertThat(alert.get("value").decimalValue()).isEqualByComparingTo("90");
        assertThat(alert.get("zScore").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(alert.get("comparison").get("count").asInt()).isEqualTo(5);
        assertThat(alert.get("comparison").get("mean").decimalValue()).isEqualByComparingTo("56");
        assertThat(alert.get("comparison").get("standardDeviation").decimalValue())
                .isEqualByComparingTo("22.67");
        assertThat(alert.get("comparison").get("region").get("key").asString()).isEqualTo("03157");
        assertThat(alert.get("severity").asString()).isEqualTo("NOTICE");
        assertThat(alert.get("confidential").asBoolean()).isFalse();
        assertThat(numbers(mine)).noneMatch(n -> n.compareTo(BigDecimal.valueOf(2)) == 0);
        assertThat(numbers(mine)).noneMatch(n -> n.compareTo(BigDecimal.TEN) == 0);
        assertThat(read("/api/v1/analysis/early-warning", null)
                        .get("parent")
                        .get("key")
                        .asString())
                .as("default: the home county")
                .isEqualTo("03157");

        JsonNode planner = read("/api/v1/analysis/early-warning?parent=03157", "PLANNER");
        assertThat(planner.get("audience").asString()).isEqualTo("PERMITTED");
        List<JsonNode> seen = alertsOf(planner, key);
        assertThat(seen).hasSize(2);
        JsonNode secret = seen.stream()
                .filter(a -> a.get("threshold").get("kind").asString().equals("ABSOLUTE"))
                .findFirst()
                .orElseThrow();
        assertThat(secret.get("territory").get("key").asString())
                .isEqualTo(gemeinden.get(0).key());
        assertThat(secret.get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(secret.get("confidential").asBoolean()).isTrue();
        assertThat(secret.get("severity").asString()).isEqualTo("WARNING");
        JsonNode deviation = seen.stream()
                .filter(a -> a.get("threshold").get("kind").asString().equals("DEVIATION"))
                .findFirst()
                .orElseThrow();
        assertThat(deviation.get("zScore").decimalValue()).isEqualByComparingTo("1.63");
        assertThat(deviation.get("comparison").get("count").asInt()).isEqualTo(7);

        mvc.perform(get("/api/v1/analysis/early-warning?parent=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/analysis/early-warning?parent=09999")).andExpect(status().isNotFound());
    }

    @Test
    void lifeCourseComparesWithTheKreisWithoutRevealingSuppressedValues() throws Exception {
        IndicatorKey creche = catalog.create(WarningFixtures.definition(
                        "krippe", "Krippe", "%", Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE, LifeStage.CRECHE))
                .key();
        IndicatorKey older = catalog.create(WarningFixtures.definition(
                        "pflege",
                        "Pflege",
                        "%",
                        Polarity.HIGHER_IS_WORSE,
                        ConfidentialityRule.NONE,
                        LifeStage.OLDER_PEOPLE))
                .key();
        IndicatorKey secret = catalog.create(WarningFixtures.definition(
                        "kita", "Kita", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null), LifeStage.KITA))
                .key();
        List<Territory> gemeinden = WarningFixtures.gemeinden(territories);
        Territory peine = WarningFixtures.peine(territories);
        Territory small = gemeinden.getFirst();
        write(creche, small, Period.year(2015), 25);
        write(creche, peine, Period.year(2015), 40);
        write(older, small, Period.year(2014), 30);
        write(older, small, Period.year(2015), 41);
        write(older, peine, Period.year(2015), 40);
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(secret, gemeinden.get(i), Period.year(2015), COUNTS[i]);
            total += COUNTS[i];
        }
        write(secret, peine, Period.year(2015), total);
        write(secret, small, Period.year(2014), 5);
        write(secret, peine, Period.year(2014), 100);

        String url = "/api/v1/life-course/" + small.ags().value();
        JsonNode anonymous = read(url, null);
        assertThat(anonymous.get("territory").get("key").asString()).isEqualTo(small.key());
        assertThat(anonymous.get("tolerancePercent").asInt()).isEqualTo(5);
        List<String> stages = new ArrayList<>();
        anonymous.get("stages").forEach(s -> stages.add(s.get("stage").asString()));
        assertThat(stages)
                .containsExactly(java.util.Arrays.stream(LifeStage.values())
                        .map(Enum::name)
                        .toArray(String[]::new));

        JsonNode crecheEntry = entry(anonymous, "CRECHE", creche);
        assertThat(crecheEntry.get("value").decimalValue()).isEqualByComparingTo("25");
        assertThat(crecheEntry.get("comparisonRegion").get("key").asString()).isEqualTo("03157");
        assertThat(crecheEntry.get("comparisonValue").decimalValue()).isEqualByComparingTo("40");
        assertThat(crecheEntry.get("difference").decimalValue()).isEqualByComparingTo("-15");
        assertThat(crecheEntry.get("verdict").asString()).isEqualTo("WORSE");
        assertThat(stage(anonymous, "CRECHE").get("worse").asBoolean()).isTrue();

        JsonNode olderEntry = entry(anonymous, "OLDER_PEOPLE", older);
        assertThat(olderEntry.get("period").asString()).isEqualTo("2015");
        assertThat(olderEntry.get("verdict").asString())
                .as("41 vs 40 is within 5 %")
                .isEqualTo("SIMILAR");

        JsonNode hidden = entry(anonymous, "KITA", secret);
        assertThat(hidden.get("period").asString())
                .as("the suppressed 2015 value is skipped for the public")
                .isEqualTo("2014");
        assertThat(hidden.get("value").decimalValue()).isEqualByComparingTo("5");
        assertThat(hidden.get("comparisonValue").isNull())
                .as("counts of areas of different size are not compared")
                .isTrue();
        assertThat(hidden.get("verdict").asString()).isEqualTo("NOT_COMPARABLE");
        assertThat(numbers(List.of(hidden))).noneMatch(n -> n.compareTo(BigDecimal.valueOf(2)) == 0);

        JsonNode planner = read(url, "PLANNER");
        JsonNode shown = entry(planner, "KITA", secret);
        assertThat(shown.get("period").asString()).isEqualTo("2015");
        assertThat(shown.get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(shown.get("confidential").asBoolean()).isTrue();

        JsonNode county = read("/api/v1/life-course/03157", null);
        JsonNode countyCreche = entry(county, "CRECHE", creche);
        assertThat(countyCreche.get("value").decimalValue()).isEqualByComparingTo("40");
        assertThat(countyCreche.get("verdict").asString())
                .as("the Land has no value")
                .isEqualTo("NO_DATA");
        assertThat(countyCreche.get("comparisonRegion").isNull()).isTrue();

        mvc.perform(get("/api/v1/life-course/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/life-course/09999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/life-course/03157?level=PLANET")).andExpect(status().isBadRequest());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void write(IndicatorKey key, Territory territory, Period period, long value) {
        values.write(List.of(NewValue.of(key, territory.id(), period, BigDecimal.valueOf(value))));
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

    private static List<JsonNode> alertsOf(JsonNode response, IndicatorKey key) {
        List<JsonNode> alerts = new ArrayList<>();
        response.get("alerts").forEach(a -> {
            if (a.get("indicator").get("key").asString().equals(key.value())) {
                alerts.add(a);
            }
        });
        return alerts;
    }

    private static JsonNode stage(JsonNode response, String stage) {
        for (JsonNode s : response.get("stages")) {
            if (s.get("stage").asString().equals(stage)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + stage);
    }

    private static JsonNode entry(JsonNode response, String stage, IndicatorKey key) {
        for (JsonNode e : stage(response, stage).get("indicators")) {
            if (e.get("indicator").get("key").asString().equals(key.value())) {
                return e;
            }
        }
        throw new AssertionError("no indicator " + key + " in stage " + stage);
    }

    /** Every number in the nodes except identifiers, versions and counts. */
    private static List<BigDecimal> numbers(List<JsonNode> nodes) {
        List<BigDecimal> numbers = new ArrayList<>();
        nodes.forEach(n -> collect(n, null, numbers));
        return numbers;
    }

    private static void collect(JsonNode node, String field, List<BigDecimal> numbers) {
        if (node.isNumber() && !NOT_VALUES.contains(field)) {
            numbers.add(node.decimalValue());
        } else if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), numbers));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, field, numbers));
        }
    }
}
