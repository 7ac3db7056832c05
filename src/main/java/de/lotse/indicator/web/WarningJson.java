package de.lotse.indicator.web;

import de.lotse.indicator.ComparisonStatistics;
import de.lotse.indicator.EarlyWarning;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.LifeCourse;
import de.lotse.indicator.Threshold;
import de.lotse.indicator.ThresholdDraft;
import de.lotse.territory.Territory;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** JSON shapes of the early-warning and life-course API (never entities). */
final class WarningJson {

    private WarningJson() {}

    /** Digits of means, standard deviations and z-scores beyond the indicator's decimals. */
    private static final int EXTRA_DIGITS = 2;

    @Schema(description = "A territory")
    record Place(
            @Schema(example = "03157") String key,
            @Schema(example = "Peine") String name,
            @Schema(example = "COUNTY") String level) {

        static Place of(Territory t) {
            return t == null ? null : new Place(t.key(), t.name(), t.level().name());
        }
    }

    @Schema(description = "An indicator, briefly")
    record IndicatorRef(
            @Schema(example = "sgb2-quote-unter-15") String key,
            String nameDe,
            String nameEn,
            @Schema(example = "%") String unit,
            int decimals,
            @Schema(example = "HIGHER_IS_WORSE") String polarity) {

        static IndicatorRef of(Indicator indicator) {
            IndicatorDefinition d = indicator.definition();
            return new IndicatorRef(
                    d.key().value(),
                    d.name().de(),
                    d.name().in("en"),
                    d.unit(),
                    d.decimals(),
                    d.polarity().name());
        }
    }

