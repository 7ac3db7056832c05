package de.lotse.organisation;

/**
 * A body an organisation is a member of, with its role there.
 *
 * @param body the body
 * @param role the organisation's role in it (e.g. "Vorsitz"), {@code null} when not named
 */
public record BodyMembership(Body body, String role) {}
