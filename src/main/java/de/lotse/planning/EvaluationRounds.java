package de.lotse.planning;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation rounds of strategies: creating a round freezes the state of every measure (and the evaluation of every
 * target) of the strategy at the round's date; afterwards planners only comment on the frozen entries. Two rounds of
 * a strategy can be compared. Creating and commenting are for planners (the web and API security rules enforce
 * that); every change is written to the audit trail in the same transaction, and comments are saved only on the
 * version of the round they are based on.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationRounds {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final EvaluationRoundRepository repository;
    private final MeasureSnapshots measures;
    private final EvaluationRoundTargets targets;
    private final AuditTrail audit;

    EvaluationRounds(
            EvaluationRoundRepository repository,
            MeasureSnapshots measures,
            EvaluationRoundTargets targets,
            AuditTrail audit) {
        this.repository = repository;
        this.measures = measures;
        this.targets = targets;
        this.audit = audit;
    }

    /** The strategy with this key (the address {@code /planung/{key}}). */
    public Optional<EvaluationRoundStrategy> strategy(String key) {
        return repository.strategy(key);
    }

    public Optional<EvaluationRoundStrategy> strategy(long id) {
        return repository.strategy(id);
    }

    /** The rounds of a strategy, latest date first, each with its roll-up; empty for an unknown strategy. */
    public List<EvaluationRoundSummary> list(long strategyId) {
        return repository.rounds(strategyId).stream()
                .map(r -> new EvaluationRoundSummary(r, detail(r).tally()))
                .toList();
    }

    /** A round with all frozen entries and their comments. */
    public Optional<EvaluationRoundDetail> find(long id) {
        return repository.round(id).map(this::detail);
    }

    /**
     * Creates a round and freezes the state of every measure and target of the strategy at the round's date.
     *
     * @throws EvaluationRoundInvalidException when the strategy does not exist or the draft is invalid
     * @throws EvaluationRoundTitleTakenException when the strategy has a round with this title
     */
    @Transactional
    public EvaluationRoundDetail create(long strategyId, EvaluationRoundDraft draft) {
        List<EvaluationRoundProblem> problems = new ArrayList<>(draft.problems(LocalDate.now(MeasureSnapshots.ZONE)));
        Optional<EvaluationRoundStrategy> strategy = repository.strategy(strategyId);
        if (strategy.isEmpty()) {
            problems.addFirst(new EvaluationRoundProblem("strategy", "rounds.error.strategyUnknown"));
        }
        if (!problems.isEmpty()) {
            throw new EvaluationRoundInvalidException(problems);
        }
        String title = draft.title().strip();
        if (repository.titleTaken(strategyId, title)) {
            throw new EvaluationRoundTitleTakenException(title);
        }
        String actor = Actors.currentUsername();
        long id;
        try {
            id = repository.insert(strategyId, draft, actor);
        } catch (DuplicateKeyException e) {
            throw new EvaluationRoundTitleTakenException(title);
        }
        List<MeasureSnapshot> measureStates = measures.at(strategyId, draft.asOf());
        List<EvaluationRoundTargetState> targetStates = targets.at(strategyId, draft.asOf());
        repository.insertMeasures(id, measureStates);
        repository.insertTargets(id, targetStates);
        audit.record(
                "EVALUATION_ROUND_CREATED",
                "evaluation_round",
                Long.toString(id),
                "Evaluationsrunde „" + title + "“ zum " + GERMAN_DATE.format(draft.asOf()) + " eingefroren",
                Map.of(
                        "strategy",
                        strategy.get().key(),
                        "asOf",
                        draft.asOf().toString(),
                        "measures",
                        measureStates.size(),
                        "targets",
                        targetStates.size()));
        return find(id).orElseThrow();
    }

    /**
     * Changes comments of a round if it is still at {@code expectedVersion}; the frozen states stay as they are. A
     * change that changes no comment changes nothing (the version stays).
     *
     * @throws EvaluationRoundNotFoundException when there is no such round
     * @throws EvaluationRoundStaleException when somebody else changed comments since that version
     * @throws EvaluationRoundInvalidException when a measure or target is not in the round or a comment is too long
     */
    @Transactional
    public EvaluationRoundDetail comment(long roundId, long expectedVersion, EvaluationRoundComments comments) {
        long version = repository.lock(roundId).orElseThrow(() -> new EvaluationRoundNotFoundException(roundId));
        if (version != expectedVersion) {
            throw new EvaluationRoundStaleException(
                    roundId, expectedVersion, version, repository.commentsChangedAfter(roundId, expectedVersion));
        }
        EvaluationRoundDetail current = find(roundId).orElseThrow();
        Map<Long, String> measureComments = current.measures().stream()
                .collect(Collectors.toMap(EvaluationRoundMeasure::measureId, m -> orEmpty(m.comment())));
        Map<Long, String> targetComments = current.targets().stream()
                .collect(Collectors.toMap(EvaluationRoundTarget::targetId, t -> orEmpty(t.comment())));
        List<EvaluationRoundProblem> problems = new ArrayList<>();
        Map<Long, String> changedMeasures = changed("measure", comments.measures(), measureComments, problems);
        Map<Long, String> changedTargets = changed("target", comments.targets(), targetComments, problems);
        if (!problems.isEmpty()) {
            throw new EvaluationRoundInvalidException(problems);
        }
        if (changedMeasures.isEmpty() && changedTargets.isEmpty()) {
            return current;
        }
        long next = version + 1;
        String actor = Actors.currentUsername();
        changedMeasures.forEach((id, c) -> repository.comment(roundId, "measure", id, c, next, actor));
        changedTargets.forEach((id, c) -> repository.comment(roundId, "target", id, c, next, actor));
        repository.setVersion(roundId, next);
        audit.record(
                "EVALUATION_ROUND_COMMENTED",
                "evaluation_round",
                Long.toString(roundId),
                "Kommentare der Evaluationsrunde „" + current.round().title() + "“ geändert ("
                        + (changedMeasures.size() + changedTargets.size()) + ")",
                Map.of(
                        "version",
                        next,
                        "measures",
                        List.copyOf(changedMeasures.keySet()),
                        "targets",
                        List.copyOf(changedTargets.keySet())));
        return find(roundId).orElseThrow();
    }

    /**
     * Compares two rounds of the same strategy, the earlier one first.
     *
     * @throws EvaluationRoundNotFoundException when one of them does not exist
     * @throws EvaluationRoundInvalidException when they belong to different strategies
     */
    public RoundComparison compare(long a, long b) {
        EvaluationRoundDetail first = find(a).orElseThrow(() -> new EvaluationRoundNotFoundException(a));
        EvaluationRoundDetail second = find(b).orElseThrow(() -> new EvaluationRoundNotFoundException(b));
        if (first.round().strategyId() != second.round().strategyId()) {
            throw new EvaluationRoundInvalidException(
                    List.of(new EvaluationRoundProblem("b", "rounds.error.otherStrategy")));
        }
        return RoundComparison.of(first, second);
    }

    private EvaluationRoundDetail detail(EvaluationRound round) {
        return new EvaluationRoundDetail(
                round,
                repository.strategy(round.strategyId()).orElseThrow(),
                repository.measures(round.id()),
                repository.targets(round.id()));
    }

    /** The entries whose comment changes (stored form), adding a problem for unknown entries and long comments. */
    private static Map<Long, String> changed(
            String kind, Map<Long, String> wanted, Map<Long, String> current, List<EvaluationRoundProblem> problems) {
        Map<Long, String> changed = new LinkedHashMap<>();
        wanted.forEach((id, comment) -> {
            String field = kind + "s[" + id + "].comment";
            if (!current.containsKey(id)) {
                problems.add(new EvaluationRoundProblem(field, "rounds.error." + kind + "NotInRound"));
                return;
            }
            String stored = EvaluationRoundComments.normalised(comment);
            if (stored != null && stored.length() > EvaluationRoundComments.MAX_COMMENT) {
                problems.add(new EvaluationRoundProblem(field, "rounds.error.commentTooLong"));
            } else if (!Objects.equals(orEmpty(stored), current.get(id))) {
                changed.put(id, stored);
            }
        });
        return changed;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
