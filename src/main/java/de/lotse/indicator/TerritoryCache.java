package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The territory lookups the read side repeats on every request (the units below a parent, a Land by key, the simplified
 * boundaries), kept in memory and answered exactly as {@link Territories} answers them — same units, same order. A
 * national cross-section walks about 16,000 units; reading them from the database each time cost more than the whole
 * latency budget. The cache is checked against {@link Territories#revision()} (one index-only query) once per
 * {@link #snapshot()}, and dropped as soon as the territories change (an import, a territorial reform, new
 * boundaries), so no request ever sees an outdated hierarchy.
 */
@Component
class TerritoryCache {

    /** More distinct lookups than this (a crawler walking every parent) start the cache afresh. */
    private static final int MAX_ENTRIES = 20_000;

    private final Territories territories;
    private volatile Snapshot current;

    TerritoryCache(Territories territories) {
        this.territories = territories;
    }

    /** The lookups for one request: valid for the territories as they are now. */
    Snapshot snapshot() {
        String revision = territories.revision();
        Snapshot snapshot = current;
        if (snapshot == null || !snapshot.revision.equals(revision)) {
            snapshot = new Snapshot(revision);
            current = snapshot;
        }
        return snapshot;
    }

    /** The territory module's public API underneath (for lookups that are not worth caching). */
    Territories territories() {
        return territories;
    }

    /** Cached lookups at one revision of the territory data. */
    final class Snapshot {

        private final String revision;
        private final Map<Object, Object> entries = new ConcurrentHashMap<>();

        private Snapshot(String revision) {
            this.revision = revision;
        }

        /** The {@link Territories#revision()} this snapshot holds. */
        String revision() {
            return revision;
        }

        /** As {@link Territories#children(Territory, TerritoryLevel)}. */
        List<Territory> children(Territory parent, TerritoryLevel level) {
            return cached(new ChildrenKey(parent.id(), level), () -> List.copyOf(territories.children(parent, level)));
        }

        /** As {@link Territories#allOfLevel(TerritoryLevel)}. */
        List<Territory> allOfLevel(TerritoryLevel level) {
            return cached(new LevelKey(level), () -> List.copyOf(territories.allOfLevel(level)));
        }

        /** As {@link Territories#states()}. */
        List<Territory> states() {
            return cached(StatesKey.INSTANCE, () -> List.copyOf(territories.states()));
        }

        /** As {@link Territories#find(String)}. */
        Optional<Territory> find(String key) {
            return cached(new FindKey(key), () -> territories.find(key));
        }

        /** As {@link Territories#boundary(Territory, boolean)} with {@code simplified}: GeoJSON geometry text. */
        Optional<String> displayBoundary(Territory territory) {
            return cached(new BoundaryKey(territory.id()), () -> territories.boundary(territory, true));
        }

        /** Anything derived from the territories alone, kept as long as this snapshot (keys: records of the caller). */
        <T> T derived(Object key, java.util.function.Supplier<T> load) {
            return cached(key, load);
        }

        @SuppressWarnings("unchecked")
        private <T> T cached(Object key, java.util.function.Supplier<T> load) {
            Object found = entries.get(key);
            if (found == null) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                found = load.get();
                entries.put(key, found);
            }
            return (T) found;
        }
    }

    private record ChildrenKey(long parentId, TerritoryLevel level) {}

    private record LevelKey(TerritoryLevel level) {}

    private record FindKey(String key) {}

    private record BoundaryKey(long territoryId) {}

    private enum StatesKey {
        INSTANCE
    }
}
