package de.lotse.organisation.web;

import java.util.Locale;

/** Lenient parsing of enum choices from forms and query parameters: anything unknown is no choice. */
final class Choices {

    private Choices() {}

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
