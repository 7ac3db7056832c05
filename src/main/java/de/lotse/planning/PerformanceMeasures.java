package de.lotse.planning;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import de.lotse.account.Role;
import de.lotse.indicator.Period;
import de.lotse.organisation.Organisations;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance measures of measures (Results-Based Accountability: how much did we do, how well did we do it, is anyone
 * better off) and their periodic values. Planners define the performance measures; planners and the users of the
 * measure's lead organisation enter values, nobody else. Every change is recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class PerformanceMeasures {

    static final String AUDIT_TYPE = "performance-measure";
    private static final Set<String> PLANNING_ROLES = Set.of(
            Role.PLANNER.authority().getAuthority(), Role.ADMIN.authority().getAuthority());

    private final PerformanceRepository repository;
    private final Organisations organisations;
    private final AuditTrail audit;

    PerformanceMeasures(PerformanceRepository repository, Organisations organisations, AuditTrail audit) {
        this.repository = repository;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The performance measures of a measure with their values; empty if there is no such measure. */
    public Optional<PerformanceOverview> forMeasure(long measureId) {
        return repository.measure(measureId).map(m -> {
            Map<Long, List<PerformanceValue>> values = repository.values(measureId).stream()
                    .sorted(Comparator.comparing(PerformanceValue::period))
                    .collect(Collectors.groupingBy(PerformanceValue::performanceMeasureId));
            List<PerformanceOverview.Item> items = repository.measures(measureId).stream()
                    .map(p -> new PerformanceOverview.Item(p, values.getOrDefault(p.id(), List.of())))
                    .toList();
            return new PerformanceOverview(m.id(), m.code(), m.title(), m.leadOrganisationId(), items);
        });
    }

    /**
     * Defines a performance measure of a measure (at the end of its list).
     *
     * @throws PerformanceException NOT_FOUND without such measure, INVALID with invalid fields, FORBIDDEN for anybody
     *     but a planner
     */
    @Transactional
    public PerformanceMeasure define(long measureId, PerformanceMeasureDraft draft) {
        requirePlanner();
        PerformanceRepository.MeasureHead measure = measure(measureId);
        if (!draft.problems().isEmpty()) {
            throw new PerformanceException(draft.problems());
        }
        long id = repository.insert(measureId, draft);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measureId", measureId);
        details.put("question", draft.question().name());
        details.put("unit", draft.unit());
        audit.record(
                "PERFORMANCE_MEASURE_DEFINED",
                AUDIT_TYPE,
                String.valueOf(id),
                "Kennzahl „" + draft.name() + "“ für Maßnahme „" + measure.title() + "“ festgelegt",
                details);
        return repository.find(id).orElseThrow();
    }

    /**
     * Removes a performance measure of a measure with all its values.
     *
     * @throws PerformanceException NOT_FOUND without such measure or performance measure of it, FORBIDDEN for anybody
     *     but a planner
     */
    @Transactional
    public void remove(long measureId, long performanceMeasureId) {
        requirePlanner();
        PerformanceRepository.MeasureHead measure = measure(measureId);
        PerformanceMeasure pm = performanceMeasure(measureId, performanceMeasureId);
        repository.delete(pm.id());
        audit.record(
                "PERFORMANCE_MEASURE_REMOVED",
                AUDIT_TYPE,
                String.valueOf(pm.id()),
                "Kennzahl „" + pm.name() + "“ von Maßnahme „" + measure.title() + "“ entfernt (mit ihren Werten)",
                Map.of("measureId", measureId));
    }

    /**
     * Enters the value of a performance measure for a period, replacing a value entered before for the same period.
     * Only planners and the users of the measure's lead organisation may.
     *
     * @throws PerformanceException NOT_FOUND without such measure or performance measure of it, FORBIDDEN for anybody
     *     else, INVALID with invalid fields
     */
    @Transactional
    public PerformanceValue enter(long measureId, PerformanceValueEntry entry) {
        PerformanceRepository.MeasureHead measure = measure(measureId);
        if (!mayEnterValues(measure)) {
            throw new PerformanceException(
                    PerformanceException.Kind.FORBIDDEN,
                    "Only planners and the users of the lead organisation of measure " + measureId
                            + " may enter its performance values.");
        }
        if (!entry.problems().isEmpty()) {
            throw new PerformanceException(entry.problems());
        }
        PerformanceMeasure pm = performanceMeasure(measureId, entry.performanceMeasureId());
        Period period = Period.parse(entry.period());
        Optional<PerformanceValue> before = repository.value(pm.id(), period);
        repository.upsert(pm.id(), period, entry.value(), entry.note(), Actors.currentUsername());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measureId", measureId);
        details.put("period", period.toString());
        details.put("value", entry.value().toPlainString());
        before.ifPresent(b -> details.put("previousValue", b.value().toPlainString()));
        audit.record(
                before.isPresent() ? "PERFORMANCE_VALUE_CORRECTED" : "PERFORMANCE_VALUE_ENTERED",
                AUDIT_TYPE,
                String.valueOf(pm.id()),
                "Wert der Kennzahl „" + pm.name() + "“ für " + period + " eingetragen",
                details);
        return repository.value(pm.id(), period).orElseThrow();
    }

    /** Whether the signed-in user may enter performance values of the measure (false if there is no such measure). */
    public boolean mayEnterValues(long measureId) {
        return repository.measure(measureId).map(this::mayEnterValues).orElse(false);
    }

    private void requirePlanner() {
        if (!planner()) {
            throw new PerformanceException(
                    PerformanceException.Kind.FORBIDDEN, "Only planners define performance measures.");
        }
    }

    private static boolean planner() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(PLANNING_ROLES::contains);
    }

    private boolean mayEnterValues(PerformanceRepository.MeasureHead measure) {
        if (planner()) {
            return true;
        }
        String username = Actors.currentUsername();
        return measure.leadOrganisationId() != null
                && !Actors.ANONYMOUS.equals(username)
                && organisations.isMember(username, measure.leadOrganisationId());
    }

    private PerformanceRepository.MeasureHead measure(long measureId) {
        return repository
                .measure(measureId)
                .orElseThrow(() -> new PerformanceException(
                        PerformanceException.Kind.NOT_FOUND, "There is no measure " + measureId + "."));
    }

    private PerformanceMeasure performanceMeasure(long measureId, long performanceMeasureId) {
        return repository
                .find(performanceMeasureId)
                .filter(p -> p.measureId() == measureId)
                .orElseThrow(() -> new PerformanceException(
                        PerformanceException.Kind.NOT_FOUND,
                        "Measure " + measureId + " has no performance measure " + performanceMeasureId + "."));
    }
}
