package de.lotse.directory;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the municipality (Gemeinde) a point lies in: an STRtree of the prepared full-resolution boundaries of every
 * current municipality that has one, built on first use and rebuilt only when {@link Territories#revision()} changes.
 */
@Component
class DirectoryMunicipalityIndex {

    private static final Logger log = LoggerFactory.getLogger(DirectoryMunicipalityIndex.class);

    private record Entry(Territory territory, PreparedGeometry geometry) {}

    private record Built(String revision, STRtree tree, int size) {}

    private final Territories territories;
    private final GeometryFactory factory = new GeometryFactory();
    private volatile Built built;

    DirectoryMunicipalityIndex(Territories territories) {
        this.territories = territories;
    }

    Optional<Territory> at(double latitude, double longitude) {
        Built index = current();
        Point point = factory.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = index.tree().query(point.getEnvelopeInternal());
        return candidates.stream()
                .filter(e -> e.geometry().covers(point))
                .map(Entry::territory)
                .min(java.util.Comparator.comparing(Territory::key));
    }

    /** How many municipality boundaries the index holds (builds it if needed). */
    int size() {
        return current().size();
    }

    private Built current() {
        String revision = territories.revision();
        Built index = built;
        if (index != null && index.revision().equals(revision)) {
            return index;
        }
        synchronized (this) {
            if (built == null || !built.revision().equals(revision)) {
                built = build(revision);
            }
            return built;
        }
    }

    private Built build(String revision) {
        long start = System.nanoTime();
        GeoJsonReader reader = new GeoJsonReader(factory);
        STRtree tree = new STRtree();
        int size = 0;
        for (Territory t : territories.allOfLevel(TerritoryLevel.MUNICIPALITY)) {
            if (!t.hasBoundary() || !t.isCurrent()) {
                continue;
            }
            Optional<String> boundary = territories.boundary(t, false);
            if (boundary.isEmpty()) {
                continue;
            }
            try {
                Geometry geometry = reader.read(boundary.get());
                tree.insert(geometry.getEnvelopeInternal(), new Entry(t, PreparedGeometryFactory.prepare(geometry)));
                size++;
            } catch (ParseException | IllegalArgumentException e) {
                log.warn("Boundary of {} ({}) is not readable GeoJSON: {}", t.name(), t.key(), e.getMessage());
            }
        }
        tree.build();
        log.info("Municipality index: {} boundaries in {} ms", size, (System.nanoTime() - start) / 1_000_000);
        return new Built(revision, tree, size);
    }
}
