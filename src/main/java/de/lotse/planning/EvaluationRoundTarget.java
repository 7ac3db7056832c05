package de.lotse.planning;

import java.time.Instant;

/**
 * One target in an evaluation round: its frozen evaluation and the planners' comment on it.
 *
 * @param state the frozen evaluation, never changed after freezing
 * @param comment the comment; null when there is none
 * @param commentedBy who last changed the comment; null when never commented
 * @param commentedAt when the comment was last changed; null when never commented
 */
public record EvaluationRoundTarget(
        EvaluationRoundTargetState state, String comment, String commentedBy, Instant commentedAt) {

    public long targetId() {
        return state.targetId();
    }
}
