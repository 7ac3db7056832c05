package de.lotse.planning;

/** A partner organisation of a measure (by id) and its role there, e.g. "Träger des Modellversuchs" (or null). */
public record Partner(long organisationId, String role) {

    public Partner {
        role = role == null || role.isBlank() ? null : role.strip();
    }
}
