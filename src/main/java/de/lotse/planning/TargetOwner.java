package de.lotse.planning;

/**
 * Where a target belongs: its measure or its objective, and the strategy above them, for links and breadcrumbs.
 *
 * @param measureId the measure, or {@code null}
 * @param measureCode the measure's numbering in its document (e.g. "3.1"), or {@code null}
 * @param measureTitle the measure's title, or {@code null}
 * @param leadOrganisationId the measure's lead organisation, or {@code null}
 * @param objectiveId the objective, or {@code null}
 * @param objectiveTitle the objective's title, or {@code null}
 * @param fieldTitle the field of action of the objective, or {@code null}
 * @param strategyId the strategy
 * @param strategyKey the strategy's key (its pages are {@code /planung/{key}})
 * @param strategyTitle the strategy's title
 */
public record TargetOwner(
        Long measureId,
        String measureCode,
        String measureTitle,
        Long leadOrganisationId,
        Long objectiveId,
        String objectiveTitle,
        String fieldTitle,
        long strategyId,
        String strategyKey,
        String strategyTitle) {

    /** The measure's or the objective's title, with the measure's code. */
    public String label() {
        if (measureId != null) {
            return measureCode == null ? measureTitle : measureCode + " " + measureTitle;
        }
        return objectiveTitle;
    }
}
