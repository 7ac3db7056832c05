package de.lotse.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A place as stored: its content as a {@link LocationDraft} (with its {@code id}; {@code territoryId} is the
 * municipality it was assigned to, however it was found) and how the municipality was found.
 *
 * @param territoryAssignment POINT_IN_POLYGON (found from the coordinates) or CHOSEN (by the editor); null when the
 *     place has no municipality (e.g. an online place or coordinates outside every known boundary)
 */
public record StoredLocation(
        UUID id,
        long version,
        LocationDraft content,
        TerritoryAssignment territoryAssignment,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    /** The municipality the place lies in, or null. */
    public Long territoryId() {
        return content.territoryId();
    }
}
