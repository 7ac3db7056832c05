package de.lotse.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An evaluation round of a strategy (e.g. "Evaluation Q1 2016"): the state of every measure and target of the
 * strategy frozen at a date. Rounds are frozen when they are created; afterwards only their comments change, and each
 * change of the comments raises {@link #version()}.
 *
 * @param id the round
 * @param strategyId the strategy it evaluates
 * @param title unique within the strategy
 * @param asOf the date the round speaks about (Stichtag)
 * @param frozenAt when the state was frozen
 * @param frozenBy who froze it
 * @param note a remark on the round; may be null
 * @param version the optimistic-locking version; changes of the comments name the version they are based on
 */
public record EvaluationRound(
        long id,
        long strategyId,
        String title,
        LocalDate asOf,
        Instant frozenAt,
        String frozenBy,
        String note,
        long version) {}
