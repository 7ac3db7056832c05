package de.lotse.planning;

import de.lotse.account.AuditTrail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy documents with their sections, fields of action and objectives: read them, create and change them
 * (planners). Every change is written to the audit trail in the same transaction; changes name the version they are
 * based on and are refused with a {@link StalePlanningException} that says who changed which fields since.
 */
@Service
@Transactional(readOnly = true)
public class Strategies {

    private final StrategyRepository repository;
    private final FieldRepository fields;
    private final StrategyReferences references;
    private final ChangeLog changes;
    private final CurrentUser user;
    private final AuditTrail audit;

    Strategies(
            StrategyRepository repository,
            FieldRepository fields,
            StrategyReferences references,
            ChangeLog changes,
            CurrentUser user,
            AuditTrail audit) {
        this.repository = repository;
        this.fields = fields;
        this.references = references;
        this.changes = changes;
        this.user = user;
        this.audit = audit;
    }

    /** All strategies with sections, fields and objectives; newest adoption first, then by title. */
    public List<Strategy> list() {
        return repository.all().stream().map(this::complete).toList();
    }

    public Optional<Strategy> find(long id) {
        return repository.find(id).map(this::complete);
    }

    public Optional<Strategy> find(String key) {
        return repository.find(key).map(this::complete);
    }

    /** The changes of a strategy after a version (who, when, which fields), oldest first. */
    public List<StalePlanningException.Change> changesSince(long strategyId, long version) {
        return changes.since(ChangeLog.STRATEGY, strategyId, version);
    }

    /** The changes of a field of action (and its objectives) after a version, oldest first. */
    public List<StalePlanningException.Change> fieldChangesSince(long fieldId, long version) {
        return changes.since(ChangeLog.FIELD, fieldId, version);
    }

