package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.indicator.IndicatorReadModel.Audience;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Materialised computed indicators on the real territories of the bundled register (Landkreis Peine and its
 * Gemeinden). All figures are synthetic test input, not official statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ComputedIndicatorsIntegrationTests {

    private static final Period END_2015 = Period.parse("31.12.2015");
    private static final Period END_2016 = Period.parse("31.12.2016");

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final StatisticsImporter importer;
    private final IndicatorReadModel readModel;
    private final Territories territories;

    @Autowired
    ComputedIndicatorsIntegrationTests(
            IndicatorCatalog catalog,
            IndicatorValues values,
            StatisticsImporter importer,
            IndicatorReadModel readModel,
            Territories territories) {
        this.catalog = catalog;
        this.values = values;
        this.importer = importer;
        this.readModel = readModel;
        this.territories = territories;
    }

    private record Rate(IndicatorKey numerator, IndicatorKey denominator, IndicatorKey key) {}

    private Rate aRate(Integer minimumDenominator) {
        IndicatorKey numerator = uniqueKey("ci-zaehler");
        IndicatorKey denominator = uniqueKey("ci-nenner");
        IndicatorKey key = uniqueKey("ci-quote");
        catalog.create(anIndicator(numerator).build());
        catalog.create(anIndicator(denominator).build());
        catalog.create(anIndicator(key)
                .ratio(numerator, denominator)
                .confidentiality(null, minimumDenominator)
                .build());
        return new Rate(numerator, denominator, key);
    }

    private void importLongFormat(String... rows) {
        String text = "territory;indicator;period;value\n" + String.join("\n", rows) + "\n";
        StatisticsImportReport report = importer.importFile(
                "test.csv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new ImportRequest(false, false, null));
        assertThat(report.errors()).isEmpty();
        assertThat(report.committed()).isTrue();
    }

    private Territory municipality(String ags) {
        Territory territory = territories.find(ags).orElseThrow();
        assertThat(territory.level()).isEqualTo(TerritoryLevel.MUNICIPALITY);
        return territory;
    }

    @Test
    void aRatioIsStoredOnceItsInputsAreImportedAndNamesThem() {
        Rate rate = aRate(null);
        Territory edemissen = municipality("03157001");

        importLongFormat(
                "03157001;" + rate.numerator() + ";31.12.2015;85",
                "03157001;" + rate.denominator() + ";31.12.2015;1700");

        StoredValue stored = values.find(rate.key(), edemissen.id(), END_2015).orElseThrow();
        assertThat(stored.value()).isEqualByComparingTo("5");
        assertThat(stored.provenance().sourceFile())
                .isEqualTo("berechnet aus " + rate.numerator() + " / " + rate.denominator() + " × 100");
        assertThat(stored.provenance().sourceLine()).isNull();
    }

    @Test
    void aChangedInputRecomputesTheRatio() {
        Rate rate = aRate(null);
        Territory edemissen = municipality("03157001");
        importLongFormat(
                "03157001;" + rate.numerator() + ";31.12.2015;85",
                "03157001;" + rate.denominator() + ";31.12.2015;1700");

        importLongFormat("03157001;" + rate.numerator() + ";31.12.2015;102");

        assertThat(values.find(rate.key(), edemissen.id(), END_2015)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("6");
        assertThat(values.revisions(rate.key(), edemissen.id(), END_2015))
                .singleElement()
                .satisfies(r -> assertThat(r.value().value()).isEqualByComparingTo("5"));
    }

    @Test
    void aMissingInputGivesNoValueNotZero() {
        Rate rate = aRate(null);
        Territory edemissen = municipality("03157001");
        Territory hohenhameln = municipality("03157002");

        importLongFormat(
                "03157001;" + rate.numerator() + ";31.12.2015;85",
                "03157001;" + rate.denominator() + ";31.12.2016;1700",
                "03157002;" + rate.denominator() + ";31.12.2015;1300");

        assertThat(values.find(rate.key(), edemissen.id(), END_2015)).isEmpty();
        assertThat(values.find(rate.key(), edemissen.id(), END_2016)).isEmpty();
        assertThat(values.find(rate.key(), hohenhameln.id(), END_2015)).isEmpty();
    }

    @Test
    void aDivisionByZeroIsMarkedNotMeaningful() {
        Rate rate = aRate(null);
        Territory edemissen = municipality("03157001");

        importLongFormat(
                "03157001;" + rate.numerator() + ";31.12.2015;0", "03157001;" + rate.denominator() + ";31.12.2015;0");

        Optional<StoredValue> stored = values.find(rate.key(), edemissen.id(), END_2015);
        assertThat(stored).hasValueSatisfying(v -> {
            assertThat(v.value()).isNull();
            assertThat(v.status()).isEqualTo(StatusSymbol.NOT_MEANINGFUL);
        });
    }

    @Test
    void suppressionStillAppliesToAStoredRatio() {
        Rate rate = aRate(50);
        Territory edemissen = municipality("03157001");
        Territory hohenhameln = municipality("03157002");

        importLongFormat(
                "03157001;" + rate.numerator() + ";31.12.2015;3",
                "03157001;" + rate.denominator() + ";31.12.2015;40",
                "03157002;" + rate.numerator() + ";31.12.2015;95",
                "03157002;" + rate.denominator() + ";31.12.2015;1300");

        assertThat(values.find(rate.key(), edemissen.id(), END_2015)
                        .orElseThrow()
                        .value())
                .as("stored for planners")
                .isEqualByComparingTo("7.5");
        List<IndicatorReadModel.ShownValue> publicSeries = readModel.timeSeries(rate.key(), edemissen, Audience.PUBLIC);
        assertThat(publicSeries).singleElement().satisfies(v -> {
            assertThat(v.suppressed()).isTrue();
            assertThat(v.value()).isNull();
        });
        assertThat(readModel.timeSeries(rate.key(), hohenhameln, Audience.PUBLIC))
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isNotNull());
    }

    @Test
    void aFormulaChangeRecomputesAndRetractsValuesWithoutInputs() {
        Rate rate = aRate(null);
        Territory edemissen = municipality("03157001");
        importLongFormat(
                "03157001;" + rate.numerator() + ";31.12.2015;85",
                "03157001;" + rate.denominator() + ";31.12.2015;1700");
        IndicatorKey otherDenominator = uniqueKey("ci-nenner");
        catalog.create(anIndicator(otherDenominator).build());
        Indicator current = catalog.get(rate.key());

        catalog.update(
                rate.key(),
                current.revision(),
                anIndicator(rate.key())
                        .ratio(rate.numerator(), otherDenominator)
                        .build());

        assertThat(values.find(rate.key(), edemissen.id(), END_2015))
                .as("the new denominator has no value there")
                .isEmpty();
        assertThat(values.revisions(rate.key(), edemissen.id(), END_2015)).hasSize(1);

        importLongFormat("03157001;" + otherDenominator + ";31.12.2015;850");

        assertThat(values.find(rate.key(), edemissen.id(), END_2015)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("10");
    }

    @Test
    void anExpressionOverAComputedIndicatorIsEvaluatedAfterIt() {
        IndicatorKey a = uniqueKey("ci-a");
        IndicatorKey b = uniqueKey("ci-b");
        IndicatorKey sum = uniqueKey("ci-summe");
        IndicatorKey share = uniqueKey("ci-anteil");
        catalog.create(anIndicator(a).build());
        catalog.create(anIndicator(b).build());
        catalog.create(anIndicator(sum)
                .formula(new Formula.Expression("{" + a + "} + {" + b + "}"))
                .build());
        catalog.create(anIndicator(share).ratio(a, sum).build());
        Territory edemissen = municipality("03157001");

        importLongFormat("03157001;" + a + ";31.12.2015;30", "03157001;" + b + ";31.12.2015;70");

        assertThat(values.find(sum, edemissen.id(), END_2015).orElseThrow().value())
                .isEqualByComparingTo("100");
        assertThat(values.find(share, edemissen.id(), END_2015).orElseThrow().value())
                .isEqualByComparingTo("30");
        assertThat(values.find(share, edemissen.id(), END_2015).orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("30.0"));
    }
}
