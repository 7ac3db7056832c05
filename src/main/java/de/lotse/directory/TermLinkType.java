package de.lotse.directory;

/** How a taxonomy term is attached to a service (HSDS attribute link_type). Stored in lower case. */
public enum TermLinkType {
    /** A counselling category of taxonomy {@code lotse-beratung}. */
    CATEGORY("category"),
    /** A target group of taxonomy {@code lotse-zielgruppe}. */
    AUDIENCE("audience"),
    /** A field of action of taxonomy {@code lotse-handlungsfeld}. */
    FIELD_OF_ACTION("field_of_action");

    private final String stored;

    TermLinkType(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
