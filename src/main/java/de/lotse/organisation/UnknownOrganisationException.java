package de.lotse.organisation;

/** Thrown when an organisation, body or user named by key or id does not exist. */
public class UnknownOrganisationException extends RuntimeException {

    UnknownOrganisationException(String message) {
        super(message);
    }
}
