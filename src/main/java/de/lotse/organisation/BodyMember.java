package de.lotse.organisation;

import java.util.HashSet;
import java.util.List;

/**
 * An organisation that is a member of a body.
 *
 * @param organisationId the member organisation
 * @param role its role in the body (e.g. "Vorsitz"), {@code null} when not named
 */
public record BodyMember(long organisationId, String role) {

    /** This member with the role stripped, and a blank role as not named. */
    public BodyMember normalised() {
        return new BodyMember(organisationId, role == null || role.isBlank() ? null : role.strip());
    }

    /** Whether two lists name the same organisations with the same roles, in any order. */
    public static boolean sameMembers(List<BodyMember> a, List<BodyMember> b) {
        return a.size() == b.size()
                && new HashSet<>(a.stream().map(BodyMember::normalised).toList())
                        .equals(new HashSet<>(
                                b.stream().map(BodyMember::normalised).toList()));
    }
}
