package de.lotse.directory;

/** HSDS location_type: a place people visit, a postal address only, or an online place. Stored in lower case. */
public enum LocationType {
    PHYSICAL,
    POSTAL,
    VIRTUAL;

    /** The value as HSDS writes it and as it is stored. */
    public String hsds() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
