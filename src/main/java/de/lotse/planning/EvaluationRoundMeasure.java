package de.lotse.planning;

import java.time.Instant;

/**
 * One measure in an evaluation round: its frozen state and the planners' comment on it.
 *
 * @param state the frozen state, never changed after freezing
 * @param comment the comment; null when there is none
 * @param commentedBy who last changed the comment; null when never commented
 * @param commentedAt when the comment was last changed; null when never commented
 */
public record EvaluationRoundMeasure(MeasureSnapshot state, String comment, String commentedBy, Instant commentedAt) {

    public long measureId() {
        return state.measureId();
    }
}