    /**
     * Creates a strategy document with its sections.
     *
     * @throws InvalidPlanningException with the invalid fields (also when the key is taken)
     */
    @Transactional
    public Strategy create(StrategyDraft draft) {
        List<PlanningProblem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && repository.keyTaken(draft.key())) {
            problems.add(new PlanningProblem("key", "strategy.error.keyTaken", "already taken"));
        }
        references.checkStrategy(draft, null, problems);
        String actor = user.username();
        long id = repository.insert(draft, actor);
        repository.replaceSections(id, draft.sections());
        changes.record(ChangeLog.STRATEGY, id, 1, actor, List.of("created"));
        audit.record(
                "STRATEGY_CREATED",
                "strategy",
                draft.key(),
                "Strategie „" + draft.title() + "“ angelegt",
                Map.of("type", draft.type().name(), "status", draft.status().name()));
        return find(id).orElseThrow();
    }

    /**
     * Changes a strategy document and its sections (its key stays) if it is still at {@code expectedVersion}.
     *
     * @throws StalePlanningException when somebody else changed it since
     */
    @Transactional
    public Strategy update(long id, long expectedVersion, StrategyDraft draft) {
        long version = repository.lock(id).orElseThrow(() -> new UnknownPlanningException("No strategy " + id));
        Strategy current = get(id);
        if (version != expectedVersion) {
            throw changes.stale("Strategy '" + current.key() + "'", ChangeLog.STRATEGY, id, expectedVersion, version);
        }
        StrategyDraft withKey = new StrategyDraft(
                current.key(),
                draft.type(),
                draft.title(),
                draft.subtitle(),
                draft.territoryId(),
                draft.edition(),
                draft.status(),
                draft.decision(),
                draft.steeringBodyId(),
                draft.leadOrganisationId(),
                draft.periodStart(),
                draft.periodEnd(),
                draft.summary(),
                draft.predecessorId(),
                draft.sourceNote(),
                draft.exampleData(),
                draft.sections());
        List<PlanningProblem> problems = new ArrayList<>(withKey.problems());
        references.checkStrategy(withKey, id, problems);
        List<String> changed = StrategyChanges.between(current.draft(), withKey);
        if (changed.isEmpty()) {
            return current;
        }
        String actor = user.username();
        repository.update(id, withKey, actor);
        repository.replaceSections(id, withKey.sections());
        changes.record(ChangeLog.STRATEGY, id, version + 1, actor, changed);
        audit.record(
                "STRATEGY_UPDATED",
                "strategy",
                current.key(),
                "Strategie „" + withKey.title() + "“ geändert: " + String.join(", ", changed),
                Map.of("version", version + 1, "fields", changed));
        return find(id).orElseThrow();
    }

    /** Adds a field of action with its objectives at the end of the strategy. */
    @Transactional
    public FieldOfAction addField(long strategyId, FieldDraft draft) {
        Strategy strategy = get(strategyId);
        references.checkField(draft, null);
        long id = fields.insertField(strategyId, draft);
        draft.objectives().forEach(o -> fields.insertObjective(id, o));
        changes.record(ChangeLog.FIELD, id, 1, user.username(), List.of("created"));
        audit.record(
                "FIELD_OF_ACTION_CREATED",
                "strategy",
                strategy.key(),
                "Handlungsfeld „" + draft.title() + "“ angelegt ("
                        + draft.objectives().size() + " Zielstellungen)",
                Map.of("fieldId", id));
        return field(strategyId, id);
    }

    /**
     * Changes a field of action and its objectives if the field is still at {@code expectedVersion}: objectives with
     * an id are changed, those without are added at the end; objectives not named stay as they are.
     *
     * @throws StalePlanningException when somebody else changed the field or one of its objectives since
     */
    @Transactional
    public FieldOfAction updateField(long fieldId, long expectedVersion, FieldDraft draft) {
        long strategyId = fields.strategyOfField(fieldId)
                .orElseThrow(() -> new UnknownPlanningException("No field of action " + fieldId));
        long version = fields.lockField(fieldId).orElseThrow();
        if (version != expectedVersion) {
            throw changes.stale("Field of action " + fieldId, ChangeLog.FIELD, fieldId, expectedVersion, version);
        }
        FieldOfAction current = field(strategyId, fieldId);
        references.checkField(draft, current);
        List<String> changed = FieldChanges.between(current, draft);
        if (changed.isEmpty()) {
            return current;
        }
        fields.updateField(fieldId, draft);
        for (ObjectiveDraft o : draft.objectives()) {
            if (o.id() == null) {
                fields.insertObjective(fieldId, o);
            } else {
                fields.updateObjective(fieldId, o);
            }
        }
        changes.record(ChangeLog.FIELD, fieldId, version + 1, user.username(), changed);
        audit.record(
                "FIELD_OF_ACTION_UPDATED",
                "strategy",
                get(strategyId).key(),
                "Handlungsfeld „" + draft.title() + "“ geändert: " + String.join(", ", changed),
                Map.of("fieldId", fieldId, "fields", changed));
        return field(strategyId, fieldId);
    }

    /** Puts the fields of action of a strategy in this order; the ids must be exactly its fields. */
    @Transactional
    public Strategy reorderFields(long strategyId, List<Long> fieldIds) {
        Strategy strategy = get(strategyId);
        requireSameIds(fields.ids("field_of_action", "strategy_id", strategyId), fieldIds, "fields");
        fields.reorder("field_of_action", "strategy_id", strategyId, fieldIds);
        audit.record(
                "FIELDS_OF_ACTION_REORDERED",
                "strategy",
                strategy.key(),
                "Reihenfolge der Handlungsfelder von „" + strategy.title() + "“ geändert",
                Map.of("order", fieldIds));
        return get(strategyId);
    }

    /** Puts the objectives of a field in this order; the ids must be exactly its objectives. */
    @Transactional
    public FieldOfAction reorderObjectives(long fieldId, List<Long> objectiveIds) {
        long strategyId = fields.strategyOfField(fieldId)
                .orElseThrow(() -> new UnknownPlanningException("No field of action " + fieldId));
        requireSameIds(fields.ids("objective", "field_id", fieldId), objectiveIds, "objectives");
        long version = fields.lockField(fieldId).orElseThrow();
        fields.reorder("objective", "field_id", fieldId, objectiveIds);
        fields.touchField(fieldId);
        changes.record(ChangeLog.FIELD, fieldId, version + 1, user.username(), List.of("objectives.order"));
        audit.record(
                "OBJECTIVES_REORDERED",
                "strategy",
                get(strategyId).key(),
                "Reihenfolge der Zielstellungen geändert",
                Map.of("fieldId", fieldId, "order", objectiveIds));
        return field(strategyId, fieldId);
    }

    private void requireSameIds(List<Long> existing, List<Long> given, String field) {
        if (given.size() != existing.size() || !new HashSet<>(given).equals(new HashSet<>(existing))) {
            throw InvalidPlanningException.of(field, "strategy.error.order", "name every entry exactly once");
        }
    }

    private FieldOfAction field(long strategyId, long fieldId) {
        return fields.fields(strategyId).stream()
                .filter(f -> f.id() == fieldId)
                .findFirst()
                .orElseThrow();
    }

    private Strategy get(long id) {
        return find(id).orElseThrow(() -> new UnknownPlanningException("No strategy " + id));
    }

    private Strategy complete(Strategy s) {
        return new Strategy(
                s.id(),
                s.key(),
                s.type(),
                s.title(),
                s.subtitle(),
                s.territoryId(),
                s.edition(),
                s.status(),
                s.decision(),
                s.steeringBodyId(),
                s.leadOrganisationId(),
                s.periodStart(),
                s.periodEnd(),
                s.summary(),
                s.predecessorId(),
                s.successorIds(),
                s.sourceNote(),
                s.exampleData(),
                s.version(),
                s.updatedAt(),
                s.updatedBy(),
                repository.sections(s.id()),
                fields.fields(s.id()));
    }
}
