package de.lotse.directory;

/**
 * State of a provider's proposal: Entwurf (the provider works on it), eingereicht (waits for a planner),
 * veröffentlicht (a planner applied it to the directory), zurückgegeben (back to the provider with a note).
 */
public enum ReviewState {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    RETURNED
}
