package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Computation and aggregation on the real territories of the bundled register (Landkreis Peine 03157 with 7
 * Gemeinden, Landkreis Lüchow-Dannenberg 03354 with 3 Samtgemeinden, 27 Gemeinden and 2 gemeindefreie Gebiete).
 * All figures are synthetic test input of a plausible size, not official statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorComputationIntegrationTests {

    private static final Period END_2015 = Period.parse("31.12.2015");
    private static final TerritoryLevel GEMEINDE = TerritoryLevel.MUNICIPALITY;

    /** Synthetic test input: children under 15 in SGB II households and population under 15 per Gemeinde of Peine. */
    private static final Map<String, int[]> PEINE_TEST_INPUT = new LinkedHashMap<>();

    static {
        PEINE_TEST_INPUT.put("Peine, Stadt", new int[] {1750, 7300});
        PEINE_TEST_INPUT.put("Edemissen", new int[] {85, 1700});
        PEINE_TEST_INPUT.put("Hohenhameln", new int[] {95, 1300});
        PEINE_TEST_INPUT.put("Ilsede", new int[] {330, 2600});
        PEINE_TEST_INPUT.put("Lengede", new int[] {160, 1800});
        PEINE_TEST_INPUT.put("Vechelde", new int[] {190, 2300});
        PEINE_TEST_INPUT.put("Wendeburg", new int[] {60, 1400});
    }

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final IndicatorComputation computation;
    private final Territories territories;

    @Autowired
    IndicatorComputationIntegrationTests(
            IndicatorCatalog catalog,
            IndicatorValues values,
            IndicatorComputation computation,
            Territories territories) {
        this.catalog = catalog;
        this.values = values;
        this.computation = computation;
        this.territories = territories;
    }

    @Test
    void evaluatesARatioAndShowsItsInputs() {
        SgbRate rate = anSgbRate();
        long peine = county("03157").id();
        values.write(List.of(
                NewValue.of(rate.numerator(), peine, END_2015, new BigDecimal("2345")),
                NewValue.of(rate.denominator(), peine, END_2015, new BigDecimal("17890"))));

        ComputedValue computed = computation.evaluate(rate.key(), peine, END_2015);

        assertThat(computed.value())
                .isEqualByComparingTo(new BigDecimal("234500").divide(new BigDecimal("17890"), MathContext.DECIMAL128));
        assertThat(computed.value().precision()).as("kept exact, not rounded").isGreaterThan(30);
        assertThat(computed.displayValue()).isEqualTo(new BigDecimal("13.1"));
        assertThat(computed.status()).isNull();
        assertThat(computed.reason()).isNull();
        assertThat(computed.indicatorVersion()).isEqualTo(1);
        assertThat(computed.inputs())
                .extracting(i -> i.role() + " " + i.indicator() + " v" + i.indicatorVersion() + " = " + i.value())
                .containsExactly(
                        "NUMERATOR " + rate.numerator() + " v1 = 2345",
                        "DENOMINATOR " + rate.denominator() + " v1 = 17890");
    }

    @Test
    void givesNoValueButNotZeroWhenAnInputIsMissing() {
        SgbRate rate = anSgbRate();
        long peine = county("03157").id();
        values.write(List.of(NewValue.of(rate.denominator(), peine, END_2015, new BigDecimal("17890"))));

        ComputedValue computed = computation.evaluate(rate.key(), peine, END_2015);

        assertThat(computed.hasValue()).isFalse();
        assertThat(computed.value()).isNull();
        assertThat(computed.reason()).isEqualTo(NoValueReason.MISSING_INPUT);
        assertThat(computed.inputs().getFirst().stored()).isFalse();
        assertThat(computed.inputs().getLast().value()).isEqualByComparingTo("17890");
    }

    @Test
    void reportsADivisionByZero() {
        SgbRate rate = anSgbRate();
        long gemeinde = gemeindenOf("03157").getFirst().id();
        values.write(List.of(
                NewValue.of(rate.numerator(), gemeinde, END_2015, BigDecimal.ZERO),
                NewValue.symbol(rate.denominator(), gemeinde, END_2015, StatusSymbol.NOTHING)));

        ComputedValue computed = computation.evaluate(rate.key(), gemeinde, END_2015);

        assertThat(computed.value()).isNull();
        assertThat(computed.reason()).isEqualTo(NoValueReason.DIVISION_BY_ZERO);
    }

    @Test
    void passesTheStatusOfASecretInputOn() {
        SgbRate rate = anSgbRate();
        List<Territory> gemeinden = gemeindenOf("03157");
        long withWithheldFigure = gemeinden.get(0).id();
        long withoutFigure = gemeinden.get(1).id();
        values.write(List.of(
                new NewValue(
                        rate.numerator(),
                        withWithheldFigure,
                        END_2015,
                        BigDecimal.TWO,
                        StatusSymbol.UNKNOWN_OR_SECRET,
                        null,
                        null),
                NewValue.of(rate.denominator(), withWithheldFigure, END_2015, new BigDecimal("1300")),
                NewValue.symbol(rate.numerator(), withoutFigure, END_2015, StatusSymbol.UNKNOWN_OR_SECRET),
                NewValue.of(rate.denominator(), withoutFigure, END_2015, new BigDecimal("1700"))));

        ComputedValue withheld = computation.evaluate(rate.key(), withWithheldFigure, END_2015);
        ComputedValue unknown = computation.evaluate(rate.key(), withoutFigure, END_2015);

        assertThat(withheld.status()).isEqualTo(StatusSymbol.UNKNOWN_OR_SECRET);
        assertThat(withheld.displayValue()).as("for users allowed to see it").isEqualTo(new BigDecimal("0.2"));
        assertThat(unknown.status()).isEqualTo(StatusSymbol.UNKNOWN_OR_SECRET);
        assertThat(unknown.value()).isNull();
        assertThat(unknown.reason()).isEqualTo(NoValueReason.MISSING_INPUT);
    }

    @Test
    void evaluatesAnExpressionOverStoredInputs() {
        IndicatorKey sgb2 = aCount("sgb2-unter-15");
        IndicatorKey sozialgeld = aCount("sozialgeld-unter-15");
        IndicatorKey population = aCount("bevoelkerung-unter-15");
        IndicatorKey key = catalog.create(anIndicator(uniqueKey("leistungsquote"))
                        .formula(new Formula.Expression(
                                "({" + sgb2 + "} + {" + sozialgeld + "}) / {" + population + "} * 100"))
                        .unit("%")
                        .levels(TerritoryLevel.COUNTY, GEMEINDE)
                        .build())
                .key();
        long peine = county("03157").id();
        values.write(List.of(
                NewValue.of(sgb2, peine, END_2015, new BigDecimal("2100")),
                NewValue.of(sozialgeld, peine, END_2015, new BigDecimal("245")),
                NewValue.of(population, peine, END_2015, new BigDecimal("18760"))));

        ComputedValue computed = computation.evaluate(key, peine, END_2015);

        assertThat(computed.value().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("12.5000");
        assertThat(computed.inputs())
                .extracting(ComputedValue.Input::indicator)
                .containsExactly(sgb2, sozialgeld, population);
        assertThat(computed.inputs()).extracting(ComputedValue.Input::role).containsOnly(ComputedValue.Role.TERM);

        values.write(List.of(NewValue.of(sgb2, county("03354").id(), END_2015, BigDecimal.TEN)));
        assertThat(computation.evaluate(key, county("03354").id(), END_2015).reason())
                .isEqualTo(NoValueReason.MISSING_INPUT);
    }

    @Test
    void sumsTheCountsOfAllGemeindenOfLuechowDannenberg() {
        IndicatorKey births = aCount("geburten");
        Territory kreis = county("03354");
        List<Territory> gemeinden = gemeindenOf("03354");
        List<NewValue> input = new ArrayList<>();
        long expected = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            int figure = gemeinden.get(i).name().contains("gemfr.") ? 0 : 5 + 3 * i; // synthetic test input
            input.add(NewValue.of(births, gemeinden.get(i).id(), END_2015, BigDecimal.valueOf(figure)));
            expected += figure;
        }
        values.write(input);

        AggregatedValue total = computation.aggregate(births, kreis.id(), GEMEINDE, END_2015);

        assertThat(gemeinden).as("27 Gemeinden and 2 gemeindefreie Gebiete").hasSize(29);
        assertThat(total.value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(total.hasCompleteValue()).isTrue();
        assertThat(total.lowerBound()).isFalse();
        assertThat(total.children()).isEqualTo(29);
        assertThat(total.missing()).isEmpty();

        List<Territory> verbaende = territories.children(kreis, null).stream()
                .filter(Territory::isCurrent)
                .toList();
        assertThat(verbaende)
                .as("3 Samtgemeinden and the 2 gemeindefreie Gebiete")
                .hasSize(5);
        BigDecimal viaVerbaende = verbaende.stream()
                .map(v -> computation.aggregate(births, v.id(), null, END_2015).value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(viaVerbaende).as("Gemeinden → Samtgemeinden → Kreis").isEqualByComparingTo(total.value());
        Territory gartow = territories.find("033545403").orElseThrow();
        assertThat(computation.aggregate(births, gartow.id(), null, END_2015).children())
                .isEqualTo(5);
    }

    @Test
    void recomputesARateFromSummedNumeratorsAndDenominatorsNeverFromTheAverageOfRates() {
        SgbRate rate = anSgbRate();
        Territory peine = county("03157");
        List<Territory> gemeinden = gemeindenOf("03157");
        assertThat(gemeinden)
                .extracting(Territory::name)
                .containsExactlyInAnyOrderElementsOf(PEINE_TEST_INPUT.keySet());
        List<NewValue> input = new ArrayList<>();
        for (Territory gemeinde : gemeinden) {
            int[] figures = PEINE_TEST_INPUT.get(gemeinde.name());
            input.add(NewValue.of(rate.numerator(), gemeinde.id(), END_2015, BigDecimal.valueOf(figures[0])));
            input.add(NewValue.of(rate.denominator(), gemeinde.id(), END_2015, BigDecimal.valueOf(figures[1])));
        }
        values.write(input);

        AggregatedValue kreis = computation.aggregate(rate.key(), peine.id(), GEMEINDE, END_2015);

        // 2670 of 18400 children: 14.5 %; the seven Gemeinden's rates average to 10.1 %, far off, because the town of
        // Peine with the highest rate has 40 % of the children
        assertThat(kreis.sums())
                .extracting(s -> s.role() + "=" + s.sum().toPlainString() + "/" + s.contributors())
                .containsExactly("NUMERATOR=2670/7", "DENOMINATOR=18400/7");
        assertThat(kreis.displayValue()).isEqualTo(new BigDecimal("14.5"));
        assertThat(kreis.hasCompleteValue()).isTrue();
        BigDecimal averageOfRates = gemeinden.stream()
                .map(g -> computation.evaluate(rate.key(), g.id(), END_2015).value())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(gemeinden.size()), MathContext.DECIMAL128);
        assertThat(averageOfRates.setScale(1, java.math.RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("10.1"));
        assertThat(kreis.value()).isNotEqualByComparingTo(averageOfRates);
    }

    @Test
    void flagsAnIncompleteSumAndGivesOnlyALowerBoundWithoutTheWithheldFigure() {
        IndicatorKey births = aCount("geburten");
        List<Territory> gemeinden = gemeindenOf("03157");
        List<NewValue> input = new ArrayList<>();
        for (int i = 2; i < gemeinden.size(); i++) {
            input.add(NewValue.of(births, gemeinden.get(i).id(), END_2015, BigDecimal.valueOf(100)));
        }
        input.add(new NewValue(
                births, gemeinden.get(1).id(), END_2015, BigDecimal.TWO, StatusSymbol.UNKNOWN_OR_SECRET, null, null));
        values.write(input);

        AggregatedValue kreis = computation.aggregate(births, county("03157").id(), GEMEINDE, END_2015);

        assertThat(kreis.complete()).isFalse();
        assertThat(kreis.hasCompleteValue()).isFalse();
        assertThat(kreis.lowerBound()).isTrue();
        assertThat(kreis.value()).as("the secret 2 is not added").isEqualByComparingTo("500");
        assertThat(kreis.missing())
                .extracting(m -> m.territoryName() + " " + m.status())
                .containsExactly(
                        gemeinden.get(0).name() + " null", gemeinden.get(1).name() + " UNKNOWN_OR_SECRET");
    }

    @Test
    void givesNoRateForAParentWhoseChildrenLackAnInput() {
        SgbRate rate = anSgbRate();
        List<Territory> gemeinden = gemeindenOf("03157");
        List<NewValue> input = new ArrayList<>();
        for (Territory gemeinde : gemeinden) {
            input.add(NewValue.of(rate.denominator(), gemeinde.id(), END_2015, BigDecimal.valueOf(1000)));
            if (!gemeinde.name().equals("Lengede")) {
                input.add(NewValue.of(rate.numerator(), gemeinde.id(), END_2015, BigDecimal.valueOf(100)));
            }
        }
        values.write(input);

        AggregatedValue kreis =
                computation.aggregate(rate.key(), county("03157").id(), GEMEINDE, END_2015);

        assertThat(kreis.value()).isNull();
        assertThat(kreis.reason()).isEqualTo(NoValueReason.INCOMPLETE);
        assertThat(kreis.lowerBound()).isFalse();
        assertThat(kreis.missing()).singleElement().satisfies(m -> {
            assertThat(m.territoryName()).isEqualTo("Lengede");
            assertThat(m.input()).isEqualTo(rate.numerator());
        });
    }

    @Test
    void givesNoValueForAParentWithoutChildrenAtTheLevel() {
        IndicatorKey births = aCount("geburten");

        AggregatedValue none =
                computation.aggregate(births, county("03157").id(), TerritoryLevel.SOCIAL_SPACE, END_2015);

        assertThat(none.value()).isNull();
        assertThat(none.reason()).isEqualTo(NoValueReason.NO_CHILDREN);
        assertThat(none.complete()).isFalse();
    }

    @Test
    void refusesToSumARawRate() {
        IndicatorKey quote = catalog.create(anIndicator(uniqueKey("arbeitslosenquote"))
                        .unit("%")
                        .levels(TerritoryLevel.COUNTY, GEMEINDE)
                        .build())
                .key();

        assertThatThrownBy(() -> computation.aggregate(quote, county("03157").id(), GEMEINDE, END_2015))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be summed");
    }

    private record SgbRate(IndicatorKey key, IndicatorKey numerator, IndicatorKey denominator) {}

    private SgbRate anSgbRate() {
        IndicatorKey numerator = aCount("sgb2-unter-15");
        IndicatorKey denominator = aCount("bevoelkerung-unter-15");
        IndicatorKey key = catalog.create(anIndicator(uniqueKey("sgb2-quote-unter-15"))
                        .ratio(numerator, denominator)
                        .levels(TerritoryLevel.COUNTY, TerritoryLevel.ASSOCIATION, GEMEINDE)
                        .build())
                .key();
        return new SgbRate(key, numerator, denominator);
    }

    private IndicatorKey aCount(String prefix) {
        return catalog.create(anIndicator(uniqueKey(prefix))
                        .unit("Personen")
                        .levels(TerritoryLevel.COUNTY, TerritoryLevel.ASSOCIATION, GEMEINDE)
                        .build())
                .key();
    }

    private Territory county(String key) {
        return territories.find(key).orElseThrow();
    }

    private List<Territory> gemeindenOf(String county) {
        return territories.children(county(county), GEMEINDE).stream()
                .filter(Territory::isCurrent)
                .toList();
    }
}
