package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.territory.TerritoryLevel;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionTests {

    private static final IndicatorKey KEY = IndicatorKey.of("bevoelkerung");
    private final IndicatorDefinition original = anIndicator(KEY).build();

    @Test
    void treatsChangesOfWordingAsCosmetic() {
        IndicatorDefinition renamed = anIndicator(KEY)
                .name("Einwohner insgesamt", "Inhabitants")
                .interpretation("Ab 2011 auf Basis des Zensus")
                .levels(TerritoryLevel.STATE)
                .lifeStages(LifeStage.OLDER_PEOPLE)
                .confidentiality(3, null)
                .build();

        assertThat(renamed.changesFrom(original))
                .containsExactly("name", "interpretation", "levels", "lifeStages", "confidentiality");
        assertThat(renamed.changesMeaningOf(original)).isFalse();
    }

    @Test
    void treatsChangesOfDefinitionFormulaUnitOrSourceTableAsChangesOfMeaning() {
        assertThat(anIndicator(KEY)
                        .definition("Einwohner am Ort der Hauptwohnung")
                        .build()
                        .changesMeaningOf(original))
                .isTrue();
        assertThat(anIndicator(KEY)
                        .formula(new Formula.Expression("{bevoelkerung-maennlich} + {bevoelkerung-weiblich}"))
                        .build()
                        .changesMeaningOf(original))
                .isTrue();
        assertThat(anIndicator(KEY).unit("Tsd.").build().changesMeaningOf(original))
                .isTrue();
        assertThat(anIndicator(KEY).tableCode("12411-01-01-5").build().changesFrom(original))
                .containsExactly("source.tableCode");
        assertThat(anIndicator(KEY).tableCode("12411-01-01-5").build().changesMeaningOf(original))
                .isTrue();
    }

    @Test
    void findsNoChangeInAnEqualDefinition() {
        assertThat(anIndicator(KEY).build().changesFrom(original)).isEmpty();
    }

    @Test
    void rejectsAFormulaThatRefersToItsOwnIndicator() {
        assertThatThrownBy(() ->
                        anIndicator(KEY).ratio(KEY, IndicatorKey.of("flaeche")).build())
                .hasMessageContaining("refers to itself");
    }

    @Test
    void rejectsMissingTextsAndImpossibleDecimals() {
        assertThatThrownBy(() -> anIndicator(KEY).definition(" ").build()).hasMessageContaining("definition");
        assertThatThrownBy(() -> anIndicator(KEY).unit(null).build()).hasMessageContaining("unit");
        assertThatThrownBy(() -> new LocalizedText("", "Population")).hasMessageContaining("German");
        assertThatThrownBy(() -> ReferenceDateSemantics.other(" ")).hasMessageContaining("OTHER");
        assertThatThrownBy(() -> new ReferenceDateSemantics(ReferenceDateSemantics.Rule.MARCH_1, "Kita"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidentialityRule(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorSource("Destatis", null, "12411 01"))
                .hasMessageContaining("table code");
    }
}