    @Schema(description = "A threshold to create or the new state of one to change")
    record ThresholdRequest(
            @Schema(
                    description = "ABSOLUTE or DEVIATION",
                    example = "DEVIATION",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String kind,

            @Schema(
                    description = "ABOVE, BELOW or WORSE (by the indicator's polarity)",
                    example = "WORSE",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String direction,

            @Schema(
                    description = "ABSOLUTE: the value; DEVIATION: k, the number of standard deviations (> 0)",
                    example = "1.5",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String limit,

            @Schema(description = "Only this territory and the units below it (key), optional", example = "03157")
            String scopeTerritory,

            @Schema(description = "Only units of this level, optional", example = "MUNICIPALITY")
            String scopeLevel,

            @Schema(
                    description = "NOTICE (Hinweis) or WARNING (Warnung)",
                    example = "WARNING",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String severity,

            @Schema(description = "Why the threshold was set, optional, at most 1000 characters")
            String note) {

        ThresholdDraft draft() {
            return new ThresholdDraft(kind, direction, limit, scopeTerritory, scopeLevel, severity, note);
        }
    }

    @Schema(description = "An early-warning threshold of an indicator")
    record ThresholdResponse(
            long id,
            @Schema(example = "sgb2-quote-unter-15") String indicator,
            @Schema(example = "DEVIATION") String kind,
            @Schema(example = "WORSE") String direction,

            @Schema(description = "ABSOLUTE: the value; DEVIATION: k", example = "1.5")
            BigDecimal limit,

            Place scopeTerritory,
            @Schema(example = "MUNICIPALITY") String scopeLevel,
            @Schema(example = "WARNING") String severity,
            String note,

            @Schema(description = "Optimistic lock; also the ETag", example = "1")
            long version,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {

        static ThresholdResponse of(Threshold t) {
            return new ThresholdResponse(
                    t.id(),
                    t.indicator().value(),
                    t.rule().kind().name(),
                    t.rule().direction().name(),
                    t.rule().limit(),
                    Place.of(t.scopeTerritory()),
                    t.scopeLevel() == null ? null : t.scopeLevel().name(),
                    t.severity().name(),
                    t.note(),
                    t.version(),
                    t.createdAt(),
                    t.createdBy(),
                    t.updatedAt(),
                    t.updatedBy());
        }
    }

    @Schema(description = "Mean and population standard deviation of the comparison set")
    record Comparison(
            @Schema(description = "The Kreis or Land whose units form the set; null for Länder (all Länder)")
            Place region,

            int count,
            BigDecimal mean,
            BigDecimal standardDeviation) {

        static Comparison of(Territory region, ComparisonStatistics s, int decimals) {
            return s == null
                    ? null
                    : new Comparison(
                            Place.of(region),
                            s.count(),
                            round(s.mean(), decimals + EXTRA_DIGITS),
                            round(s.standardDeviation(), decimals + EXTRA_DIGITS));
        }
    }

    @Schema(description = "A value that crosses an early-warning threshold")
    record Alert(
            Place territory,
            IndicatorRef indicator,
            @Schema(example = "2024") String period,
            BigDecimal value,

            @Schema(description = "A value withheld from the public, shown only to planners and administrators")
            boolean confidential,

            ThresholdResponse threshold,
            @Schema(example = "WARNING") String severity,

            @Schema(description = "ABSOLUTE: value minus limit; DEVIATION: value minus the mean of the comparison set")
            BigDecimal difference,

            @Schema(description = "z-score in the comparison set, null if it has fewer than 3 values or no spread")
            BigDecimal zScore,

            Comparison comparison) {

        static Alert of(EarlyWarning.Alert a) {
            int decimals = a.indicator().definition().decimals();
            return new Alert(
                    Place.of(a.territory()),
                    IndicatorRef.of(a.indicator()),
                    a.period().toString(),
                    a.value(),
                    a.confidential(),
                    ThresholdResponse.of(a.threshold()),
                    a.threshold().severity().name(),
                    round(a.breach().difference(), decimals + EXTRA_DIGITS),
                    round(a.breach().zScore(), 2),
                    Comparison.of(a.comparisonRegion(), a.statistics(), decimals));
        }
    }

    @Schema(description = "The alerts of an area: the parent and every current unit below it")
    record EarlyWarningResponse(
            Place parent,

            @Schema(description = "PUBLIC or PERMITTED (planners and administrators see confidential values)")
            String audience,

            @Schema(description = "Number of thresholds defined in all indicators")
            int thresholds,

            @Schema(description = "Number of units evaluated")
            int units,

            List<Alert> alerts) {

        static EarlyWarningResponse of(EarlyWarning.Report report, IndicatorReadModel.Audience audience) {
            return new EarlyWarningResponse(
                    Place.of(report.parent()),
                    audience.name(),
                    report.thresholdCount(),
                    report.unitCount(),
                    report.alerts().stream().map(Alert::of).toList());
        }
    }

    @Schema(description = "One indicator of a life stage")
    record LifeCourseEntry(
            IndicatorRef indicator,
            @Schema(example = "2024") String period,

            @Schema(description = "null when missing or, for the public, suppressed")
            BigDecimal value,

            String status,
            boolean suppressed,
            boolean confidential,
            Place comparisonRegion,
            BigDecimal comparisonValue,
            BigDecimal difference,

            @Schema(
                    example = "WORSE",
                    description =
                            "BETTER, WORSE, SIMILAR, HIGHER, LOWER (neutral), NO_DATA, or NOT_COMPARABLE for counts")
            String verdict) {

        static LifeCourseEntry of(LifeCourse.Entry e) {
            IndicatorReadModel.ShownValue v = e.value();
            return new LifeCourseEntry(
                    IndicatorRef.of(e.indicator()),
                    v == null ? null : v.period().toString(),
                    v == null ? null : v.value(),
                    v == null || v.status() == null ? null : v.status().sign(),
                    v != null && v.suppressed(),
                    v != null && v.confidential(),
                    Place.of(e.comparisonRegion()),
                    e.comparisonValue(),
                    e.difference(),
                    e.verdict().name());
        }
    }

    @Schema(description = "One stage of the life course")
    record LifeCourseStage(
            @Schema(example = "CRECHE") String stage,

            @Schema(description = "Whether the territory does worse than its comparison region in any indicator")
            boolean worse,

            long worseCount,
            List<LifeCourseEntry> indicators) {

        static LifeCourseStage of(LifeCourse.Stage s) {
            return new LifeCourseStage(
                    s.stage().name(),
                    s.worse(),
                    s.worseCount(),
                    s.entries().stream().map(LifeCourseEntry::of).toList());
        }
    }

    @Schema(description = "The life course of a territory: every stage in order with its indicators")
    record LifeCourseResponse(
            Place territory,

            @Schema(description = "A difference within this percentage of the comparison value counts as similar")
            int tolerancePercent,

            List<LifeCourseStage> stages) {

        static LifeCourseResponse of(LifeCourse.Report report) {
            return new LifeCourseResponse(
                    Place.of(report.territory()),
                    LifeCourse.TOLERANCE_PERCENT,
                    report.stages().stream().map(LifeCourseStage::of).toList());
        }
    }

    static BigDecimal round(BigDecimal value, int digits) {
        return value == null
                ? null
                : value.setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
