package de.lotse.planning.web;

import de.lotse.planning.PerformanceMeasure;
import de.lotse.planning.PerformanceMeasureDraft;
import de.lotse.planning.PerformanceOverview;
import de.lotse.planning.PerformanceQuestion;
import de.lotse.planning.PerformanceValue;
import de.lotse.planning.PerformanceValueEntry;
import de.lotse.planning.Target;
import de.lotse.planning.TargetDraft;
import de.lotse.planning.TargetEvaluation;
import de.lotse.planning.TargetKind;
import de.lotse.planning.TrendForecast;
import de.lotse.planning.Verdict;
import de.lotse.planning.VerdictReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the target and performance-measure API (never the domain records themselves). */
final class TargetJson {

    private TargetJson() {}

    @Schema(description = "A target value (Zielgröße) to create or the complete new content of one to change")
    record TargetRequest(
            @Schema(
                    description = "The measure it belongs to (exactly one of measureId and objectiveId; on PUT it may"
                            + " be left out, the owner cannot change)")
            Long measureId,

            @Schema(description = "The objective it belongs to")
            Long objectiveId,

            @Schema(example = "10 % mehr Kinder aus Familien mit Migrationshintergrund erhalten BuT-Leistungen")
            String title,

            @Schema(description = "Key of an indicator of the catalogue", example = "sgb2-quote-unter-15")
            String indicatorKey,

            @Schema(
                    description = "Key of the territory (AGS/ARS or the short key of a Land or Kreis)",
                    example = "03157")
            String territoryKey,

            String targetGroup,

            @Schema(
                    description = "Baseline value; null while unknown (then the indicator's value for the baseline"
                            + " period is used)")
            BigDecimal baselineValue,

            @Schema(description = "Baseline period: 2013, 2013/14, 2013-Q4, 2013-12 or 2013-12-31", example = "2013")
            String baselinePeriod,

            @Schema(
                    description = "ABSOLUTE: reach targetValue; RELATIVE_PERCENT: change the baseline by targetValue"
                            + " %; CHANGE: change the baseline by targetValue")
            TargetKind kind,

            @Schema(example = "10") BigDecimal targetValue,
            @Schema(example = "2015-12-31") LocalDate targetDate,
            String description,
            String sourceNote) {

        TargetDraft toDraft() {
            return new TargetDraft(
                    measureId,
                    objectiveId,
                    title,
                    indicatorKey,
                    territoryKey,
                    targetGroup,
                    baselineValue,
                    baselinePeriod,
                    kind,
                    targetValue,
                    targetDate,
                    description,
                    sourceNote);
        }
    }

    @Schema(description = "A target value with its automatic evaluation")
    record TargetResponse(
            long id,
            Long measureId,
            Long objectiveId,
            String title,
            String indicatorKey,
            String territoryKey,
            String territoryName,
            String targetGroup,
            BigDecimal baselineValue,
            String baselinePeriod,
            TargetKind kind,
            BigDecimal targetValue,
            LocalDate targetDate,
            String description,
            String sourceNote,
            long version,
            Instant updatedAt,
            String updatedBy,
            EvaluationResponse evaluation) {

        static TargetResponse of(Target t, TargetEvaluation e) {
            return new TargetResponse(
                    t.id(),
                    t.measureId(),
                    t.objectiveId(),
                    t.title(),
                    t.indicatorKey().value(),
                    e.territoryKey(),
                    e.territoryName(),
                    t.targetGroup(),
                    t.baselineValue(),
                    t.baselinePeriod() == null ? null : t.baselinePeriod().toString(),
                    t.kind(),
                    t.targetValue(),
                    t.targetDate(),
                    t.description(),
                    t.sourceNote(),
                    t.version(),
                    t.updatedAt(),
                    t.updatedBy(),
                    EvaluationResponse.of(e));
        }
    }

