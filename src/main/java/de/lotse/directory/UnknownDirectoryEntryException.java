package de.lotse.directory;

/** The service or place to change does not exist. */
public class UnknownDirectoryEntryException extends RuntimeException {

    UnknownDirectoryEntryException(String message) {
        super(message);
    }
}
