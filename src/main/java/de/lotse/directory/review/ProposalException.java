package de.lotse.directory.review;

import java.util.List;

/**
 * Why a proposal step was refused. Web adapters answer with the HTTP status of the {@link Reason}: 403 when the user is
 * neither a planner nor a member of the proposing organisation (or a provider tries a planner's step), 404 for a
 * missing proposal or service, 409 for a step the state does not allow, a stale proposal version, or a service changed
 * since the proposal was based on it (the planner must confirm), 422 for invalid content.
 */
public class ProposalException extends RuntimeException {

    /** The kind of refusal. */
    public enum Reason {
        FORBIDDEN(403),
        NOT_FOUND(404),
        ILLEGAL_STATE(409),
        STALE(409),
        SERVICE_CHANGED(409),
        INVALID(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final transient List<ProposalFieldProblem> problems;
    private final transient List<String> changedFields;
    private final Long currentVersion;

    ProposalException(
            Reason reason,
            String message,
            List<ProposalFieldProblem> problems,
            List<String> changedFields,
            Long currentVersion) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.changedFields = List.copyOf(changedFields);
        this.currentVersion = currentVersion;
    }

    static ProposalException forbidden(String message) {
        return new ProposalException(Reason.FORBIDDEN, message, List.of(), List.of(), null);
    }

    static ProposalException notFound(String message) {
        return new ProposalException(Reason.NOT_FOUND, message, List.of(), List.of(), null);
    }

    static ProposalException illegalState(String message) {
        return new ProposalException(Reason.ILLEGAL_STATE, message, List.of(), List.of(), null);
    }

    static ProposalException stale(long expected, long current) {
        return new ProposalException(
                Reason.STALE,
                "The proposal was changed since version " + expected + "; it is now at version " + current + ".",
                List.of(),
                List.of(),
                current);
    }

    static ProposalException serviceChanged(long baseVersion, long current, List<String> changedFields) {
        return new ProposalException(
                Reason.SERVICE_CHANGED,
                "The published service was changed since the proposal was based on it (version " + baseVersion
                        + ", now " + current + "). Publishing overwrites those changes; confirm to publish anyway.",
                List.of(),
                changedFields,
                current);
    }

    static ProposalException invalid(List<ProposalFieldProblem> problems) {
        return new ProposalException(Reason.INVALID, "The proposal has invalid fields.", problems, List.of(), null);
    }

    public Reason reason() {
        return reason;
    }

    /** The invalid fields (reason INVALID). */
    public List<ProposalFieldProblem> problems() {
        return problems;
    }

    /** The fields of the published service changed since the proposal's base version (reason SERVICE_CHANGED). */
    public List<String> changedFields() {
        return changedFields;
    }

    /** The current version of the proposal (STALE) or of the published service (SERVICE_CHANGED). */
    public Long currentVersion() {
        return currentVersion;
    }
}
