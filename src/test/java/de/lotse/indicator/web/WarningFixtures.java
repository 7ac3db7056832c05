package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKind;
import de.lotse.indicator.IndicatorSource;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ReferenceDateSemantics;
import de.lotse.indicator.Topic;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test input of the early-warning and life-course tests: indicators with unique keys on the real territories of
 * Landkreis Peine (03157) and its 7 Gemeinden. All figures the tests write are synthetic, not official statistics.
 */
final class WarningFixtures {

    private WarningFixtures() {}

    static IndicatorDefinition definition(
            String prefix, String nameDe, Polarity polarity, ConfidentialityRule rule, LifeStage... stages) {
        return definition(prefix, nameDe, "Anzahl", polarity, rule, stages);
    }

    /** A raw indicator in the given unit: "Anzahl" makes it a count, "%" a share that areas can be compared by. */
    static IndicatorDefinition definition(
            String prefix,
            String nameDe,
            String unit,
            Polarity polarity,
            ConfidentialityRule rule,
            LifeStage... stages) {
        IndicatorKey key = new IndicatorKey("warn-" + prefix + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
        return new IndicatorDefinition(
                key,
                new LocalizedText(nameDe, nameDe + " (en)"),
                new LocalizedText(nameDe, nameDe + " (en)"),
                "Synthetische Testeingabe",
                null,
                new Formula.Raw(),
                unit,
                0,
                new IndicatorSource("Testeingabe", null, null),
                null,
                null,
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31),
                EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY),
                polarity,
                Topic.CHILDREN_YOUTH_FAMILY,
                stages.length == 0 ? Set.of() : EnumSet.copyOf(List.of(stages)),
                IndicatorKind.POPULATION_INDICATOR,
                rule);
    }

    static Territory peine(Territories territories) {
        return territories.find("03157").orElseThrow();
    }

    /** The 7 current Gemeinden of Landkreis Peine in key order. */
    static List<Territory> gemeinden(Territories territories) {
        List<Territory> gemeinden = territories.children(peine(territories), TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        assertThat(gemeinden).hasSize(7);
        return gemeinden;
    }
}
