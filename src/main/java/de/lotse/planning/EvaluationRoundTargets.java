package de.lotse.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Freezes the evaluations of the targets of a strategy at a date: {@link TargetEvaluations#forStrategy} judges every
 * target against the indicator values published up to the date; this turns each evaluation into the versioned JSON
 * record {@link EvaluationRoundTargetState}, with the measure or objective it belongs to as a label.
 */
@Component
class EvaluationRoundTargets {

    private final TargetEvaluations evaluations;
    private final JdbcClient jdbc;

    EvaluationRoundTargets(TargetEvaluations evaluations, JdbcClient jdbc) {
        this.evaluations = evaluations;
        this.jdbc = jdbc;
    }

    List<EvaluationRoundTargetState> at(long strategyId, LocalDate asOf) {
        List<TargetEvaluation> all = evaluations.forStrategy(strategyId, asOf);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, String> measures = labels("""
                SELECT id, code, title FROM measure WHERE strategy_id = ?""", strategyId);
        Map<Long, String> objectives = labels("""
                SELECT o.id, o.code, o.title FROM objective o JOIN field_of_action f ON f.id = o.field_id
                 WHERE f.strategy_id = ?""", strategyId);
        return all.stream()
                .map(e ->
                        state(e, e.measureId() != null ? measures.get(e.measureId()) : objectives.get(e.objectiveId())))
                .toList();
    }

    static EvaluationRoundTargetState state(TargetEvaluation e, String owner) {
        return new EvaluationRoundTargetState(
                EvaluationRoundTargetState.SCHEMA,
                e.targetId(),
                e.title(),
                owner,
                e.unit(),
                e.verdict().name(),
                e.reason().name(),
                e.latestValue(),
                e.latestPeriod() == null ? null : e.latestPeriod().toString(),
                e.targetValue(),
                e.targetDate(),
                e.trend() == null ? null : e.trend().forecast(),
                figures(e));
    }

    /** Every figure of the evaluation, as plain JSON values. */
    private static Map<String, Object> figures(TargetEvaluation e) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("measureId", e.measureId());
        figures.put("objectiveId", e.objectiveId());
        figures.put("indicatorKey", e.indicatorKey().value());
        figures.put(
                "indicatorName",
                Map.of("de", e.indicatorName().de(), "en", e.indicatorName().en()));
        figures.put("decimals", e.decimals());
        figures.put("territoryKey", e.territoryKey());
        figures.put("territoryName", e.territoryName());
        figures.put("targetGroup", e.targetGroup());
        figures.put("kind", e.kind().name());
        figures.put("statedValue", e.statedValue());
        figures.put("baselineValue", e.baselineValue());
        figures.put(
                "baselinePeriod",
                e.baselinePeriod() == null ? null : e.baselinePeriod().toString());
        figures.put("baselineFromIndicator", e.baselineFromIndicator());
        figures.put("direction", e.direction() == null ? null : e.direction().name());
        figures.put(
                "values",
                e.values().stream()
                        .map(p -> Map.of("period", p.period().toString(), "value", p.value(), "baseline", p.baseline()))
                        .toList());
        if (e.trend() != null) {
            Map<String, Object> trend = new LinkedHashMap<>();
            trend.put("points", e.trend().points());
            trend.put("slopePerYear", e.trend().slopePerYear());
            trend.put("forecast", e.trend().forecast());
            trend.put("at", e.trend().at().toString());
            figures.put("trend", trend);
        }
        figures.put("asOf", e.asOf().toString());
        return figures;
    }

    private Map<Long, String> labels(String sql, long strategyId) {
        Map<Long, String> labels = new HashMap<>();
        jdbc.sql(sql).param(strategyId).query(rs -> {
            String code = rs.getString("code");
            String title = rs.getString("title");
            labels.put(rs.getLong("id"), code == null || code.isBlank() ? title : code + " " + title);
        });
        return labels;
    }
}
