package de.lotse.indicator.web;

import de.lotse.indicator.CrossSectionAnalysis;
import de.lotse.indicator.Formula;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.Standardisation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** JSON shapes of the indicator API (never entities). Dates and times are ISO 8601, periods canonical. */
final class IndicatorJson {

    private IndicatorJson() {}

    @Schema(description = "An indicator of the catalogue in its current version, with all its metadata")
    record IndicatorResponse(
            @Schema(example = "sgb2-quote-unter-15") String key,
            Text name,
            Text shortName,
            String definition,
            String interpretation,
            FormulaResponse formula,
            @Schema(example = "%") String unit,
            @Schema(example = "1") int decimals,
            SourceResponse source,
            String licence,
            String attribution,
            ReferenceDateResponse referenceDate,

            @Schema(description = "Territorial levels the indicator exists for")
            List<String> levels,

            @Schema(example = "HIGHER_IS_WORSE") String polarity,
            @Schema(example = "SOCIAL_SECURITY") String topic,
            List<String> lifeStages,
            @Schema(example = "POPULATION_INDICATOR") String kind,
            ConfidentialityResponse confidentiality,
            VersionResponse version,
            String href) {

        static IndicatorResponse of(Indicator indicator) {
            IndicatorDefinition d = indicator.definition();
            return new IndicatorResponse(
                    d.key().value(),
                    Text.of(d.name()),
                    Text.of(d.shortName()),
                    d.definition(),
                    d.interpretation(),
                    FormulaResponse.of(d.formula()),
                    d.unit(),
                    d.decimals(),
                    new SourceResponse(
                            d.source().publisher(),
                            d.source().statistic(),
                            d.source().tableCode()),
                    d.licence(),
                    d.attribution(),
                    new ReferenceDateResponse(
                            d.referenceDate().rule().name(), d.referenceDate().note()),
                    d.levels().stream().map(Enum::name).toList(),
                    d.polarity().name(),
                    d.topic().name(),
                    d.lifeStages().stream().map(Enum::name).toList(),
                    d.kind().name(),
                    new ConfidentialityResponse(
                            d.confidentiality().minimumCount(),
                            d.confidentiality().minimumDenominator()),
                    new VersionResponse(
                            indicator.version(),
                            indicator.versionValidFrom(),
                            indicator.versionCreatedBy(),
                            indicator.revision(),
                            indicator.updatedAt()),
                    "/api/v1/indicators/" + d.key().value());
        }
    }

    @Schema(description = "A text in German and, if available, English")
    record Text(String de, String en) {
        static Text of(LocalizedText text) {
            return new Text(text.de(), text.en());
        }
    }

    @Schema(description = "RAW (values as imported), RATIO (numerator / denominator × factor) or EXPRESSION")
    record FormulaResponse(
            @Schema(example = "RATIO") String type,
            String numerator,
            String denominator,
            BigDecimal factor,
            String expression) {

        static FormulaResponse of(Formula formula) {
            return switch (formula) {
                case Formula.Raw raw -> new FormulaResponse("RAW", null, null, null, null);
                case Formula.Ratio r ->
                    new FormulaResponse(
                            "RATIO", r.numerator().value(), r.denominator().value(), r.factor(), null);
                case Formula.Expression e -> new FormulaResponse("EXPRESSION", null, null, null, e.text());
            };
        }
    }

    record SourceResponse(
            String publisher,
            String statistic,
            @Schema(example = "22811-02-02-4") String tableCode) {}

    @Schema(description = "Reference date: DECEMBER_31, JUNE_30, MARCH_1, SCHOOL_YEAR, CALENDAR_YEAR or OTHER (note)")
    record ReferenceDateResponse(String rule, String note) {}

    @Schema(
            description = "Values below minimumCount (from 1) and rates on a denominator below minimumDenominator are"
                    + " withheld from public output; null means no limit")
    record ConfidentialityResponse(Integer minimumCount, Integer minimumDenominator) {}

    @Schema(description = "The current version of the definition and the change counter")
    record VersionResponse(int number, Instant validFrom, String createdBy, long revision, Instant updatedAt) {}

    @Schema(description = "A territory a value belongs to")
    record TerritoryRef(
            @Schema(example = "031570006006") String key,
            @Schema(example = "Peine, Stadt") String name,
            @Schema(example = "MUNICIPALITY") String level) {

        static TerritoryRef of(de.lotse.territory.Territory t) {
            return new TerritoryRef(t.key(), t.name(), t.level().name());
        }
    }

    @Schema(description = "Deviation from the parent's value")
    record Deviation(
            @Schema(description = "Value minus the parent's value")
            BigDecimal absolute,

            @Schema(description = "The absolute deviation in percent of the parent's value; null if that is 0")
            BigDecimal relativePercent) {}

    @Schema(description = "A change between two periods")
    record Change(
            @Schema(description = "The earlier period") String period,

            @Schema(description = "The value in the earlier period")
            BigDecimal from,

            @Schema(description = "Value minus the earlier value")
            BigDecimal absolute,

            @Schema(description = "The absolute change in percent of the earlier value; null if that is 0")
            BigDecimal relativePercent) {

        static Change of(Standardisation.Change change, String period) {
            return change == null ? null : new Change(period, change.from(), change.absolute(), change.percent());
        }
    }

