package de.lotse.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The frozen evaluation of one target (Zielgröße) at the date of an evaluation round, stored as a versioned JSON record
 * in {@code evaluation_target_entry.state}; once written it never changes.
 *
 * @param schema the version of this JSON record, {@value #SCHEMA}
 * @param targetId the target
 * @param title the target's title at freezing time
 * @param owner the measure or objective the target belongs to, as a label
 * @param unit the indicator's unit, e.g. "%"
 * @param verdict the verdict of the automatic evaluation at the date (a {@link Verdict} name)
 * @param reason why (a {@link VerdictReason} name)
 * @param latestValue the latest indicator value the verdict is based on; null without data
 * @param latestPeriod the period of that value; null without data
 * @param targetValue the value the indicator should reach; null when it cannot be resolved (e.g. no baseline)
 * @param targetDate the date it should be reached by
 * @param forecast the linear trend forecast at the target date; null when there is none
 * @param evaluation every figure of the automatic evaluation as it was, for the record
 */
public record EvaluationRoundTargetState(
        int schema,
        long targetId,
        String title,
        String owner,
        String unit,
        String verdict,
        String reason,
        BigDecimal latestValue,
        String latestPeriod,
        BigDecimal targetValue,
        LocalDate targetDate,
        BigDecimal forecast,
        Map<String, Object> evaluation) {

    /** The current version of the JSON record. */
    public static final int SCHEMA = 1;

    public EvaluationRoundTargetState {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(verdict, "verdict");
        evaluation = evaluation == null ? Map.of() : evaluation;
    }
}
