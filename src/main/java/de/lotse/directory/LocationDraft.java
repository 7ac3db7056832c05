package de.lotse.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A place where counselling is offered (HSDS location with address and accessibility, German profile). The
 * municipality is found from the coordinates (point in polygon) unless {@code territoryId} chooses it. Coordinates
 * must lie in Germany. Barrier-free details: TRUE yes, FALSE no, null not known.
 *
 * @param id the HSDS id to keep (import) or null for a new id
 * @param territoryId a chosen municipality (Gemeinde); null = assign from the coordinates
 */
public record LocationDraft(
        UUID id,
        Long organisationId,
        String name,
        String alternateName,
        String description,
        LocationType locationType,
        FacilityType facilityType,
        String url,
        String email,
        BigDecimal latitude,
        BigDecimal longitude,
        Long territoryId,
        Long socialSpaceId,
        String address1,
        String address2,
        String postalCode,
        String city,
        String stateProvince,
        String country,
        String transportation,
        Boolean stepFreeAccess,
        Boolean accessibleToilet,
        Boolean inductionLoop,
        Boolean signLanguage,
        Boolean easyLanguage,
        String accessibilityDetails,
        List<ServiceDraft.PhoneDraft> phones,
        boolean exampleData,
        String sourceNote) {

    public LocationDraft {
        phones = phones == null ? List.of() : List.copyOf(phones);
        locationType = locationType == null ? LocationType.PHYSICAL : locationType;
        country = country == null || country.isBlank() ? "DE" : country;
    }
}
