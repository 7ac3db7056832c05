package de.lotse.indicator;

import java.util.regex.Pattern;

/**
 * The stable key of an indicator, a slug such as {@code sgb2-quote-unter-15}: lower-case letters a–z and digits in
 * groups joined by single hyphens, 2 to 64 characters. The key never changes, even when a new version of the
 * indicator's definition is created; URLs, imports, formulas and saved mappings refer to it.
 */
public record IndicatorKey(String value) implements Comparable<IndicatorKey> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public IndicatorKey {
        if (value == null
                || value.length() < 2
                || value.length() > 64
                || !SLUG.matcher(value).matches()) {
            throw new MalformedIndicatorKeyException(value);
        }
    }

    /** Shortcut for {@code new IndicatorKey(value)}. */
    public static IndicatorKey of(String value) {
        return new IndicatorKey(value);
    }

    @Override
    public int compareTo(IndicatorKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Thrown for a text that is not a well-formed indicator key. */
    public static final class MalformedIndicatorKeyException extends IllegalArgumentException {
        MalformedIndicatorKeyException(String key) {
            super("'" + key + "' is not an indicator key: use 2 to 64 lower-case letters a-z and digits, groups"
                    + " joined by single hyphens, e.g. sgb2-quote-unter-15");
        }
    }
}
