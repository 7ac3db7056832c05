package de.lotse.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a planner enters to create (and thereby freeze) an evaluation round.
 *
 * @param title e.g. "Evaluation Q1 2016"; unique within the strategy
 * @param asOf the date the round speaks about; not in the future, since a state that has not happened yet cannot be
 *     frozen
 * @param note a remark on the round; optional
 */
public record EvaluationRoundDraft(String title, LocalDate asOf, String note) {

    static final int MAX_TITLE = 300;
    static final int MAX_NOTE = 4000;

    /**
     * The problems of the draft as field and message code (bundle {@code rounds}); empty when it is valid.
     *
     * @param today the current day in the county
     */
    public List<EvaluationRoundProblem> problems(LocalDate today) {
        List<EvaluationRoundProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new EvaluationRoundProblem("title", "rounds.error.titleRequired"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(new EvaluationRoundProblem("title", "rounds.error.titleTooLong"));
        }
        if (asOf == null) {
            problems.add(new EvaluationRoundProblem("asOf", "rounds.error.asOfRequired"));
        } else if (asOf.isAfter(today)) {
            problems.add(new EvaluationRoundProblem("asOf", "rounds.error.asOfFuture"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new EvaluationRoundProblem("note", "rounds.error.noteTooLong"));
        }
        return problems;
    }
}
