package de.lotse.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields (as the API names them) differ between two states of a measure, for the change log. */
final class MeasureChanges {

    private MeasureChanges() {}

    static List<String> between(MeasureDraft before, MeasureDraft after) {
        List<String> changed = new ArrayList<>();
        check(changed, "code", before.code(), after.code());
        check(changed, "title", before.title(), after.title());
        check(changed, "description", before.description(), after.description());
        check(changed, "lead", before.leadOrganisationId(), after.leadOrganisationId());
        check(changed, "leadNote", before.leadNote(), after.leadNote());
        check(changed, "countyWide", before.countyWide(), after.countyWide());
        check(changed, "startDate", before.startDate(), after.startDate());
        check(changed, "deadline", before.deadline(), after.deadline());
        check(changed, "budget", before.budget(), after.budget());
        check(changed, "modelTrial", before.modelTrial(), after.modelTrial());
        check(changed, "sourceNote", before.sourceNote(), after.sourceNote());
        check(changed, "exampleData", before.exampleData(), after.exampleData());
        check(changed, "fields", sorted(before.fieldIds()), sorted(after.fieldIds()));
        check(changed, "objectives", sorted(before.objectiveIds()), sorted(after.objectiveIds()));
        check(changed, "partners", byOrganisation(before.partners()), byOrganisation(after.partners()));
        check(changed, "territories", sorted(before.territoryIds()), sorted(after.territoryIds()));
        check(changed, "targetGroups", before.targetGroups(), after.targetGroups());
        check(changed, "lifeStages", before.lifeStages(), after.lifeStages());
        check(changed, "aspects", sorted(before.aspectIds()), sorted(after.aspectIds()));
        check(changed, "costItems", before.costItems(), after.costItems());
        check(changed, "funding", before.funding(), after.funding());
        check(changed, "trialSites", before.trialSites(), after.trialSites());
        check(changed, "links", before.links(), after.links());
        check(changed, "activities", byDate(before.activities()), byDate(after.activities()));
        return changed;
    }

    private static void check(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static List<Partner> byOrganisation(List<Partner> partners) {
        return partners.stream()
                .sorted(java.util.Comparator.comparingLong(Partner::organisationId))
                .toList();
    }

    private static List<Activity> byDate(List<Activity> activities) {
        return activities.stream()
                .sorted(java.util.Comparator.comparing(Activity::onDate))
                .toList();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }
}
