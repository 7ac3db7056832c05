package de.lotse.planning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * New comments of a round: per measure id and per target id the comment to store (blank or null removes it). Entries
 * not named keep their comment.
 */
public record EvaluationRoundComments(Map<Long, String> measures, Map<Long, String> targets) {

    static final int MAX_COMMENT = 4000;

    public EvaluationRoundComments {
        measures = measures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        targets = targets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** A comment as it is stored: stripped, null when blank. */
    static String normalised(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
