package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;

/**
 * One reading of a GENESIS region key in Lotse's terms ({@link GenesisKeys}).
 *
 * @param kind whether the key names Germany, a Regierungsbezirk / Statistische Region, or a Lotse territory
 * @param level for a territory: its level in Lotse's hierarchy; {@code null} otherwise
 * @param key for a territory: Lotse's level-native key (Land 2, Kreis 5, Gemeindeverband 9 = Kreis + Verband 4,
 *     Gemeinde 12 digits = ARS), with {@code ?} for each digit the GENESIS key does not carry (the Regionaldatenbank
 *     drops leading digits of the 4-digit Verband code: Samtgemeinde Gartow is {@code 03354403}, Lotse's key {@code
 *     033545403}, candidate {@code 03354?403}). For Germany {@code DG}, for a Regierungsbezirk its 3 digits. A
 *     Gemeinde is identified by its AGS ({@link #ags()}); the Verband digits of its candidate tell which Samtgemeinde
 *     or Verbandsgemeinde it belonged to when the table was made.
 */
record KeyCandidate(Kind kind, TerritoryLevel level, String key) {

    /** What a GENESIS key can stand for. */
    enum Kind {
        /** {@code DG}: Deutschland, above Lotse's Länder. */
        GERMANY,
        /** 3 digits: a Regierungsbezirk or Statistische Region, which is not a level in Lotse. */
        REGIONAL_DISTRICT,
        /** A Land, Kreis, Gemeindeverband or Gemeinde of Lotse. */
        TERRITORY
    }

    static KeyCandidate germany() {
        return new KeyCandidate(Kind.GERMANY, null, "DG");
    }

    static KeyCandidate regionalDistrict(String key) {
        return new KeyCandidate(Kind.REGIONAL_DISTRICT, null, key);
    }

    static KeyCandidate territory(TerritoryLevel level, String key) {
        return new KeyCandidate(Kind.TERRITORY, level, key);
    }

    /** Whether every digit of the key is known, so that it can be looked up directly. */
    boolean exact() {
        return key.indexOf('?') < 0;
    }

    /** Whether a Lotse native key of the candidate's level fits the candidate ({@code ?} matches any digit). */
    boolean matches(String nativeKey) {
        if (nativeKey == null || nativeKey.length() != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '?' && c != nativeKey.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** For a Gemeinde: its 8-digit AGS (Kreis and the last three digits), which the GENESIS key always carries. */
    String ags() {
        if (level != TerritoryLevel.MUNICIPALITY) {
            throw new IllegalStateException("Only a Gemeinde has an AGS, not " + this);
        }
        return key.substring(0, 5) + key.substring(9);
    }

    /** For a Gemeindeverband or Gemeinde: the 5-digit key of its Kreis. */
    String county() {
        return key.substring(0, 5);
    }
}
