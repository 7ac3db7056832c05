package de.lotse.planning;

import java.util.ArrayList;
import java.util.List;

/** Which parts of a field of action a draft changes, as the API names them. */
final class FieldChanges {

    private FieldChanges() {}

    static List<String> between(FieldOfAction current, FieldDraft draft) {
        List<String> changed = new ArrayList<>();
        StrategyChanges.check(changed, "code", current.code(), draft.code());
        StrategyChanges.check(changed, "title", current.title(), draft.title());
        StrategyChanges.check(changed, "situation", current.situation(), draft.situation());
        StrategyChanges.check(changed, "description", current.description(), draft.description());
        StrategyChanges.check(changed, "aspects", sorted(current.aspectIds()), sorted(draft.aspectIds()));
        boolean objectivesChanged = false;
        for (ObjectiveDraft o : draft.objectives()) {
            if (o.id() == null) {
                objectivesChanged = true;
                continue;
            }
            Objective before = current.objectives().stream()
                    .filter(x -> x.id() == o.id())
                    .findFirst()
                    .orElse(null);
            objectivesChanged |= before == null
                    || !java.util.Objects.equals(before.code(), o.code())
                    || !java.util.Objects.equals(before.title(), o.title())
                    || !java.util.Objects.equals(before.description(), o.description())
                    || !sorted(before.aspectIds()).equals(sorted(o.aspectIds()));
        }
        if (objectivesChanged) {
            changed.add("objectives");
        }
        return changed;
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }
}
