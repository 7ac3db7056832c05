package de.lotse.indicator;

/**
 * The stages of the life course (Präventionskette, Bildungsbiografie) in their order; an indicator is tagged with the
 * stages it tells something about.
 */
public enum LifeStage {
    /** Schwangerschaft und Geburt. */
    PREGNANCY_BIRTH,
    /** Frühe Hilfen (0 to 3 years). */
    EARLY_HELP,
    /** Krippe (under 3). */
    CRECHE,
    /** Kita (3 to 6). */
    KITA,
    /** Grundschule. */
    PRIMARY_SCHOOL,
    /** Weiterführende Schule. */
    SECONDARY_SCHOOL,
    /** Übergang Schule – Beruf, including the second chance. */
    TRANSITION_TO_WORK,
    /** Erwerbsalter. */
    WORKING_AGE,
    /** Ältere Menschen. */
    OLDER_PEOPLE
}
