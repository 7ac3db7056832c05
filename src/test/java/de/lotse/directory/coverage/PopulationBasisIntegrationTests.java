package de.lotse.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKind;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.IndicatorSource;
import de.lotse.indicator.IndicatorValues;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The age-group basis from monitoring values: bands with unique test keys (the bundled keys are not created in the
 * shared test database), values in two years, one band missing the later year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PopulationBasisIntegrationTests {

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final IndicatorReadModel readModel;
    private final Territories territories;

    @Autowired
    PopulationBasisIntegrationTests(
            IndicatorCatalog catalog, IndicatorValues values, IndicatorReadModel readModel, Territories territories) {
        this.catalog = catalog;
        this.values = values;
        this.readModel = readModel;
        this.territories = territories;
    }

    private String band(String prefix) {
        IndicatorKey key = IndicatorKey.of(CoverageFixture.unique(prefix));
        catalog.create(new IndicatorDefinition(
                key,
                new LocalizedText("Bevölkerung Test " + key, "Population test " + key),
                new LocalizedText("Bevölkerung", "Population"),
                "Testindikator (Beispieldaten)",
                null,
                new Formula.Raw(),
                "Personen",
                0,
                new IndicatorSource("Testquelle", "Teststatistik", null),
                null,
                null,
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31),
                EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY),
                Polarity.NEUTRAL,
                Topic.DEMOGRAPHY,
                Set.of(),
                IndicatorKind.POPULATION_INDICATOR,
                ConfidentialityRule.NONE));
        return key.value();
    }

    private void value(String key, Territory t, String year, long value) {
        values.write(List.of(NewValue.of(IndicatorKey.of(key), t.id(), Period.parse(year), BigDecimal.valueOf(value))));
    }

    @Test
    void addsUpTheBandsOfTheLatestCommonPeriodAndStatesThem() {
        Territory county = territories.find("03354").orElseThrow();
        List<Territory> municipalities = territories.children(county, TerritoryLevel.MUNICIPALITY);
        Territory m = municipalities.get(0);
        Territory withoutValues = municipalities.get(1);
        String young = band("test-unter-6");
        String older = band("test-6-bis-14");
        value(young, m, "2022", 100);
        value(older, m, "2022", 150);
        value(young, m, "2023", 110);
        PopulationBasis basis = new PopulationBasis(
                readModel,
                territories,
                List.of(new PopulationBasis.Band(young, 0, 6), new PopulationBasis.Band(older, 6, 14)));

        // Kinder 0–13 exactly: both bands, 2023 lacks the older band, so 2022
        PopulationBasis.Basis b = basis.of(m, 0, 13);
        assertThat(b.kind()).isEqualTo(PopulationBasis.Kind.AGE_GROUP);
        assertThat(b.population()).isEqualTo(250);
        assertThat(b.period()).isEqualTo("2022");
        assertThat(b.indicators()).containsExactly(young, older);
        assertThat(b.exact()).isTrue();
        assertThat(b.ageFrom()).isZero();
        assertThat(b.ageTo()).isEqualTo(13);

        // 0–4 is approximated by the band under 6, and said so
        PopulationBasis.Basis approx = basis.of(m, 0, 4);
        assertThat(approx.population()).isEqualTo(110);
        assertThat(approx.period()).isEqualTo("2023");
        assertThat(approx.exact()).isFalse();
        assertThat(approx.ageTo()).isEqualTo(5);

        // no values for the other municipality: its total population, marked as a fallback
        PopulationBasis.Basis total = basis.of(withoutValues, 0, 13);
        assertThat(total.kind()).isEqualTo(PopulationBasis.Kind.TOTAL_POPULATION);
        assertThat(total.fallback()).isTrue();
        assertThat(total.population())
                .isEqualTo(
                        territories.populationHistory(withoutValues).getLast().population());
        // no target group: the total population, not a fallback
        assertThat(basis.of(m, null, null).fallback()).isFalse();
    }
}
