package de.lotse.territory;

/**
 * A key as a user or API client writes it: the level-native key (Land 2, Kreis 5, Gemeindeverband 9, Gemeinde 12
 * digits, i.e. the ARS), an 8-digit AGS, or a 12-digit ARS of any level.
 */
public record TerritoryKey(String value) {

    public TerritoryKey {
        if (value == null || !value.strip().matches("\\d{2}|\\d{5}|\\d{8}|\\d{9}|\\d{12}")) {
            throw new MalformedKeyException(value);
        }
        value = value.strip();
    }

    /** Thrown for a key that is not a well-formed AGS or ARS. */
    public static final class MalformedKeyException extends IllegalArgumentException {
        MalformedKeyException(String key) {
            super("'" + key + "' is not a territory key: use an AGS (8 digits) or an ARS (12 digits), or the short"
                    + " key of a Land (2), Kreis (5) or Gemeindeverband (9 digits)");
        }
    }
}