    @Schema(description = "The automatic evaluation of a target at a date, with the numbers that led to the verdict")
    record EvaluationResponse(
            @Schema(description = "The date evaluated at: only values whose period ends by then count")
            LocalDate asOf,

            @Schema(
                    description = "ACHIEVED (erreicht), ON_TRACK (auf Kurs), AT_RISK (gefährdet), MISSED (verfehlt),"
                            + " NO_DATA (keine Daten)")
            Verdict verdict,

            @Schema(description = "Why, machine-readable") VerdictReason reason,

            @Schema(description = "The baseline value used, null when unknown")
            BigDecimal baselineValue,

            String baselinePeriod,

            @Schema(description = "Whether the baseline value was read from the indicator (none was stated)")
            boolean baselineFromIndicator,

            @Schema(description = "The value to reach (relative targets resolved); null without baseline")
            BigDecimal targetValue,

            @Schema(description = "RISE or FALL: which way values have to move to meet the target")
            String direction,

            BigDecimal latestValue,
            String latestPeriod,
            String unit,

            @Schema(
                    description = "The linear trend and its forecast at the target date; null with fewer than two"
                            + " values")
            TrendResponse trend,

            @Schema(description = "The values considered, oldest first")
            List<PointResponse> values) {

        static EvaluationResponse of(TargetEvaluation e) {
            return new EvaluationResponse(
                    e.asOf(),
                    e.verdict(),
                    e.reason(),
                    e.baselineValue(),
                    e.baselinePeriod() == null ? null : e.baselinePeriod().toString(),
                    e.baselineFromIndicator(),
                    e.targetValue(),
                    e.direction() == null ? null : e.direction().name(),
                    e.latestValue(),
                    e.latestPeriod() == null ? null : e.latestPeriod().toString(),
                    e.unit(),
                    e.trend() == null ? null : TrendResponse.of(e.trend()),
                    e.values().stream()
                            .map(p -> new PointResponse(p.period().toString(), p.value(), p.baseline()))
                            .toList());
        }
    }

    record TrendResponse(
            int points,
            @Schema(description = "Change per year") BigDecimal slopePerYear,

            @Schema(description = "The trend's value at the target date")
            BigDecimal forecast,

            LocalDate forecastDate) {

        static TrendResponse of(TrendForecast t) {
            return new TrendResponse(t.points(), t.slopePerYear(), t.forecast(), t.at());
        }
    }

    record PointResponse(
            String period,
            BigDecimal value,

            @Schema(description = "true for the stated baseline (not a value of the indicator)")
            boolean baseline) {}

    record FieldError(String field, String message) {}

    record ChangeResponse(long version, Instant changedAt, String changedBy, List<String> fields) {}

    @Schema(description = "A performance measure to define for a measure")
    record PerformanceMeasureRequest(
            @Schema(
                    description = "HOW_MUCH (Wie viel haben wir getan?), HOW_WELL (Wie gut haben wir es getan?),"
                            + " BETTER_OFF (Geht es jemandem besser?)")
            PerformanceQuestion question,

            @Schema(example = "Beratungsgespräche") String name,
            @Schema(example = "Anzahl") String unit) {

        PerformanceMeasureDraft toDraft() {
            return new PerformanceMeasureDraft(question, name, unit);
        }
    }

    @Schema(description = "A value of a performance measure for a period (a second value for the period replaces it)")
    record PerformanceValueRequest(
            @Schema(description = "The performance measure (of this measure)")
            Long performanceMeasureId,

            @Schema(example = "2015") String period,
            @Schema(example = "42") BigDecimal value,
            String note) {

        PerformanceValueEntry toEntry() {
            return new PerformanceValueEntry(performanceMeasureId, period, value, note);
        }
    }

    record PerformanceMeasureResponse(
            long id,
            long measureId,
            PerformanceQuestion question,
            int position,
            String name,
            String unit,
            List<PerformanceValueResponse> values) {

        static PerformanceMeasureResponse of(PerformanceMeasure m, List<PerformanceValue> values) {
            return new PerformanceMeasureResponse(
                    m.id(),
                    m.measureId(),
                    m.question(),
                    m.position(),
                    m.name(),
                    m.unit(),
                    values.stream().map(PerformanceValueResponse::of).toList());
        }

        static List<PerformanceMeasureResponse> of(PerformanceOverview overview) {
            return overview.items().stream()
                    .map(i -> of(i.measure(), i.values()))
                    .toList();
        }
    }

    record PerformanceValueResponse(
            long performanceMeasureId,
            String period,
            BigDecimal value,
            String note,
            Instant enteredAt,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Username of who entered it; null unless the caller is a planner, an"
                            + " administrator or that user (usernames are not public)")
            String enteredBy) {

        static PerformanceValueResponse of(PerformanceValue v) {
            return new PerformanceValueResponse(
                    v.performanceMeasureId(),
                    v.period().toString(),
                    v.value(),
                    v.note(),
                    v.enteredAt(),
                    VisibleUsernames.visible(v.enteredBy()));
        }
    }
}