    @Schema(description = "Deviation from an ancestor (Gemeindeverband, Kreis, Land) that has a value in the period")
    record Comparison(
            TerritoryRef territory,
            @Schema(description = "The ancestor's value") BigDecimal value,

            @Schema(description = "Whether the ancestor's value is shown only to permitted users")
            boolean confidential,

            @Schema(description = "Value minus the ancestor's value; null if the row has no value")
            BigDecimal deviation,

            @Schema(description = "The deviation in percent of the ancestor's value; null if that is 0")
            BigDecimal relativePercent) {

        static Comparison of(CrossSectionAnalysis.Comparison c) {
            return new Comparison(
                    TerritoryRef.of(c.territory()), c.value(), c.confidential(), c.deviation(), c.relativeDeviation());
        }
    }

    @Schema(
            description = "One value. Suppressed values (statistical confidentiality) are null for the public;"
                    + " users with the permission see them with confidential: true")
    record ValueRow(
            TerritoryRef territory,
            @Schema(example = "2015") String period,

            @Schema(description = "The figure; null when missing or suppressed")
            BigDecimal value,

            @Schema(description = "Official status symbol: -, ., x, /, ... or null", example = ".")
            String status,

            @Schema(description = "Whether the value is withheld from public output")
            boolean suppressed,

            @Schema(description = "Whether a value is shown that the public does not see")
            boolean confidential,

            @Schema(
                    description =
                            "Rank in a cross-section, 1 = best by polarity; null for suppressed or missing values")
            Integer rank,

            Deviation deviation,

            @Schema(
                    description = "Cross-section: (value − mean) / standard deviation over the values of the rows"
                            + " visible to the public (population standard deviation); null for suppressed or missing"
                            + " values and with fewer than two visible values")
            BigDecimal zScore,

            @Schema(description = "Cross-section: change against the previous period of the same kind with values")
            Change changePrevious,

            @Schema(description = "Cross-section: change against the base period (parameter base)")
            Change changeBase,

            @Schema(description = "Cross-section: deviations from the ancestors with a value, nearest first")
            List<Comparison> comparisons) {

        static ValueRow of(IndicatorReadModel.ShownValue v, Integer rank, Deviation deviation) {
            return new ValueRow(
                    TerritoryRef.of(v.territory()),
                    v.period().toString(),
                    v.value(),
                    v.status() == null ? null : v.status().sign(),
                    v.suppressed(),
                    v.confidential(),
                    rank,
                    deviation,
                    null,
                    null,
                    null,
                    null);
        }

        static ValueRow of(IndicatorReadModel.Row row) {
            Deviation deviation =
                    row.deviation() == null ? null : new Deviation(row.deviation(), row.relativeDeviation());
            return of(row.shown(), row.rank(), deviation);
        }

        static ValueRow of(CrossSectionAnalysis.AnalysedRow analysed, String previous, String base) {
            ValueRow plain = of(analysed.row());
            return new ValueRow(
                    plain.territory(),
                    plain.period(),
                    plain.value(),
                    plain.status(),
                    plain.suppressed(),
                    plain.confidential(),
                    plain.rank(),
                    plain.deviation(),
                    Standardisation.rounded(analysed.zScore()),
                    Change.of(analysed.changePrevious(), previous),
                    Change.of(analysed.changeBase(), base),
                    analysed.comparisons().stream().map(Comparison::of).toList());
        }
    }

    @Schema(description = "The time series of one territory (for several territories side by side)")
    record Series(TerritoryRef territory, List<ValueRow> values) {}

    @Schema(description = "Count, mean and population standard deviation of the visible values behind the z-scores")
    record Moments(int count, BigDecimal mean, BigDecimal standardDeviation) {
        static Moments of(Standardisation.Moments m) {
            return new Moments(
                    m.count(), Standardisation.rounded(m.mean()), Standardisation.rounded(m.standardDeviation()));
        }
    }

    @Schema(description = "Values of one indicator: a time series (territory set) or a cross-section (parent set)")
    record ValuesResponse(
            @Schema(example = "sgb2-quote-unter-15") String indicator,
            String unit,
            int decimals,
            String polarity,

            @Schema(description = "TIME_SERIES or CROSS_SECTION")
            String kind,

            @Schema(description = "Time series: the territory")
            TerritoryRef territory,

            @Schema(description = "Cross-section: the parent's own value, the basis of the deviations")
            ValueRow parent,

            @Schema(description = "Cross-section: the period")
            String period,

            @Schema(description = "Cross-section: the level of the rows, null for the parent's direct children")
            String level,

            @Schema(description = "Time series: all values; with several territories, of all of them in their order")
            List<ValueRow> values,

            @Schema(description = "Cross-section: the previous period of the same kind that has values, if any")
            String previousPeriod,

            @Schema(description = "Cross-section: the base period of changeBase, if asked for")
            String basePeriod,

            @Schema(description = "Cross-section: the statistics behind the z-scores (visible values only)")
            Moments statistics,

            @Schema(description = "Time series: one series per territory asked for, in the order given")
            List<Series> series) {}
}
