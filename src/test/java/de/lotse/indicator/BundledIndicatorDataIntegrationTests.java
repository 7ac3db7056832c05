package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.indicator.IndicatorReadModel.Audience;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bundled starter catalogue, loaded by calling the loader in the shared test context (its automatic load is
 * switched off in tests). Spot checks compare stored figures with the lines of the bundled official files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BundledIndicatorDataIntegrationTests {

    private static final Period END_2015 = Period.parse("31.12.2015");

    private final BundledIndicatorData bundled;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final IndicatorReadModel readModel;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    BundledIndicatorDataIntegrationTests(
            BundledIndicatorData bundled,
            IndicatorCatalog catalog,
            IndicatorValues values,
            IndicatorReadModel readModel,
            Territories territories,
            JdbcClient jdbc) {
        this.bundled = bundled;
        this.catalog = catalog;
        this.values = values;
        this.readModel = readModel;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    private void loaded() {
        synchronized (BundledIndicatorDataIntegrationTests.class) {
            bundled.load();
        }
    }

    private Territory peine() {
        return territories.find("03157").orElseThrow();
    }

    private StoredValue value(String key, Territory territory, String period) {
        return values.find(IndicatorKey.of(key), territory.id(), Period.parse(period))
                .orElseThrow(
                        () -> new AssertionError("no value of " + key + " for " + territory.name() + " " + period));
    }

    @Test
    void loadsTheCatalogueWithEveryIndicator() {
        loaded();
        BundledCatalogue catalogue = BundledCatalogue.load(
                tools.jackson.databind.json.JsonMapper.builder().build());
        java.util.Set<IndicatorKey> withoutValues = BundledCatalogueTests.withoutBundledValues(catalogue);
        for (IndicatorDefinition definition : catalogue.indicators()) {
            assertThat(catalog.find(definition.key()))
                    .as(definition.key().value())
                    .isPresent();
            long values = jdbc.sql("""
                            SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                             WHERE i.key = ?""")
                    .param(definition.key().value())
                    .query(Long.class)
                    .single();
            if (withoutValues.contains(definition.key())) {
                assertThat(values).as("values of " + definition.key()).isZero();
            } else {
                assertThat(values).as("values of " + definition.key()).isPositive();
            }
        }
    }

    @Test
    void populationFiguresMatchTheSourceFilesLineByLine() {
        loaded();
        StoredValue end2015 = value("bevoelkerung", peine(), "31.12.2015");
        assertThat(end2015.value()).isEqualByComparingTo("132320");
        assertThat(end2015.provenance().sourceFile()).isEqualTo("12411-01-01-5_00_03157_03354.csv");
        assertThat(end2015.provenance().sourceLine()).isEqualTo(12);

        StoredValue end2024 = value("bevoelkerung", peine(), "31.12.2024");
        assertThat(end2024.value()).isEqualByComparingTo("137045");
        assertThat(end2024.provenance().sourceFile()).isEqualTo("12411-01-01-4_1773175772751_de_flat.csv");
        assertThat(end2024.provenance().sourceLine()).isEqualTo(564);

        StoredValue underThree =
                value("bevoelkerung-unter-3", territories.find("03354").orElseThrow(), "31.12.2015");
        assertThat(underThree.value()).isPositive();
        assertThat(underThree.provenance().sourceFile()).isEqualTo("12411-02-03-5_00_03157_03354.csv");

        Territory braunschweig = territories.find("03101").orElseThrow();
        assertThat(value("bevoelkerung", braunschweig, "31.12.2015")
                        .provenance()
                        .sourceFile())
                .as("all Kreise for comparison")
                .isEqualTo("12411-02-03-4_00.csv");
    }

    @Test
    void theSgbIiRateOfChildrenIsComputedFromItsInputs() {
        loaded();
        StoredValue children = value("sgb2-unter-15", peine(), "31.12.2015");
        assertThat(children.value()).isEqualByComparingTo("2587");
        assertThat(children.provenance().sourceFile()).isEqualTo("22811-02-02-4_00_03157_03354.csv");
        assertThat(children.provenance().sourceLine()).isEqualTo(19);
        assertThat(value("sgb2-empfaenger", peine(), "31.12.2015").value()).isEqualByComparingTo("9118");
        // 12411-02-03-4 line 530 ff.: 3430 + 3464 + 4882 + 6776 children under 15
        assertThat(value("bevoelkerung-unter-15", peine(), "31.12.2015").value())
                .isEqualByComparingTo("18552");

        StoredValue rate = value("sgb2-quote-unter-15", peine(), "31.12.2015");
        assertThat(rate.value())
                .isEqualByComparingTo(new BigDecimal("258700")
                        .divide(new BigDecimal("18552"), new MathContext(8))
                        .setScale(6, java.math.RoundingMode.HALF_UP));
        assertThat(rate.provenance().sourceFile())
                .isEqualTo("berechnet aus sgb2-unter-15 / bevoelkerung-unter-15 × 100");
        assertThat(readModel.timeSeries(IndicatorKey.of("sgb2-quote-unter-15"), peine(), Audience.PUBLIC))
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isNotNull());
    }

    @Test
    void childcareRatesAreTheOfficialFigures() {
        loaded();
        StoredValue rate = value("betreuungsquote-unter-3", peine(), "2016");
        assertThat(rate.value()).isEqualByComparingTo("27.4");
        assertThat(rate.provenance().sourceFile()).isEqualTo("AI003-3_00.csv");
        assertThat(rate.provenance().sourceLine()).isEqualTo(2666);
        assertThat(value("betreuungsquote-3-bis-6", peine(), "2016").value()).isEqualByComparingTo("91.1");
        assertThat(value("schulabgaenger-ohne-abschluss", peine(), "2015").value())
                .as("ISO-8859-1 file")
                .isEqualByComparingTo("71");
    }

    @Test
    void everyImportedValueNamesItsFileAndLineAndEveryComputedOneItsInputs() {
        loaded();
        BundledCatalogue catalogue = BundledCatalogue.load(
                tools.jackson.databind.json.JsonMapper.builder().build());
        List<String> raw = catalogue.indicators().stream()
                .filter(d -> d.formula() instanceof Formula.Raw)
                .map(d -> d.key().value())
                .toList();
        List<String> computed = catalogue.indicators().stream()
                .filter(d -> !(d.formula() instanceof Formula.Raw))
                .map(d -> d.key().value())
                .toList();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                         WHERE i.key IN (:keys) AND (v.source_file IS NULL OR v.source_line IS NULL)""").param("keys", raw).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                         WHERE i.key IN (:keys) AND v.source_file NOT LIKE 'berechnet aus %'""").param("keys", computed).query(Long.class).single())
                .isZero();
    }

    @Test
    void aSecondLoadLoadsNothing() {
        loaded();
        long before = jdbc.sql("SELECT count(*) FROM indicator_value")
                .query(Long.class)
                .single();

        BundledIndicatorData.Summary second = bundled.load();

        assertThat(second.loaded()).isFalse();
        assertThat(second.imports()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_value")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(bundled.loading()).isFalse();
    }
}
