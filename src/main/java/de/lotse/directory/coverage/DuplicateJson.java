package de.lotse.directory.coverage;

import java.util.List;
import java.util.UUID;

/** The JSON of the duplicate-structure API. */
final class DuplicateJson {

    private DuplicateJson() {}

    record Service(UUID id, String name) {}

    record Reason(String kind, String detail) {}

    record Pair(UUID a, UUID b, double score, List<Reason> reasons) {}

    record Group(
            String key,
            String category,
            double score,
            List<Service> services,
            List<Pair> pairs,
            List<Long> earlierDecisions) {
        static Group of(DuplicateStructures.Found f) {
            return new Group(
                    f.group().key(),
                    f.group().category(),
                    f.group().score(),
                    f.names().entrySet().stream()
                            .map(e -> new Service(e.getKey(), e.getValue()))
                            .toList(),
                    f.group().pairs().stream()
                            .map(p -> new Pair(
                                    p.a(),
                                    p.b(),
                                    p.score(),
                                    p.reasons().stream()
                                            .map(r -> new Reason(r.kind(), r.detail()))
                                            .toList()))
                            .toList(),
                    f.earlier().stream().map(DuplicateDecisions.Decision::id).toList());
        }
    }

    record Decision(
            long id,
            String groupKey,
            String decision,
            String reasons,
            String note,
            String decidedAt,
            String decidedBy,
            List<Service> services) {
        static Decision of(DuplicateDecisions.Decision d) {
            return new Decision(
                    d.id(),
                    d.groupKey(),
                    d.verdict().name(),
                    d.reasons(),
                    d.note(),
                    d.decidedAt().toString(),
                    d.decidedBy(),
                    d.members().stream()
                            .map(m -> new Service(m.serviceId(), m.name()))
                            .toList());
        }
    }

    /** How the score is made up. */
    record Scoring(double threshold, double audience, double area, double times, double text, double textShownFrom) {
        static Scoring current() {
            return new Scoring(
                    DuplicateDetector.THRESHOLD,
                    DuplicateDetector.AUDIENCE,
                    DuplicateDetector.AREA,
                    DuplicateDetector.TIMES,
                    DuplicateDetector.TEXT,
                    DuplicateDetector.TEXT_SHOWN);
        }
    }

    record Overview(
            String county, Scoring scoring, List<Group> open, List<Group> decidedGroups, List<Decision> decisions) {}

    /**
     * A decision on a group.
     *
     * @param county the county key the group was detected in (default the home county)
     * @param serviceIds exactly the group's services
     * @param decision CONFIRMED_DUPLICATE, COMPLEMENTARY or DISMISSED
     * @param note why (optional)
     */
    record DecisionRequest(String county, List<UUID> serviceIds, String decision, String note) {}
}
