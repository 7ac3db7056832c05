package de.lotse.planning;

/** What a link of a measure points to. */
public enum LinkKind {
    /** A document on the web. */
    DOCUMENT,
    /** A council paper (Vorlage), by its paper number. */
    COUNCIL_PAPER
}
