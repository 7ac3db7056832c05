package de.lotse.planning;

/** The kind of a dated activity of a measure. */
public enum ActivityKind {
    /** Sitzung, Treffen. */
    MEETING,
    /** Konferenz, z. B. Sozialraumkonferenz. */
    CONFERENCE,
    /** Beschluss eines Gremiums. */
    DECISION,
    /** Meilenstein. */
    MILESTONE,
    /** Sonstiges. */
    OTHER
}
