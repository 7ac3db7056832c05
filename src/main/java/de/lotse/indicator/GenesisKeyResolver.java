package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the stored territory a GENESIS region key names, by checking its {@link GenesisKeys#candidates candidates}
 * against the territory module, in order. A Gemeinde is found by its AGS, which stays the same when its Samtgemeinde
 * or Verbandsgemeinde changes; a Samtgemeinde or Verbandsgemeinde by the Verband digits the key carries, among the
 * Verbände of its Kreis that have several members. So the ambiguous 8-digit key of a Niedersachsen Gemeinde table is
 * settled by what exists: {@code 03354403} is no Gemeinde but the Samtgemeinde Gartow, {@code 03157006} the Gemeinde
 * Peine. Should a key still fit two units, it is reported as ambiguous, never guessed.
 *
 * <p>Each call asks the database; an importer should resolve every distinct key of a file once.
 */
@Component
class GenesisKeyResolver {

    private final Territories territories;

    GenesisKeyResolver(Territories territories) {
        this.territories = territories;
    }

    KeyResolution resolve(String rawKey, RegionalDepth depth) {
        List<KeyCandidate> candidates = GenesisKeys.candidates(rawKey, depth);
        if (candidates.isEmpty()) {
            return outcome(rawKey, KeyResolution.Outcome.INVALID_KEY);
        }
        switch (candidates.getFirst().kind()) {
            case GERMANY -> {
                return outcome(rawKey, KeyResolution.Outcome.GERMANY);
            }
            case REGIONAL_DISTRICT -> {
                return outcome(rawKey, KeyResolution.Outcome.REGIONAL_DISTRICT);
            }
            case TERRITORY -> {
                // looked up below
            }
        }
        List<Territory> matches = new ArrayList<>();
        boolean associationChanged = false;
        for (KeyCandidate candidate : candidates) {
            for (Territory t : find(candidate)) {
                matches.add(t);
                associationChanged = !candidate.matches(t.key());
            }
        }
        return switch (matches.size()) {
            case 0 -> new KeyResolution(rawKey, KeyResolution.Outcome.NOT_FOUND, null, matches, false);
            case 1 ->
                new KeyResolution(
                        rawKey, KeyResolution.Outcome.TERRITORY, matches.getFirst(), matches, associationChanged);
            default -> new KeyResolution(rawKey, KeyResolution.Outcome.AMBIGUOUS, null, matches, false);
        };
    }

    private List<Territory> find(KeyCandidate candidate) {
        if (candidate.level() == TerritoryLevel.MUNICIPALITY) {
            return territories.find(new TerritoryKey(candidate.ags()), TerritoryLevel.MUNICIPALITY).stream()
                    .toList();
        }
        if (candidate.exact()) {
            return territories.find(new TerritoryKey(candidate.key()), candidate.level()).stream()
                    .toList();
        }
        Optional<Territory> county = territories.find(new TerritoryKey(candidate.county()), TerritoryLevel.COUNTY);
        return county.map(c -> territories.children(c, TerritoryLevel.ASSOCIATION).stream()
                        .filter(t -> t.level() == TerritoryLevel.ASSOCIATION
                                && !t.isSingleMunicipalityAssociation()
                                && candidate.matches(t.key()))
                        .toList())
                .orElse(List.of());
    }

    private static KeyResolution outcome(String rawKey, KeyResolution.Outcome outcome) {
        return new KeyResolution(rawKey, outcome, null, List.of(), false);
    }
}
