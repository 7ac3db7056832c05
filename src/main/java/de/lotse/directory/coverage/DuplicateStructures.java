package de.lotse.directory.coverage;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import de.lotse.directory.DuplicateVerdict;
import de.lotse.territory.Territory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicate structures in a county and the planners' decisions on them. A group is open until a planner
 * decided on it or on a group containing all its members; a group that gains a member nobody decided on is asked
 * again (the earlier decision stays on record and is shown with it).
 */
@Service
@Transactional(readOnly = true)
class DuplicateStructures {

    /** A detected group with its services' names, whether it is open, and earlier decisions touching it. */
    record Found(
            DuplicateDetector.Group group,
            Map<UUID, String> names,
            boolean open,
            List<DuplicateDecisions.Decision> earlier) {}

    /** The decision could not be recorded: the group is not (or no longer) detected, or was decided already. */
    static final class DecisionRejectedException extends RuntimeException {
        private final boolean conflict;

        DecisionRejectedException(String message, boolean conflict) {
            super(message);
            this.conflict = conflict;
        }

        boolean conflict() {
            return conflict;
        }
    }

    private final DuplicateCandidates candidates;
    private final DuplicateDecisions decisions;
    private final AuditTrail audit;

    DuplicateStructures(DuplicateCandidates candidates, DuplicateDecisions decisions, AuditTrail audit) {
        this.candidates = candidates;
        this.decisions = decisions;
        this.audit = audit;
    }

    List<Found> find(Territory county) {
        List<DuplicateCandidate> all = candidates.ofCounty(county);
        Map<UUID, String> names = new HashMap<>();
        all.forEach(c -> names.put(c.id(), c.name()));
        List<DuplicateDecisions.Decision> decided = decisions.all();
        return DuplicateDetector.groups(all).stream()
                .map(g -> found(g, names, decided))
                .sorted(java.util.Comparator.comparing((Found f) -> -f.group().score()))
                .toList();
    }

    List<DuplicateDecisions.Decision> decisions() {
        return decisions.all();
    }

    private static Found found(
            DuplicateDetector.Group g, Map<UUID, String> names, List<DuplicateDecisions.Decision> decided) {
        Set<UUID> members = new HashSet<>(g.serviceIds());
        boolean covered = decided.stream()
                .anyMatch(d -> d.groupKey().equals(g.key()) || memberIds(d).containsAll(members));
        List<DuplicateDecisions.Decision> earlier = decided.stream()
                .filter(d -> memberIds(d).stream().anyMatch(members::contains))
                .toList();
        Map<UUID, String> groupNames = new LinkedHashMap<>();
        g.serviceIds().forEach(id -> groupNames.put(id, names.get(id)));
        return new Found(g, groupNames, !covered, earlier);
    }

    private static Set<UUID> memberIds(DuplicateDecisions.Decision d) {
        return d.members().stream().map(DuplicateDecisions.Member::serviceId).collect(Collectors.toSet());
    }

    /**
     * Records a planner's decision on an open group of the county (exactly its members).
     *
     * @throws DecisionRejectedException when the services are no open group (conflict: decided already)
     */
    @Transactional
    long decide(Territory county, List<UUID> serviceIds, DuplicateVerdict verdict, String note) {
        String key = DuplicateDetector.key(serviceIds);
        Found found = find(county).stream()
                .filter(f -> f.group().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new DecisionRejectedException(
                        "These services are not a group of possible duplicates in " + county.name() + ".", false));
        if (!found.open() || decisions.exists(key)) {
            throw new DecisionRejectedException("This group was decided already.", true);
        }
        String reasons = found.group().pairs().stream()
                .map(p -> names(found, p) + ": "
                        + p.reasons().stream()
                                .map(r -> r.kind() + "(" + r.detail() + ")")
                                .collect(Collectors.joining(", "))
                        + " score " + p.score())
                .collect(Collectors.joining("; "));
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        long id = decisions.insert(
                key, found.group().serviceIds(), verdict, reasons, cleanNote, Actors.currentUsername());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", verdict.name());
        details.put(
                "services",
                found.group().serviceIds().stream().map(UUID::toString).toList());
        details.put("category", found.group().category());
        if (cleanNote != null) {
            details.put("note", cleanNote);
        }
        audit.record(
                "DIRECTORY_DUPLICATE_DECIDED",
                "directory_duplicate_decision",
                Long.toString(id),
                "Mögliche Doppelstruktur entschieden (" + verdict.name() + "): "
                        + String.join(", ", found.names().values()),
                details);
        return id;
    }

    private static String names(Found f, DuplicateDetector.Pair p) {
        return f.names().get(p.a()) + " / " + f.names().get(p.b());
    }
}
