package de.lotse.planning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Freezes the evaluations of the targets of a strategy at a date (wired to the target evaluation on merge). */
@Component
class EvaluationRoundTargets {

    List<EvaluationRoundTargetState> at(long strategyId, LocalDate asOf) {
        return List.of();
    }
}
