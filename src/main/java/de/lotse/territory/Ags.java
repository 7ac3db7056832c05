package de.lotse.territory;

import java.util.regex.Pattern;

/**
 * Amtlicher Gemeindeschlüssel (AGS): the 8-digit official key of a Gemeinde (Land 2, Regierungsbezirk 1, Kreis 2,
 * Gemeinde 3). Länder and Kreise use the key padded with zeros (03157000 = Landkreis Peine). Gemeindeverbände have no
 * AGS.
 */
public record Ags(String value) {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    public Ags {
        if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("An AGS has exactly 8 digits, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
