package de.lotse.planning;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target values (Zielgrößen) of measures and objectives: planners create and change them; a change names the version it
 * is based on and is refused when somebody else changed the target in the meantime, naming what they changed. The
 * indicator must be in the monitoring catalogue and the territory in the register. Every change is recorded in the
 * audit trail in the same transaction. The evaluation of targets is {@link TargetEvaluations}.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

    static final String AUDIT_TYPE = "target";

    private final TargetRepository repository;
    private final IndicatorCatalog catalog;
    private final Territories territories;
    private final AuditTrail audit;

    Targets(TargetRepository repository, IndicatorCatalog catalog, Territories territories, AuditTrail audit) {
        this.repository = repository;
        this.catalog = catalog;
        this.territories = territories;
        this.audit = audit;
    }

    public Optional<Target> find(long id) {
        return repository.find(id);
    }

    /** The measure or objective a target belongs to, with its strategy. */
    public TargetOwner owner(Target target) {
        return repository
                .owner(target.measureId(), target.objectiveId())
                .orElseThrow(() -> new IllegalStateException("Target " + target.id() + " has no owner"));
    }

    /**
     * The measure or the objective a new target would belong to, with its strategy; empty if it does not exist.
     *
     * @param measureId a measure, or {@code null}
     * @param objectiveId an objective, or {@code null} (ignored when a measure is given)
     */
    public Optional<TargetOwner> owner(Long measureId, Long objectiveId) {
        if (measureId == null && objectiveId == null) {
            return Optional.empty();
        }
        return repository.owner(measureId, measureId == null ? objectiveId : null);
    }

    /** The targets with these ids (ids that do not exist are left out). */
    public List<Target> findAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /** The targets of a measure, in the order they were created. */
    public List<Target> ofMeasure(long measureId) {
        return repository.ofMeasure(measureId);
    }

    /**
     * Creates a target.
     *
     * @throws InvalidTargetException with every invalid field, including an unknown indicator, territory or owner
     */
    @Transactional
    public Target create(TargetDraft draft) {
        Territory territory = validate(draft, null);
        long id = repository.insert(draft, territory.id(), Actors.currentUsername());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(draft.measureId() != null ? "measureId" : "objectiveId", owner(draft));
        details.put("indicator", draft.indicatorKey());
        details.put("territory", territory.key());
        audit.record(
                "TARGET_CREATED",
                AUDIT_TYPE,
                String.valueOf(id),
                "Zielgröße „" + draft.title() + "“ angelegt",
                details);
        return repository.find(id).orElseThrow();
    }

    /**
     * Changes a target. The owner (measure or objective) cannot change; a draft without owner keeps it. A draft that
     * changes nothing changes nothing (the version stays).
     *
     * @param expectedVersion the version the change is based on
     * @throws UnknownTargetException if there is no such target
     * @throws StaleTargetException if somebody changed it after the expected version
     * @throws InvalidTargetException with every invalid field
     */
    @Transactional
    public Target update(long id, long expectedVersion, TargetDraft draft) {
        long version = repository.lockVersion(id).orElseThrow(() -> new UnknownTargetException(id));
        if (version != expectedVersion) {
            throw new StaleTargetException(id, expectedVersion, version, repository.changesAfter(id, expectedVersion));
        }
        Target current = repository.find(id).orElseThrow();
        TargetDraft owned = withOwner(draft, current);
        Territory territory = validate(owned, current);
        String currentTerritoryKey =
                territories.findById(current.territoryId()).map(Territory::key).orElse(null);
        List<String> changed = owned.changesFrom(current, currentTerritoryKey);
        if (changed.isEmpty()) {
            return current;
        }
        repository.update(id, version, owned, territory.id(), changed, Actors.currentUsername());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version + 1);
        details.put("changed", changed);
        audit.record(
                "TARGET_UPDATED",
                AUDIT_TYPE,
                String.valueOf(id),
                "Zielgröße „" + owned.title() + "“ geändert",
                details);
        return repository.find(id).orElseThrow();
    }

    /** The changes of a target after a version, oldest first (empty when there are none). */
    public List<StaleTargetException.TargetChange> changesAfter(long id, long version) {
        return repository.changesAfter(id, version);
    }

    private static TargetDraft withOwner(TargetDraft draft, Target current) {
        if (draft.measureId() == null && draft.objectiveId() == null) {
            return new TargetDraft(
                    current.measureId(),
                    current.objectiveId(),
                    draft.title(),
                    draft.indicatorKey(),
                    draft.territoryKey(),
                    draft.targetGroup(),
                    draft.baselineValue(),
                    draft.baselinePeriod(),
                    draft.kind(),
                    draft.targetValue(),
                    draft.targetDate(),
                    draft.description(),
                    draft.sourceNote());
        }
        return draft;
    }

    /** The territory of a valid draft; refuses an invalid one with all its problems. */
    private Territory validate(TargetDraft draft, Target current) {
        List<TargetDraft.Problem> problems = new ArrayList<>(draft.problems());
        if (current != null
                && (!Objects.equals(draft.measureId(), current.measureId())
                        || !Objects.equals(draft.objectiveId(), current.objectiveId()))) {
            problems.add(new TargetDraft.Problem(
                    "owner", "targets.error.ownerFixed", "the measure or objective of a target cannot change"));
        } else if (current == null && draft.measureId() != null && !repository.measureExists(draft.measureId())) {
            problems.add(new TargetDraft.Problem(
                    "owner", "targets.error.unknownMeasure", "there is no measure " + draft.measureId()));
        } else if (current == null && draft.objectiveId() != null && !repository.objectiveExists(draft.objectiveId())) {
            problems.add(new TargetDraft.Problem(
                    "owner", "targets.error.unknownObjective", "there is no objective " + draft.objectiveId()));
        }
        if (problems.stream().noneMatch(p -> p.field().equals("indicatorKey"))
                && catalog.find(IndicatorKey.of(draft.indicatorKey())).isEmpty()) {
            problems.add(new TargetDraft.Problem(
                    "indicatorKey",
                    "targets.error.unknownIndicator",
                    "there is no indicator '" + draft.indicatorKey() + "' in the catalogue"));
        }
        Territory territory = territory(draft.territoryKey());
        if (draft.territoryKey() != null && territory == null) {
            problems.add(new TargetDraft.Problem(
                    "territoryKey",
                    "targets.error.unknownTerritory",
                    "there is no territory with the key '" + draft.territoryKey() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTargetException(problems);
        }
        return territory;
    }

    private Territory territory(String key) {
        if (key == null) {
            return null;
        }
        try {
            return territories.find(key).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // not a territory key at all
        }
    }

    private static long owner(TargetDraft draft) {
        return draft.measureId() != null ? draft.measureId() : draft.objectiveId();
    }
}
