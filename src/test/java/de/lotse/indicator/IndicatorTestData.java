package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Builders for indicator definitions; every test gets keys of its own, so tests never see each other's data. */
final class IndicatorTestData {

    private IndicatorTestData() {}

    /** A key that no other test uses, e.g. {@code bevoelkerung-3f9a2c1b}. */
    static IndicatorKey uniqueKey(String prefix) {
        return new IndicatorKey(
                prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
    }

    /** A raw count of the population on 31 December for Kreise and Gemeinden, filed under demography. */
    static Builder anIndicator(IndicatorKey key) {
        return new Builder(key);
    }

    /** Builds an {@link IndicatorDefinition}; starts from a complete raw count and changes single fields. */
    static final class Builder {
        private final IndicatorKey key;
        private LocalizedText name = new LocalizedText("Bevölkerung insgesamt", "Total population");
        private LocalizedText shortName = new LocalizedText("Bevölkerung", "Population");
        private String definition = "Einwohnerinnen und Einwohner mit Hauptwohnsitz am Stichtag";
        private String interpretation = "Fortschreibung auf Basis des Zensus 2011";
        private Formula formula = new Formula.Raw();
        private String unit = "Anzahl";
        private int decimals = 0;
        private IndicatorSource source = new IndicatorSource(
                "Statistische Ämter des Bundes und der Länder",
                "Fortschreibung des Bevölkerungsstandes",
                "12411-01-01-4");
        private ReferenceDateSemantics referenceDate =
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31);
        private Set<TerritoryLevel> levels = EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY);
        private Topic topic = Topic.DEMOGRAPHY;
        private Set<LifeStage> lifeStages = EnumSet.noneOf(LifeStage.class);
        private Polarity polarity = Polarity.NEUTRAL;
        private ConfidentialityRule confidentiality = ConfidentialityRule.NONE;

        private Builder(IndicatorKey key) {
            this.key = key;
        }

        Builder name(String de, String en) {
            this.name = new LocalizedText(de, en);
            return this;
        }

        Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        Builder interpretation(String interpretation) {
            this.interpretation = interpretation;
            return this;
        }

        Builder formula(Formula formula) {
            this.formula = formula;
            return this;
        }

        Builder ratio(IndicatorKey numerator, IndicatorKey denominator) {
            this.formula = new Formula.Ratio(numerator, denominator, BigDecimal.valueOf(100));
            this.unit = "%";
            this.decimals = 1;
            this.polarity = Polarity.HIGHER_IS_WORSE;
            return this;
        }

        Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        Builder tableCode(String tableCode) {
            this.source = new IndicatorSource(source.publisher(), source.statistic(), tableCode);
            return this;
        }

        Builder levels(TerritoryLevel... levels) {
            this.levels = Set.of(levels);
            return this;
        }

        Builder topic(Topic topic) {
            this.topic = topic;
            return this;
        }

        Builder lifeStages(LifeStage... stages) {
            this.lifeStages = Set.of(stages);
            return this;
        }

        Builder confidentiality(Integer minimumCount, Integer minimumDenominator) {
            this.confidentiality = new ConfidentialityRule(minimumCount, minimumDenominator);
            return this;
        }

        IndicatorDefinition build() {
            return new IndicatorDefinition(
                    key,
                    name,
                    shortName,
                    definition,
                    interpretation,
                    formula,
                    unit,
                    decimals,
                    source,
                    "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                    "© Statistische Ämter des Bundes und der Länder, 2025",
                    referenceDate,
                    levels,
                    polarity,
                    topic,
                    lifeStages,
                    IndicatorKind.POPULATION_INDICATOR,
                    confidentiality);
        }
    }
}
