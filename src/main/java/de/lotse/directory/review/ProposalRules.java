package de.lotse.directory.review;

import de.lotse.directory.ServiceDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * What a proposal needs before it is saved and before it is submitted. The full validation of the content (known
 * term codes, schedules, coordinates in Germany) is the directory's when a planner publishes; these rules only keep
 * obviously unfinished proposals out of the planners' queue.
 */
final class ProposalRules {

    static final int MAX_NAME = 300;

    private ProposalRules() {}

    /** A draft needs a name (it names the proposal in every list). */
    static List<ProposalFieldProblem> forDraft(ServiceDraft draft) {
        List<ProposalFieldProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(ProposalFieldProblem.of("name", "required", "The service needs a name."));
        } else if (draft.name().strip().length() > MAX_NAME) {
            problems.add(ProposalFieldProblem.of("name", "tooLong", "At most " + MAX_NAME + " characters."));
        }
        return problems;
    }

    /** A submitted proposal also needs a description and at least one counselling category. */
    static List<ProposalFieldProblem> forSubmission(ServiceDraft draft) {
        List<ProposalFieldProblem> problems = forDraft(draft);
        if (draft.description() == null || draft.description().isBlank()) {
            problems.add(
                    ProposalFieldProblem.of("description", "required", "Describe the service before submitting it."));
        }
        if (draft.categoryCodes().isEmpty()) {
            problems.add(ProposalFieldProblem.of(
                    "categoryCodes", "required", "Choose at least one counselling category before submitting."));
        }
        return problems;
    }

    /** Refuses a missing draft (422 on {@code draft}). */
    static void requireDraft(ServiceDraft draft) {
        if (draft == null) {
            throw ProposalException.invalid(
                    List.of(ProposalFieldProblem.of("draft", "required", "The proposed service is missing.")));
        }
    }

    static void refuseIfAny(List<ProposalFieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProposalException.invalid(new ArrayList<>(problems));
        }
    }
}
