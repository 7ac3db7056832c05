package de.lotse.indicator;

/** The ten topics of social planning an indicator is filed under; the German labels come from the message bundles. */
public enum Topic {
    /** Demografie. */
    DEMOGRAPHY,
    /** Soziale Sicherung. */
    SOCIAL_SECURITY,
    /** Arbeit. */
    EMPLOYMENT,
    /** Bildung. */
    EDUCATION,
    /** Kinder, Jugend, Familie. */
    CHILDREN_YOUTH_FAMILY,
    /** Gesundheit, Pflege. */
    HEALTH_CARE,
    /** Wohnen. */
    HOUSING,
    /** Mobilität. */
    MOBILITY,
    /** Migration, Integration. */
    MIGRATION_INTEGRATION,
    /** Engagement (bürgerschaftliches Engagement, Ehrenamt). */
    CIVIC_ENGAGEMENT
}
