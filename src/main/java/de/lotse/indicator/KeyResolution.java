package de.lotse.indicator;

import de.lotse.territory.Territory;
import java.util.List;

/**
 * What a GENESIS region key names among the territories stored in Lotse.
 *
 * @param rawKey the key as written in the file
 * @param outcome what was found
 * @param territory the unit, when {@code outcome} is {@link Outcome#TERRITORY}; {@code null} otherwise
 * @param matches every stored unit that fits one of the key's candidates (two or more when ambiguous)
 * @param associationChanged whether the Gemeinde found by its AGS belongs to another Gemeindeverband than the key
 *     says (its Samtgemeinde or Verbandsgemeinde was merged or renumbered since the table was made; the Gemeinde
 *     itself, identified by its AGS, is the same)
 */
record KeyResolution(
        String rawKey, Outcome outcome, Territory territory, List<Territory> matches, boolean associationChanged) {

    KeyResolution {
        matches = List.copyOf(matches);
    }

    /** The possible outcomes. */
    enum Outcome {
        /** Exactly one stored unit. */
        TERRITORY,
        /** {@code DG}: Deutschland, which Lotse has no unit for. */
        GERMANY,
        /** A Regierungsbezirk or Statistische Region, which is not a level in Lotse. */
        REGIONAL_DISTRICT,
        /**
         * The key is well-formed but names no stored unit: a Gemeinde or Kreis dissolved by a territorial reform before
         * the register's edition, a Samtgemeinde merged since, a Berlin Bezirk.
         */
        NOT_FOUND,
        /** Several stored units fit; the importer must not guess. */
        AMBIGUOUS,
        /** Not a GENESIS region key at all. */
        INVALID_KEY
    }
}
