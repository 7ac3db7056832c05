package de.lotse.planning;

/** What a cost item of a measure's budget pays for. */
public enum CostCategory {
    /** Personalkosten. */
    PERSONNEL,
    /** Fahrtkosten. */
    TRAVEL,
    /** Büroausstattung. */
    OFFICE_EQUIPMENT,
    /** Miete. */
    RENT,
    /** Sachkosten. */
    MATERIAL,
    /** Honorare. */
    FEES,
    /** Veranstaltungen. */
    EVENTS,
    /** Sonstiges. */
    OTHER
}
