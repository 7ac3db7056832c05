package de.lotse.organisation;

import java.time.Instant;

/**
 * An organisation as other modules and the API see it.
 *
 * @param id internal id, for references from other modules
 * @param key stable slug, e.g. {@code kreisvolkshochschule-peine}
 * @param name full name
 * @param shortName short name or abbreviation, {@code null} if none
 * @param kind what kind of organisation it is
 * @param providerType the legal character of a provider, {@code null} when not relevant or not known
 * @param parentId the organisation it is part of, {@code null} if none
 * @param territoryId the territory it belongs to or works in, {@code null} if not known
 * @param description a short description, {@code null} if none
 * @param website web address, {@code null} if none
 * @param email e-mail address, {@code null} if none
 * @param phone phone number, {@code null} if none
 * @param exampleData {@code true} when (some of) its content does not come from a real source
 * @param sourceNote where the organisation is named, {@code null} if entered by hand
 * @param version optimistic-lock version, raised by every change
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 */
public record Organisation(
        long id,
        String key,
        String name,
        String shortName,
        OrganisationKind kind,
        ProviderType providerType,
        Long parentId,
        Long territoryId,
        String description,
        String website,
        String email,
        String phone,
        boolean exampleData,
        String sourceNote,
        long version,
        Instant updatedAt,
        String updatedBy) {

    /** The short name if there is one, else the name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
