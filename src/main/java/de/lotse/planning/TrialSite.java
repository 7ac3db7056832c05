package de.lotse.planning;

/**
 * A site of a model trial (Modellversuch): the municipality (territory id) and/or the organisation that runs the
 * trial there, with a description (e.g. "multiprofessionelles Team").
 */
public record TrialSite(Long territoryId, Long organisationId, String description) {

    public TrialSite {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A trial site needs a description");
        }
        description = description.strip();
    }
}
