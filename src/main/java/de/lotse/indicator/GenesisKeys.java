package de.lotse.indicator;

import static de.lotse.territory.TerritoryLevel.ASSOCIATION;
import static de.lotse.territory.TerritoryLevel.COUNTY;
import static de.lotse.territory.TerritoryLevel.MUNICIPALITY;
import static de.lotse.territory.TerritoryLevel.STATE;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The region keys of GENESIS and the Regionaldatenbank, and what they can mean in Lotse's hierarchy. A pure function:
 * {@link #candidates} says which units a key may name; {@link GenesisKeyResolver} looks them up.
 *
 * <p>Key shapes, as found in the real files (Regionaldatenbank tables of 2017, flat files of 2026):
 *
 * <ul>
 *   <li>{@code DG}: Deutschland.
 *   <li>2 digits: Land; 3 digits: Regierungsbezirk or Statistische Region (no Lotse level); 5 digits: Kreis or
 *       kreisfreie Stadt (also Berlin's Bezirke {@code 11001}–{@code 11012}, which Lotse does not have).
 *   <li>8 digits: the AGS of a Gemeinde ({@code 03157006} Peine, also kreisfreie Städte {@code 03101000} and
 *       gemeindefreie Gebiete {@code 03354501}); in a Kreis table (flat-file KREISE) a Gemeinde treated like a Kreis
 *       ({@code 05334002} Aachen; {@code 11004004} is a Berlin Bezirk, which Lotse does not have). In a Gemeinde table
 *       ({@code -5}) of Niedersachsen it may instead be a Samtgemeinde as Kreis + the last 3 digits of its 4-digit
 *       Verband code ({@code 03354403} = SG Gartow, Verband 5403): both are returned, the Gemeinde first. Other Länder's
 *       Verbände (Ämter, Gemeindeverwaltungsverbände, …) do not appear in the tables, and their 8-digit keys would
 *       otherwise match Verbände by chance ({@code 08115001} is the Gemeinde Aidlingen, not the GVV
 *       Aidlingen/Grafenau with Verband code 5001).
 *   <li>11 digits (Niedersachsen): member Gemeinde of a Samtgemeinde as Kreis + Verband (last 3) + Gemeinde (3),
 *       {@code 03354403005} = Gartow (ARS {@code 033545403005}).
 *   <li>7 digits (Rheinland-Pfalz): Verbandsgemeinde as Kreis + the last 2 digits of its Verband code ({@code
 *       0713101} = VG Adenau, Verband 5001); 10 digits: Gemeinde as Kreis + Verband (last 2) + Gemeinde (3) ({@code
 *       0713101001} = Adenau), where Verband {@code 00} means verbandsfrei ({@code 0713100007} = Bad
 *       Neuenahr-Ahrweiler, ARS {@code 071310007007}).
 *   <li>12 digits: the ARS of a Gemeinde (Zensus 2022 variable GEOGM4).
 * </ul>
 *
 * Because the Regionaldatenbank drops leading digits of the Verband code, Gemeindeverbände and the ARS of Gemeinden
 * cannot be computed from its keys, only matched: candidates carry {@code ?} for the missing digits. A Gemeindeverband
 * candidate with missing digits always means a Samtgemeinde or Verbandsgemeinde with several members, never the
 * Verband record of a verbandsfreie Gemeinde, which the tables list as a Gemeinde.
 */
final class GenesisKeys {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Samtgemeinden exist only in Niedersachsen. */
    private static final String LOWER_SAXONY = "03";

    private GenesisKeys() {}

    /**
     * The units a region key can name, the most likely first; empty if the text is not a GENESIS region key.
     *
     * @param rawKey the key as written in the file (surrounding blanks are ignored)
     * @param depth the table's regional depth if known: in a Kreis table an 8-digit key cannot be a Samtgemeinde
     */
    static List<KeyCandidate> candidates(String rawKey, RegionalDepth depth) {
        String key = rawKey == null ? "" : rawKey.strip();
        if (key.equals("DG")) {
            return List.of(KeyCandidate.germany());
        }
        if (!DIGITS.matcher(key).matches()) {
            return List.of();
        }
        String county = key.length() >= 5 ? key.substring(0, 5) : null;
        return switch (key.length()) {
            case 2 -> List.of(KeyCandidate.territory(STATE, key));
            case 3 -> List.of(KeyCandidate.regionalDistrict(key));
            case 5 -> List.of(KeyCandidate.territory(COUNTY, key));
            case 7 -> List.of(KeyCandidate.territory(ASSOCIATION, county + "??" + key.substring(5)));
            case 8 -> {
                KeyCandidate municipality = KeyCandidate.territory(MUNICIPALITY, county + "????" + key.substring(5));
                yield depth == RegionalDepth.COUNTIES || !key.startsWith(LOWER_SAXONY)
                        ? List.of(municipality)
                        : List.of(municipality, KeyCandidate.territory(ASSOCIATION, county + "?" + key.substring(5)));
            }
            case 9 -> List.of(KeyCandidate.territory(ASSOCIATION, key));
            case 10 -> {
                String verband = key.substring(5, 7);
                yield List.of(KeyCandidate.territory(
                        MUNICIPALITY, county + (verband.equals("00") ? "????" : "??" + verband) + key.substring(7)));
            }
            case 11 -> List.of(KeyCandidate.territory(MUNICIPALITY, county + "?" + key.substring(5)));
            case 12 -> List.of(KeyCandidate.territory(MUNICIPALITY, key));
            default -> List.of();
        };
    }
}
