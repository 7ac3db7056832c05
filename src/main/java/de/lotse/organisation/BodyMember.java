package de.lotse.organisation;

/**
 * An organisation that is a member of a body.
 *
 * @param organisationId the member organisation
 * @param role its role in the body (e.g. "Vorsitz"), {@code null} when not named
 */
public record BodyMember(long organisationId, String role) {}
