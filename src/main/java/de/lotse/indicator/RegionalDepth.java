package de.lotse.indicator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lowest regional level a table goes down to ("regionale Tiefe"). It decides how an 8-digit region key is meant:
 * in a Kreis table it can only be a Gemeinde treated like a Kreis (e.g. {@code 05334002} Aachen in the Städteregion),
 * in a Gemeinde table it may also be a Samtgemeinde ({@link GenesisKeys}).
 */
enum RegionalDepth {
    /** Kreise und kreisfreie Städte: Regionaldatenbank tables ending in {@code -4}, flat-file variable KREISE. */
    COUNTIES,
    /** Gemeinden, Samt-/Verbandsgemeinden: tables ending in {@code -5}, flat-file variables GEMEIN and GEOGM*. */
    MUNICIPALITIES,
    /** Not known (e.g. Regionalatlas tables {@code AI…} without a level suffix). */
    UNKNOWN;

    /** Regionaldatenbank table codes: {@code 12411-02-03-4}, {@code AI-N-01-2-5}; the last digit is the depth. */
    private static final Pattern REGIONAL_TABLE = Pattern.compile("(?:\\d{5}-\\d{2}-\\d{2}|AI-[A-Z]-\\d{2}-\\d)-(\\d)");

    /** The depth of a table from its code or, failing that, from a title line {@code regionale Tiefe: …}. */
    static RegionalDepth ofTable(String tableCode, List<String> titleLines) {
        Matcher m = REGIONAL_TABLE.matcher(tableCode == null ? "" : tableCode.strip());
        if (m.matches()) {
            return switch (m.group(1)) {
                case "4" -> COUNTIES;
                case "5" -> MUNICIPALITIES;
                default -> UNKNOWN;
            };
        }
        for (String line : titleLines) {
            int at = line.indexOf("Tiefe:");
            if (at >= 0) {
                String depth = line.substring(at + "Tiefe:".length()).strip();
                if (depth.startsWith("Gemeinden")) {
                    return MUNICIPALITIES;
                }
                if (depth.startsWith("Kreise")) {
                    return COUNTIES;
                }
            }
        }
        return UNKNOWN;
    }

    /** The depth a flat-file region variable stands for. */
    static RegionalDepth ofRegionVariable(String variableCode) {
        if ("KREISE".equals(variableCode)) {
            return COUNTIES;
        }
        if ("GEMEIN".equals(variableCode) || variableCode.startsWith("GEOGM")) {
            return MUNICIPALITIES;
        }
        return UNKNOWN;
    }
}
