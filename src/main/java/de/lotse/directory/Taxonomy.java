package de.lotse.directory;

import java.util.UUID;

/**
 * A vocabulary of the directory (HSDS taxonomy): {@code lotse-beratung} (counselling categories),
 * {@code lotse-zielgruppe} (target groups), {@code lotse-handlungsfeld} (fields of action).
 */
public record Taxonomy(UUID id, String key, String name, String description, String uri, String version) {

    /** Key of the counselling categories. */
    public static final String CATEGORIES = "lotse-beratung";
    /** Key of the target groups. */
    public static final String AUDIENCES = "lotse-zielgruppe";
    /** Key of the fields of action. */
    public static final String FIELDS_OF_ACTION = "lotse-handlungsfeld";
}
