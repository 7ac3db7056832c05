package de.lotse.directory;

/** A planner's decision on a group of possible duplicate services; recorded and not asked again. */
public enum DuplicateVerdict {
    /** Doppelstruktur bestätigt. */
    CONFIRMED_DUPLICATE,
    /** Ergänzen sich (different focus, times or places). */
    COMPLEMENTARY,
    /** Kein Duplikat. */
    DISMISSED
}
