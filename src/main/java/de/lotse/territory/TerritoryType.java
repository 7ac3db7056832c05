package de.lotse.territory;

import java.util.Map;

/**
 * The official type of a unit (Textkennzeichen of the municipality register GV100AD) and its meaning, as defined in
 * the Destatis Datensatzbeschreibung.
 */
public final class TerritoryType {

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("41", "Kreisfreie Stadt"),
            Map.entry("42", "Stadtkreis"),
            Map.entry("43", "Kreis"),
            Map.entry("44", "Landkreis"),
            Map.entry("45", "Regionalverband"),
            Map.entry("50", "verbandsfreie Gemeinde"),
            Map.entry("51", "Amt"),
            Map.entry("52", "Samtgemeinde"),
            Map.entry("53", "Verbandsgemeinde"),
            Map.entry("54", "Verwaltungsgemeinschaft"),
            Map.entry("55", "Kirchspielslandgemeinde"),
            Map.entry("56", "Verwaltungsverband"),
            Map.entry("57", "VG Trägermodell"),
            Map.entry("58", "Erfüllende Gemeinde"),
            Map.entry("60", "Markt"),
            Map.entry("61", "Kreisfreie Stadt"),
            Map.entry("62", "Stadtkreis"),
            Map.entry("63", "Stadt"),
            Map.entry("64", "Kreisangehörige Gemeinde"),
            Map.entry("65", "gemeindefreies Gebiet, bewohnt"),
            Map.entry("66", "gemeindefreies Gebiet, unbewohnt"),
            Map.entry("67", "Große Kreisstadt"));

    private TerritoryType() {}

    /** The official German meaning of a Textkennzeichen; "Land" for a Land (which has none). */
    public static String meaning(TerritoryLevel level, String code) {
        if (level == TerritoryLevel.STATE) {
            return "Land";
        }
        if (code == null) {
            return level == TerritoryLevel.SOCIAL_SPACE ? "Sozialraum" : null;
        }
        return MEANINGS.get(code);
    }

    /** Whether the code is a valid Textkennzeichen for units of the given level. */
    static boolean isValid(TerritoryLevel level, String code) {
        if (code == null || !MEANINGS.containsKey(code)) {
            return false;
        }
        return switch (level) {
            case COUNTY -> code.startsWith("4");
            case ASSOCIATION -> code.startsWith("5");
            case MUNICIPALITY -> code.startsWith("6");
            default -> false;
        };
    }

    /** Whether a Gemeinde of this type is an unincorporated area (gemeindefreies Gebiet). */
    public static boolean isUnincorporated(String code) {
        return "65".equals(code) || "66".equals(code);
    }
}
