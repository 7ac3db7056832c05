package de.lotse.directory;

/**
 * What kind of place a location is. Decentral consultation hours are those at schools, Kitas and family centres
 * ({@link #isDecentral()}), the places the county's 2014 decision names.
 */
public enum FacilityType {
    SCHOOL,
    KITA,
    FAMILY_CENTRE,
    COUNSELLING_CENTRE,
    TOWN_HALL,
    MULTI_GENERATION_HOUSE,
    CARE_SUPPORT_POINT,
    ONLINE,
    OTHER;

    /** Schools, Kitas and family centres: where the county wants counselling to come to the people. */
    public boolean isDecentral() {
        return this == SCHOOL || this == KITA || this == FAMILY_CENTRE;
    }
}
