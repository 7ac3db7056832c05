package de.lotse.planning;

/** The kind of a section of a strategy document. */
public enum SectionKind {
    /** Präambel, Einleitung. */
    PREAMBLE,
    /** Ausgangslage. */
    SITUATION,
    /** Leitsatz (guiding principle). */
    PRINCIPLE,
    /** Controlling, Steuerung. */
    CONTROLLING,
    /** Sonstiges. */
    OTHER
}
