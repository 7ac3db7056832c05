package de.lotse.indicator.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * JSON shapes of the catalogue's write API. A request has the shape of the indicator the read API returns, so a client
 * can read an indicator, change fields and send it back; read-only parts ({@code version}, {@code href}) are ignored.
 */
final class IndicatorWriteJson {

    private IndicatorWriteJson() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(
            description = "An indicator definition to create or to replace the current one with. Changing the"
                    + " definition, formula, unit, source table code or reference date creates a new version; other"
                    + " changes update the current version.")
    record IndicatorRequest(
            @Schema(
                    description = "Stable key (slug): lower-case letters and digits in groups joined by single"
                            + " hyphens, 2 to 64 characters. Required to create; when editing it may be left"
                            + " out but cannot change.",
                    example = "hilfen-zur-erziehung-je-1000")
            String key,

            TextRequest name,

            @Schema(description = "Short name for tables and charts, at most 100 characters")
            TextRequest shortName,

            @Schema(description = "What is counted or computed, precisely enough to reproduce it")
            String definition,

            @Schema(description = "How to read the figures, their limits and pitfalls")
            String interpretation,

            FormulaRequest formula,
            @Schema(example = "je 1.000 unter 21-Jährige") String unit,

            @Schema(description = "Decimal places shown, 0 to 6", example = "1")
            Integer decimals,

            SourceRequest source,

            @Schema(example = "Datenlizenz Deutschland – Namensnennung – Version 2.0")
            String licence,

            String attribution,
            ReferenceDateRequest referenceDate,

            @Schema(description = "Territorial levels: STATE, COUNTY, ASSOCIATION, MUNICIPALITY, SOCIAL_SPACE")
            List<String> levels,

            @Schema(description = "HIGHER_IS_BETTER, HIGHER_IS_WORSE or NEUTRAL")
            String polarity,

            @Schema(
                    description = "DEMOGRAPHY, SOCIAL_SECURITY, EMPLOYMENT, EDUCATION, CHILDREN_YOUTH_FAMILY,"
                            + " HEALTH_CARE, HOUSING, MOBILITY, MIGRATION_INTEGRATION or CIVIC_ENGAGEMENT")
            String topic,

            @Schema(
                    description = "PREGNANCY_BIRTH, EARLY_HELP, CRECHE, KITA, PRIMARY_SCHOOL, SECONDARY_SCHOOL,"
                            + " TRANSITION_TO_WORK, WORKING_AGE, OLDER_PEOPLE")
            List<String> lifeStages,

            @Schema(description = "POPULATION_INDICATOR or PERFORMANCE_MEASURE")
            String kind,

            ConfidentialityRequest confidentiality) {

        /** The request as the text input the form page also produces. */
        IndicatorInput toInput() {
            FormulaRequest f = formula == null ? new FormulaRequest(null, null, null, null, null) : formula;
            SourceRequest s = source == null ? new SourceRequest(null, null, null) : source;
            ReferenceDateRequest r = referenceDate == null ? new ReferenceDateRequest(null, null) : referenceDate;
            ConfidentialityRequest c =
                    confidentiality == null ? new ConfidentialityRequest(null, null) : confidentiality;
            TextRequest n = name == null ? new TextRequest(null, null) : name;
            TextRequest sn = shortName == null ? new TextRequest(null, null) : shortName;
            return new IndicatorInput(
                    key,
                    n.de(),
                    n.en(),
                    sn.de(),
                    sn.en(),
                    definition,
                    interpretation,
                    f.type(),
                    f.numerator(),
                    f.denominator(),
                    f.factor() == null ? null : f.factor().toPlainString(),
                    f.expression(),
                    unit,
                    decimals == null ? null : decimals.toString(),
                    s.publisher(),
                    s.statistic(),
                    s.tableCode(),
                    licence,
                    attribution,
                    r.rule(),
                    r.note(),
                    levels,
                    polarity,
                    topic,
                    lifeStages,
                    kind,
                    c.minimumCount() == null ? null : c.minimumCount().toString(),
                    c.minimumDenominator() == null
                            ? null
                            : c.minimumDenominator().toString());
        }
    }

    @Schema(description = "A text in German (required) and English (optional)")
    record TextRequest(
            @Schema(example = "Hilfen zur Erziehung") String de, String en) {}

    @Schema(
            description = "RAW (values as imported), RATIO (numerator / denominator × factor, keys of other"
                    + " indicators) or EXPRESSION (arithmetic over other indicators' keys in braces, e.g."
                    + " {a} / {b} * 100)")
    record FormulaRequest(
            @Schema(example = "RATIO") String type,
            String numerator,
            String denominator,
            @Schema(example = "1000") BigDecimal factor,
            String expression) {}

    record SourceRequest(
            @Schema(example = "Landkreis Peine, Jugendamt") String publisher,
            String statistic,
            @Schema(example = "22811-02-02-4") String tableCode) {}

    @Schema(description = "DECEMBER_31, JUNE_30, MARCH_1, SCHOOL_YEAR, CALENDAR_YEAR, or OTHER with a note")
    record ReferenceDateRequest(String rule, String note) {}

    @Schema(description = "Minimum count (hides smaller counts from 1) and minimum denominator of a rate; null: none")
    record ConfidentialityRequest(Integer minimumCount, Integer minimumDenominator) {}

    @Schema(description = "The result of a create or update")
    record SavedResponse(
            @Schema(description = "The indicator as GET /api/v1/indicators/{key} returns it")
            IndicatorJson.IndicatorResponse indicator,

            @Schema(description = "The fields the request changed, empty when it changed nothing")
            List<String> changedFields,

            @Schema(description = "Whether the change of meaning created a new version")
            boolean newVersion,

            @Schema(description = "The current version number")
            int version,

            @Schema(description = "The new revision, also sent as ETag")
            long revision) {}

    @Schema(description = "A field the request got wrong")
    record FieldError(
            @Schema(description = "JSON path of the field", example = "source.tableCode")
            String field,

            @Schema(description = "What is wrong, in the language of the request")
            String message) {}

    @Schema(description = "A change made since the revision named in If-Match")
    record ChangeResponse(long revision, Instant changedAt, String changedBy, List<String> fields) {}
}
