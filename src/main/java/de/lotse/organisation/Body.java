package de.lotse.organisation;

import java.time.Instant;

/**
 * A body (Gremium): a committee of the council, a steering or working group, a network.
 *
 * @param id internal id, for references from other modules
 * @param key stable slug, e.g. {@code kreistag-peine}
 * @param name full name
 * @param shortName short name, {@code null} if none
 * @param kind what kind of body it is
 * @param territoryId the territory it belongs to, {@code null} if not known
 * @param convenorId the organisation that convenes or manages it, {@code null} if not known
 * @param description a short description, {@code null} if none
 * @param exampleData {@code true} when (some of) its content does not come from a real source
 * @param sourceNote where the body is named, {@code null} if entered by hand
 * @param version optimistic-lock version
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 */
public record Body(
        long id,
        String key,
        String name,
        String shortName,
        BodyKind kind,
        Long territoryId,
        Long convenorId,
        String description,
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
