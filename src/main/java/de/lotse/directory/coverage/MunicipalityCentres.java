package de.lotse.directory.coverage;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Component;

/**
 * The centre of a municipality for distances: the JTS interior point of its full boundary (always inside the polygon,
 * unlike the centroid of a crescent-shaped municipality). Kept in memory until the territories change.
 */
@Component
class MunicipalityCentres {

    /** A point in WGS84 degrees. */
    record Centre(double latitude, double longitude) {}

    private final Territories territories;
    private final Map<Long, Optional<Centre>> cache = new ConcurrentHashMap<>();
    private volatile String revision = "";

    MunicipalityCentres(Territories territories) {
        this.territories = territories;
    }

    Optional<Centre> of(Territory territory) {
        String current = territories.revision();
        if (!current.equals(revision)) {
            cache.clear();
            revision = current;
        }
        return cache.computeIfAbsent(territory.id(), id -> compute(territory));
    }

    private Optional<Centre> compute(Territory territory) {
        return territories.boundary(territory, false).flatMap(MunicipalityCentres::interiorPoint);
    }

    static Optional<Centre> interiorPoint(String geoJson) {
        try {
            Geometry geometry = new GeoJsonReader().read(geoJson);
            if (geometry.isEmpty()) {
                return Optional.empty();
            }
            Point p = geometry.getInteriorPoint();
            return Optional.of(new Centre(p.getY(), p.getX()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The great-circle distance in km between two WGS84 points (haversine on a sphere of the mean earth radius
     * 6,371.0088 km; the error against the ellipsoid is below 0.5 %).
     */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
