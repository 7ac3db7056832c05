package de.lotse.directory;

/** How a place's municipality was found. */
public enum TerritoryAssignment {
    /** Automatically from the coordinates (point in polygon on the municipality boundaries). */
    POINT_IN_POLYGON,
    /** Chosen by the editor. */
    CHOSEN
}
