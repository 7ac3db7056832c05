package de.lotse.indicator.web;

import de.lotse.indicator.Formula;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.LocalizedText;
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
            @Schema(example = "MUNICIPALITY") String level) {}

    @Schema(description = "Deviation from the parent's value")
    record Deviation(
            @Schema(description = "Value minus the parent's value")
            BigDecimal absolute,

            @Schema(description = "The absolute deviation in percent of the parent's value; null if that is 0")
            BigDecimal relativePercent) {}

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

            Deviation deviation) {

        static ValueRow of(IndicatorReadModel.ShownValue v, Integer rank, Deviation deviation) {
            return new ValueRow(
                    new TerritoryRef(
                            v.territory().key(),
                            v.territory().name(),
                            v.territory().level().name()),
                    v.period().toString(),
                    v.value(),
                    v.status() == null ? null : v.status().sign(),
                    v.suppressed(),
                    v.confidential(),
                    rank,
                    deviation);
        }

        static ValueRow of(IndicatorReadModel.Row row) {
            Deviation deviation =
                    row.deviation() == null ? null : new Deviation(row.deviation(), row.relativeDeviation());
            return of(row.shown(), row.rank(), deviation);
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

            List<ValueRow> values) {}
}
