package de.lotse.organisation;

/** The legal character of a provider of services, as German social law distinguishes it. */
public enum ProviderType {
    /** öffentlich: county, municipality, public agency. */
    PUBLIC,
    /** frei-gemeinnützig: welfare associations and other non-profit providers. */
    NON_PROFIT,
    /** privat-gewerblich. */
    PRIVATE,
    /** ehrenamtlich: volunteer initiatives without paid staff. */
    VOLUNTEER
}
