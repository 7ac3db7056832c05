package de.lotse.directory;

import java.util.Set;
import java.util.UUID;

/**
 * Published (after the transaction commits) whenever published directory content changes: services created,
 * updated, verified, published from a proposal, imported or removed. Listeners (the public search index, caches)
 * reload the named services; an empty set means "everything may have changed" (e.g. after a whole-dataset import or
 * a change to a shared place).
 */
public record DirectoryChanged(Set<UUID> serviceIds) {

    public DirectoryChanged {
        serviceIds = Set.copyOf(serviceIds);
    }

    /** Everything may have changed. */
    public static DirectoryChanged everything() {
        return new DirectoryChanged(Set.of());
    }

    public boolean isEverything() {
        return serviceIds.isEmpty();
    }
}
