package de.lotse.territory;

/** The levels of the territorial hierarchy, from the top. */
public enum TerritoryLevel {
    /** Land (federal state). */
    STATE,
    /** Kreis: Landkreis, Kreis or kreisfreie Stadt / Stadtkreis. */
    COUNTY,
    /** Gemeindeverband: Samtgemeinde, Amt, Verbandsgemeinde, … or the verbandsfreie Gemeinde itself. */
    ASSOCIATION,
    /** Gemeinde, including gemeindefreie Gebiete. */
    MUNICIPALITY,
    /** Sozialraum: a planning unit defined by the county below or across municipalities. */
    SOCIAL_SPACE;

    /** The level directly below, or {@code null} for social spaces. */
    public TerritoryLevel child() {
        return this == SOCIAL_SPACE ? null : values()[ordinal() + 1];
    }

    /** The level directly above, or {@code null} for Länder. */
    public TerritoryLevel parent() {
        return this == STATE ? null : values()[ordinal() - 1];
    }
}
