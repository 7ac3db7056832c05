package de.lotse.planning;

import de.lotse.account.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configurable list of cross-cutting aspects (Querschnittsaspekte). Changes are audited. */
@Service
@Transactional(readOnly = true)
public class CrossCuttingAspects {

    private final AspectRepository repository;
    private final AuditTrail audit;

    CrossCuttingAspects(AspectRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** All aspects in their configured order. */
    public List<CrossCuttingAspect> list() {
        return repository.all();
    }

    public Optional<CrossCuttingAspect> find(String key) {
        return list().stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /**
     * Adds an aspect at the end of the list.
     *
     * @param nameEn the English name; blank: the German name is shown in English, too
     * @throws InvalidPlanningException when the key is malformed or taken or the name is missing
     */
    @Transactional
    public CrossCuttingAspect create(String key, String nameDe, String nameEn) {
        List<PlanningProblem> problems = new ArrayList<>();
        String k = key == null ? "" : key.strip();
        if (k.length() > 80 || !StrategyDraft.KEY.matcher(k).matches()) {
            problems.add(new PlanningProblem(
                    "key", "strategy.error.key", "lower-case letters, digits and single hyphens, at most 80"));
        } else if (repository.keyTaken(k)) {
            problems.add(new PlanningProblem("key", "strategy.error.keyTaken", "already taken"));
        }
        if (nameDe == null || nameDe.isBlank() || nameDe.length() > 200) {
            problems.add(new PlanningProblem("nameDe", "strategy.error.required", "required, at most 200 characters"));
        }
        if (nameEn != null && nameEn.length() > 200) {
            problems.add(new PlanningProblem("nameEn", "strategy.error.tooLong", "at most 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanningException(problems);
        }
        String en = nameEn == null || nameEn.isBlank() ? nameDe.strip() : nameEn.strip();
        long id = repository.insert(k, nameDe.strip(), en);
        audit.record(
                "CROSS_CUTTING_ASPECT_CREATED",
                "cross_cutting_aspect",
                k,
                "Querschnittsaspekt „" + nameDe.strip() + "“ angelegt",
                Map.of("id", id));
        return list().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }
}
