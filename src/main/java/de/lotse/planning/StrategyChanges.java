package de.lotse.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields (as the API names them) differ between two states of a strategy or a field of action. */
final class StrategyChanges {

    private StrategyChanges() {}

    static List<String> between(StrategyDraft a, StrategyDraft b) {
        List<String> changed = new ArrayList<>();
        check(changed, "type", a.type(), b.type());
        check(changed, "title", a.title(), b.title());
        check(changed, "subtitle", a.subtitle(), b.subtitle());
        check(changed, "territory", a.territoryId(), b.territoryId());
        check(changed, "edition", a.edition(), b.edition());
        check(changed, "status", a.status(), b.status());
        check(changed, "decision", a.decision(), b.decision());
        check(changed, "steeringBody", a.steeringBodyId(), b.steeringBodyId());
        check(changed, "leadOrganisation", a.leadOrganisationId(), b.leadOrganisationId());
        check(
                changed,
                "period",
                List.of(String.valueOf(a.periodStart()), String.valueOf(a.periodEnd())),
                List.of(String.valueOf(b.periodStart()), String.valueOf(b.periodEnd())));
        check(changed, "summary", a.summary(), b.summary());
        check(changed, "predecessor", a.predecessorId(), b.predecessorId());
        check(changed, "sourceNote", a.sourceNote(), b.sourceNote());
        check(changed, "exampleData", a.exampleData(), b.exampleData());
        check(changed, "sections", a.sections(), b.sections());
        return changed;
    }

    static void check(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
