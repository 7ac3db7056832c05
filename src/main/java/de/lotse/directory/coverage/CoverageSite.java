package de.lotse.directory.coverage;

import de.lotse.directory.FacilityType;
import java.util.Set;
import java.util.UUID;

/**
 * One published, active service offered at one place (HSDS service_at_location), with what the coverage analysis
 * needs: the place's municipality, kind and coordinates, the service's category and target-group codes, and whether
 * there are recurring (fixed) consultation hours for it (a schedule of the service at the place or of the service).
 */
record CoverageSite(
        UUID serviceAtLocationId,
        UUID serviceId,
        String serviceName,
        UUID locationId,
        String locationName,
        FacilityType facilityType,
        Long territoryId,
        Double latitude,
        Double longitude,
        boolean exampleData,
        boolean recurring,
        Set<String> categories,
        Set<String> audiences) {

    boolean decentral() {
        return facilityType.isDecentral();
    }

    boolean located() {
        return latitude != null && longitude != null;
    }
}
