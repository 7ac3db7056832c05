package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator API on the real territories of Landkreis Peine (03157) and its 7 Gemeinden. All figures written here
 * are synthetic test input, not official statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorApiIntegrationTests {

    private static final Period Y2014 = Period.year(2014);
    private static final Period Y2015 = Period.year(2015);
    private static final Period Y2016 = Period.year(2016);

    /** Synthetic test input: counts of the 7 Gemeinden in key order; the first is below the minimum count 3. */
    private static final long[] COUNTS = {2, 10, 25, 40, 55, 70, 90};

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    @Autowired
    IndicatorApiIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void listsTheCatalogueWithFilters() throws Exception {
        IndicatorKey key = create(definition("krippe", Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE));
        String anchor = "&q=" + key.value();
        mvc.perform(get("/api/v1/indicators?topic=CHILDREN_YOUTH_FAMILY&lifeStage=CRECHE&level=MUNICIPALITY" + anchor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].key").value(key.value()));
        mvc.perform(get("/api/v1/indicators?topic=HOUSING" + anchor))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/indicators?lifeStage=OLDER_PEOPLE" + anchor))
                .andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/indicators?level=STATE" + anchor))
                .andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/indicators?topic=WEATHER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void returnsAllMetadataOfAnIndicator() throws Exception {
        IndicatorKey key = create(definition("krippe", Polarity.HIGHER_IS_BETTER, new ConfidentialityRule(3, 10)));
        mvc.perform(get("/api/v1/indicators/" + key.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value(key.value()))
                .andExpect(jsonPath("$.name.de").value("Testindikator"))
                .andExpect(jsonPath("$.name.en").value("Test indicator"))
                .andExpect(jsonPath("$.definition").value("Synthetische Testeingabe"))
                .andExpect(jsonPath("$.formula.type").value("RAW"))
                .andExpect(jsonPath("$.unit").value("Anzahl"))
                .andExpect(jsonPath("$.decimals").value(0))
                .andExpect(jsonPath("$.source.tableCode").value("22811-02-02-4"))
                .andExpect(jsonPath("$.licence").value("Datenlizenz Deutschland – Namensnennung – Version 2.0"))
                .andExpect(jsonPath("$.referenceDate.rule").value("DECEMBER_31"))
                .andExpect(jsonPath("$.levels", hasSize(2)))
                .andExpect(jsonPath("$.polarity").value("HIGHER_IS_BETTER"))
                .andExpect(jsonPath("$.topic").value("CHILDREN_YOUTH_FAMILY"))
                .andExpect(jsonPath("$.lifeStages[0]").value("CRECHE"))
                .andExpect(jsonPath("$.kind").value("POPULATION_INDICATOR"))
                .andExpect(jsonPath("$.confidentiality.minimumCount").value(3))
                .andExpect(jsonPath("$.confidentiality.minimumDenominator").value(10))
                .andExpect(jsonPath("$.version.number").value(1));
    }

    @Test
    void answersProblemsForMalformedAndUnknownKeysAndParameters() throws Exception {
        IndicatorKey key = create(definition("krippe", Polarity.NEUTRAL, ConfidentialityRule.NONE));
        String values = "/api/v1/indicators/" + key.value() + "/values";
        mvc.perform(get("/api/v1/indicators/Not_A_Key"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/v1/indicators/no-such-indicator-x9q"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get(values)).andExpect(status().isBadRequest());
        mvc.perform(get(values + "?territory=03157&parent=03157&period=2015")).andExpect(status().isBadRequest());
        mvc.perform(get(values + "?territory=abc")).andExpect(status().isBadRequest());
        mvc.perform(get(values + "?territory=09999")).andExpect(status().isNotFound());
        mvc.perform(get(values + "?territory=03157&from=15")).andExpect(status().isBadRequest());
        mvc.perform(get(values + "?parent=03157&period=20x5")).andExpect(status().isBadRequest());
        mvc.perform(get(values + "?parent=03157")).andExpect(status().isBadRequest());
        mvc.perform(get(values + "?parent=03157&period=2015&level=PLANET")).andExpect(status().isBadRequest());
    }

    @Test
    void returnsTheTimeSeriesOldestFirstWithinFromAndTo() throws Exception {
        IndicatorKey key = create(definition("krippe", Polarity.NEUTRAL, ConfidentialityRule.NONE));
        Territory peine = peine();
        write(key, peine, Y2016, 300);
        write(key, peine, Y2014, 100);
        write(key, peine, Y2015, 200);
        String url = "/api/v1/indicators/" + key.value() + "/values?territory=03157";
        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("TIME_SERIES"))
                .andExpect(jsonPath("$.territory.key").value("03157"))
                .andExpect(jsonPath("$.values[*].period").value(org.hamcrest.Matchers.contains("2014", "2015", "2016")))
                .andExpect(jsonPath("$.values[0].value").value(100))
                .andExpect(jsonPath("$.values[0].suppressed").value(false));
        mvc.perform(get(url + "&from=2015&to=2015"))
                .andExpect(jsonPath("$.values", hasSize(1)))
                .andExpect(jsonPath("$.values[0].value").value(200));
        mvc.perform(get(url + "&from=2020")).andExpect(status().isOk()).andExpect(jsonPath("$.values", hasSize(0)));
        mvc.perform(get(url + "&from=2016&to=2015")).andExpect(status().isBadRequest());
    }

    @Test
    void ranksTheCrossSectionByPolarityAndGivesTheDeviationFromTheParent() throws Exception {
        IndicatorKey better = create(definition("quote", Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE));
        IndicatorKey worse = create(definition("quote", Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE));
        List<Territory> gemeinden = gemeinden();
        long[] counts = {30, 10, 20, 20, 50, 60, 10};
        for (IndicatorKey key : List.of(better, worse)) {
            write(key, peine(), Y2015, 200);
            for (int i = 0; i < gemeinden.size(); i++) {
                write(key, gemeinden.get(i), Y2015, counts[i]);
            }
        }
        JsonNode up = read(crossSection(better), null);
        assertThat(up.get("kind").asString()).isEqualTo("CROSS_SECTION");
        assertThat(up.get("parent").get("value").decimalValue()).isEqualByComparingTo("200");
        assertThat(up.get("values")).hasSize(7);
        assertThat(ranks(up)).containsExactly(3, 6, 4, 4, 2, 1, 6);
        JsonNode first = up.get("values").get(0);
        assertThat(first.get("territory").get("key").asString())
                .isEqualTo(gemeinden.getFirst().key());
        assertThat(first.get("deviation").get("absolute").decimalValue()).isEqualByComparingTo("-170");
        assertThat(first.get("deviation").get("relativePercent").decimalValue()).isEqualByComparingTo("-85");

        JsonNode down = read(crossSection(worse), null);
        assertThat(ranks(down)).as("HIGHER_IS_WORSE: the lowest value is best").containsExactly(5, 1, 3, 3, 6, 7, 1);
    }

    /**
     * The central guarantee of issue 3: no anonymous response contains a suppressed value, neither directly nor as
     * the difference between the total and its visible parts, and not through the time series.
     */
    @Test
    void noAnonymousResponseContainsASuppressedValue() throws Exception {
        IndicatorKey key = create(definition("faelle", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null)));
        List<Territory> gemeinden = gemeinden();
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(key, gemeinden.get(i), Y2015, COUNTS[i]);
            total += COUNTS[i];
        }
        write(key, peine(), Y2015, total);
        write(key, gemeinden.getFirst(), Y2014, 5);
        write(key, gemeinden.getFirst(), Y2016, 7);
        Territory small = gemeinden.get(0);
        Territory secondary = gemeinden.get(1);

        JsonNode anonymous = read(crossSection(key), null);
        List<BigDecimal> numbers = numbersOutsideRanks(anonymous);
        assertThat(numbers).noneMatch(n -> n.compareTo(BigDecimal.valueOf(2)) == 0);
        assertThat(numbers).noneMatch(n -> n.compareTo(BigDecimal.TEN) == 0);
        JsonNode smallRow = row(anonymous, small);
        assertThat(smallRow.get("value").isNull()).isTrue();
        assertThat(smallRow.get("suppressed").asBoolean()).isTrue();
        assertThat(smallRow.get("rank").isNull()).isTrue();
        assertThat(smallRow.get("deviation").isNull()).isTrue();
        assertThat(smallRow.get("confidential").asBoolean()).isFalse();
        assertThat(row(anonymous, secondary).get("suppressed").asBoolean())
                .as("secondary suppression")
                .isTrue();
        BigDecimal visibleParts = BigDecimal.ZERO;
        int hidden = 0;
        for (JsonNode r : anonymous.get("values")) {
            if (r.get("suppressed").asBoolean()) {
                hidden++;
            } else {
                visibleParts = visibleParts.add(r.get("value").decimalValue());
            }
        }
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        BigDecimal difference =
                anonymous.get("parent").get("value").decimalValue().subtract(visibleParts);
        assertThat(difference).isNotEqualByComparingTo("2").isEqualByComparingTo("12");
        assertThat(anonymous.toString()).doesNotContain("PRIMARY").doesNotContain("SECONDARY");

        JsonNode planner = read(crossSection(key), "PLANNER");
        assertThat(row(planner, small).get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(row(planner, small).get("confidential").asBoolean()).isTrue();
        assertThat(row(planner, secondary).get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(row(planner, secondary).get("confidential").asBoolean()).isTrue();
        assertThat(row(planner, gemeinden.get(2)).get("confidential").asBoolean())
                .isFalse();
        assertThat(read(crossSection(key), "VIEWER").toString()).isEqualTo(anonymous.toString());

        JsonNode series = read(seriesOf(key, small), null);
        assertThat(series.get("values")).hasSize(3);
        JsonNode in2015 = series.get("values").get(1);
        assertThat(in2015.get("period").asString()).isEqualTo("2015");
        assertThat(in2015.get("value").isNull()).isTrue();
        assertThat(in2015.get("suppressed").asBoolean()).isTrue();
        assertThat(series.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("5");
        assertThat(numbersOutsideRanks(series)).noneMatch(n -> n.compareTo(BigDecimal.valueOf(2)) == 0);
        JsonNode secondarySeries = read(seriesOf(key, secondary), null);
        assertThat(secondarySeries.get("values").get(0).get("value").isNull())
                .as("the secondary cell is hidden in its time series too")
                .isTrue();
        JsonNode plannerSeries = read(seriesOf(key, small), "PLANNER");
        assertThat(plannerSeries.get("values").get(1).get("value").decimalValue())
                .isEqualByComparingTo("2");
        assertThat(plannerSeries.get("values").get(1).get("confidential").asBoolean())
                .isTrue();
    }

    @Test
    void suppressesARateBySmallNumerator() throws Exception {
        IndicatorKey numerator = create(definition("zaehler", Polarity.NEUTRAL, ConfidentialityRule.NONE));
        IndicatorKey denominator = create(definition("nenner", Polarity.NEUTRAL, ConfidentialityRule.NONE));
        IndicatorDefinition base = definition("quote", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        IndicatorKey rate = create(with(base, new Formula.Ratio(numerator, denominator, BigDecimal.valueOf(100)), "%"));
        List<Territory> gemeinden = gemeinden();
        long numeratorTotal = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(numerator, gemeinden.get(i), Y2015, COUNTS[i]);
            write(denominator, gemeinden.get(i), Y2015, 1000);
            numeratorTotal += COUNTS[i];
        }
        write(numerator, peine(), Y2015, numeratorTotal);
        write(denominator, peine(), Y2015, 7000);

        JsonNode anonymous = read(crossSection(rate), null);
        assertThat(row(anonymous, gemeinden.get(0)).get("value").isNull()).isTrue();
        assertThat(row(anonymous, gemeinden.get(1)).get("suppressed").asBoolean())
                .isTrue();
        assertThat(row(anonymous, gemeinden.get(6)).get("value").decimalValue()).isEqualByComparingTo("9.0");
        JsonNode planner = read(crossSection(rate), "ADMIN");
        assertThat(row(planner, gemeinden.get(0)).get("value").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(row(planner, gemeinden.get(0)).get("confidential").asBoolean())
                .isTrue();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /**
     * Value responses are kept serialised (ValuesResponseCache); a repeated request must still see every change at once:
     * a corrected value, a new confidentiality rule, and never a planner's view for the public or the other way round.
     */
    @Test
    void aRepeatedRequestSeesEveryChangeAndEachAudienceItsOwnView() throws Exception {
        IndicatorKey key = create(definition("cache", Polarity.HIGHER_IS_WORSE, ConfidentialityRule.NONE));
        List<Territory> gemeinden = gemeinden();
        for (int i = 0; i < gemeinden.size(); i++) {
            write(key, gemeinden.get(i), Y2015, COUNTS[i]);
        }
        Territory first = gemeinden.getFirst();
        assertThat(read(crossSection(key), null)
                        .get("values")
                        .get(0)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("2");
        assertThat(read(seriesOf(key, first), null)
                        .get("values")
                        .get(0)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("2");

        write(key, first, Y2015, 7);
        assertThat(read(crossSection(key), null)
                        .get("values")
                        .get(0)
                        .get("value")
                        .decimalValue())
                .as("a corrected value is answered at once")
                .isEqualByComparingTo("7");
        assertThat(read(seriesOf(key, first), null)
                        .get("values")
                        .get(0)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("7");

        IndicatorDefinition stricter = definition("cache", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(10, null));
        catalog.update(key, catalog.get(key).revision(), with(stricter, key));
        JsonNode section = read(crossSection(key), null);
        assertThat(section.get("values").get(0).get("suppressed").asBoolean())
                .as("a new confidentiality rule applies at once")
                .isTrue();
        assertThat(section.get("values").get(0).get("value").isNull()).isTrue();
        JsonNode planner = read(crossSection(key), "PLANNER");
        assertThat(planner.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("7");
        assertThat(planner.get("values").get(0).get("confidential").asBoolean()).isTrue();
        assertThat(read(crossSection(key), null)
                        .get("values")
                        .get(0)
                        .get("value")
                        .isNull())
                .as("the planner's view is never served to the public")
                .isTrue();
    }

    private static IndicatorDefinition with(IndicatorDefinition d, IndicatorKey key) {
        return new IndicatorDefinition(
                key,
                d.name(),
                d.shortName(),
                d.definition(),
                d.interpretation(),
                d.formula(),
                d.unit(),
                d.decimals(),
                d.source(),
                d.licence(),
                d.attribution(),
                d.referenceDate(),
                d.levels(),
                d.polarity(),
                d.topic(),
                d.lifeStages(),
                d.kind(),
                d.confidentiality());
    }

    private String crossSection(IndicatorKey key) {
        return "/api/v1/indicators/" + key.value() + "/values?parent=03157&level=MUNICIPALITY&period=2015";
    }

    private String seriesOf(IndicatorKey key, Territory territory) {
        return "/api/v1/indicators/" + key.value() + "/values?territory="
                + territory.ags().value();
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

    private static List<Integer> ranks(JsonNode response) {
        List<Integer> ranks = new ArrayList<>();
        response.get("values")
                .forEach(r ->
                        ranks.add(r.get("rank").isNull() ? null : r.get("rank").asInt()));
        return ranks;
    }

    /** Every number in the response except ranks, which are positions, not values. */
    private static List<BigDecimal> numbersOutsideRanks(JsonNode node) {
        List<BigDecimal> numbers = new ArrayList<>();
        collect(node, null, numbers);
        return numbers;
    }

    private static void collect(JsonNode node, String field, List<BigDecimal> numbers) {
        if (node.isNumber() && !"rank".equals(field)) {
            numbers.add(node.decimalValue());
        } else if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), numbers));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, field, numbers));
        }
    }

    private Territory peine() {
        return territories.find("03157").orElseThrow();
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

    private IndicatorKey create(IndicatorDefinition definition) {
        return catalog.create(definition).key();
    }

    private static IndicatorDefinition definition(String prefix, Polarity polarity, ConfidentialityRule rule) {
        IndicatorKey key = new IndicatorKey("test-" + prefix + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
        return new IndicatorDefinition(
                key,
                new LocalizedText("Testindikator", "Test indicator"),
                new LocalizedText("Test", "Test"),
                "Synthetische Testeingabe",
                null,
                new Formula.Raw(),
                "Anzahl",
                0,
                new IndicatorSource("Testeingabe", null, "22811-02-02-4"),
                "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                null,
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31),
                EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY),
                polarity,
                Topic.CHILDREN_YOUTH_FAMILY,
                EnumSet.of(LifeStage.CRECHE),
                IndicatorKind.POPULATION_INDICATOR,
                rule);
    }

    private static IndicatorDefinition with(IndicatorDefinition d, Formula formula, String unit) {
        return new IndicatorDefinition(
                d.key(),
                d.name(),
                d.shortName(),
                d.definition(),
                d.interpretation(),
                formula,
                unit,
                1,
                d.source(),
                d.licence(),
                d.attribution(),
                d.referenceDate(),
                d.levels(),
                d.polarity(),
                d.topic(),
                d.lifeStages(),
                d.kind(),
                d.confidentiality());
    }
}
