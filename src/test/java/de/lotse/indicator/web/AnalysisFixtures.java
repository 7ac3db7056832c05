package de.lotse.indicator.web;

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
import de.lotse.territory.TerritoryLevel;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/** The synthetic count indicator the analysis tests build on (never shown as real data). */
final class AnalysisFixtures {

    private AnalysisFixtures() {}

    /**
     * A raw count of Land, Kreise and Gemeinden under a key made unique with a random suffix.
     *
     * @param keyPrefix start of the key
     * @param nameDe German name (the short name is "Test " + the suffix of the caller)
     * @param nameEn English name
     * @param shortSuffix what follows "Test " in the short names
     */
    static IndicatorDefinition count(
            String keyPrefix,
            String nameDe,
            String nameEn,
            String shortSuffix,
            Polarity polarity,
            ConfidentialityRule rule) {
        IndicatorKey key = new IndicatorKey(
                keyPrefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
        return new IndicatorDefinition(
                key,
                new LocalizedText(nameDe, nameEn),
                new LocalizedText("Test " + shortSuffix, "Test " + shortSuffix),
                "Synthetische Testeingabe",
                null,
                new Formula.Raw(),
                "Anzahl",
                0,
                new IndicatorSource("Testeingabe", null, null),
                "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                null,
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31),
                EnumSet.of(TerritoryLevel.STATE, TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY),
                polarity,
                Topic.SOCIAL_SECURITY,
                EnumSet.of(LifeStage.WORKING_AGE),
                IndicatorKind.POPULATION_INDICATOR,
                rule);
    }
}
