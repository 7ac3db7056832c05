package de.lotse.territory;

import java.util.regex.Pattern;

/**
 * Amtlicher Regionalschlüssel (ARS): the 12-digit official key of a territorial unit. Digits 1–2 Land, 3
 * Regierungsbezirk, 4–5 Kreis, 6–9 Gemeindeverband, 10–12 Gemeinde. Higher units are padded with zeros, so a
 * kreisfreie Stadt, its Gemeindeverband and its Gemeinde share one ARS; the {@link TerritoryLevel} tells them apart.
 */
public record Ars(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public Ars {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("An ARS has exactly 12 digits, got '" + value + "'");
        }
    }

    /** Builds the ARS of a unit from its level-native key (2, 5, 9 or 12 digits), padding with zeros. */
    public static Ars fromNativeKey(String key) {
        if (key == null || !key.matches("\\d{2}|\\d{5}|\\d{9}|\\d{12}")) {
            throw new IllegalArgumentException("A territory key has 2, 5, 9 or 12 digits, got '" + key + "'");
        }
        return new Ars((key + "000000000000").substring(0, 12));
    }

    /** The 2-digit Land part. */
    public String state() {
        return value.substring(0, 2);
    }

    /** The 5-digit Kreis part (Land, Regierungsbezirk, Kreis). */
    public String county() {
        return value.substring(0, 5);
    }

    /** The 9-digit Gemeindeverband part. */
    public String association() {
        return value.substring(0, 9);
    }

    /** The AGS of a Gemeinde with this ARS: Kreis part plus the last three digits. */
    public Ags municipalityAgs() {
        return new Ags(value.substring(0, 5) + value.substring(9));
    }

    /** The key that identifies a unit of the given level: 2, 5, 9 or 12 digits. */
    public String nativeKey(TerritoryLevel level) {
        return switch (level) {
            case STATE -> state();
            case COUNTY -> county();
            case ASSOCIATION -> association();
            case MUNICIPALITY, SOCIAL_SPACE -> value;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
