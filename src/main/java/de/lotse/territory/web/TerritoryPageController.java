package de.lotse.territory.web;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import de.lotse.territory.TerritoryType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Pages: the home county's start page, the territory search and the profile page (Gemeindesteckbrief). */
@Controller
class TerritoryPageController {

    private final Territories territories;

    TerritoryPageController(Territories territories) {
        this.territories = territories;
    }

    @GetMapping("/")
    String home(
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        Optional<Territory> county = territories.homeCounty();
        if (county.isEmpty()) {
            model.addAttribute("states", territories.states());
            return "territory/home-missing";
        }
        Territory home = county.get();
        List<Territory> municipalities = territories.children(home, TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        SortedTable table = SortedTable.of(municipalities, sort, dir);
        model.addAttribute("county", home);
        // the register lists verbandsfreie Gemeinden and gemeindefreie Gebiete also as Gemeindeverbände: count
        // only real associations (Samtgemeinden, Ämter, …) and the unincorporated areas apart
        model.addAttribute(
                "associations",
                territories.children(home, TerritoryLevel.ASSOCIATION).stream()
                        .filter(t -> t.isCurrent() && !t.isSingleMunicipalityAssociation())
                        .count());
        model.addAttribute(
                "unincorporated",
                municipalities.stream()
                        .filter(t -> TerritoryType.isUnincorporated(t.typeCode()))
                        .count());
        model.addAttribute("table", table);
        model.addAttribute("classes", DensityClasses.of(municipalities));
        model.addAttribute(
                "sum",
                municipalities.stream()
                        .filter(t -> t.population() != null)
                        .mapToLong(t -> t.population().population())
                        .sum());
        return "territory/home";
    }

    @GetMapping("/gebiete")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            List<Territory> results = territories.search(q, 50);
            java.util.Map<String, String> partOf = new java.util.HashMap<>();
            for (Territory r : results) {
                partOf.put(r.level() + ":" + r.key(), partOf(r));
            }
            model.addAttribute("results", results);
            model.addAttribute("partOf", partOf);
        } else {
            model.addAttribute("states", territories.states());
            territories.homeCounty().ifPresent(c -> model.addAttribute("county", c));
        }
        return "territory/search";
    }

    @GetMapping("/gebiete/{key}")
    String profile(@PathVariable String key, @RequestParam(required = false) String level, Model model) {
        TerritoryKey parsed;
        try {
            parsed = new TerritoryKey(key);
        } catch (TerritoryKey.MalformedKeyException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        TerritoryLevel lvl;
        try {
            lvl = TerritoryApiController.parseLevel(level);
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown level " + level);
        }
        Territory territory = territories
                .find(parsed, lvl)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No territory " + key));
        List<Territory> children = territories.children(territory, null).stream()
                .sorted(Comparator.comparing((Territory t) -> !t.isCurrent())
                        .thenComparing(Territory::name, java.text.Collator.getInstance(java.util.Locale.GERMAN)))
                .toList();
        List<Territory> ancestors = territories.ancestors(territory);
        // a verbandsfreie Gemeinde is listed twice in the register (as Verband and as Gemeinde): show it once
        List<Territory> shownAncestors = ancestors.stream()
                .filter(a -> !a.isSingleMunicipalityAssociation())
                .toList();
        model.addAttribute("t", territory);
        model.addAttribute("ancestors", shownAncestors);
        model.addAttribute("parent", shownAncestors.isEmpty() ? null : shownAncestors.getLast());
        Territory mapUnit = mapUnit(territory, ancestors);
        model.addAttribute("mapUnit", mapUnit);
        model.addAttribute(
                "mapContext",
                mapUnit == null
                        ? null
                        : mapContext(mapUnit, mapUnit == territory ? ancestors : territories.ancestors(mapUnit)));
        model.addAttribute("history", territories.populationHistory(territory));
        model.addAttribute("children", children);
        model.addAttribute("childrenWithBoundary", children.stream().anyMatch(Territory::hasBoundary));
        return "territory/profile";
    }

    /** "Part of" in a search result: Kreis and Land, e.g. "Peine, Niedersachsen" (skipping the Verband record). */
    private String partOf(Territory t) {
        return territories.ancestors(t).stream()
                .filter(a -> a.level() == TerritoryLevel.COUNTY
                        || a.level() == TerritoryLevel.STATE
                        || (a.level() == TerritoryLevel.ASSOCIATION && !a.isSingleMunicipalityAssociation()))
                .map(Territory::name)
                .reduce((upper, lower) -> lower + ", " + upper)
                .orElse("");
    }

    /**
     * The unit whose boundary the map shows: the unit itself, or, for the Gemeinde (or Verband) of a kreisfreie Stadt
     * without a boundary of its own, the city as a Kreis (same area); {@code null} if there is none.
     */
    private Territory mapUnit(Territory territory, List<Territory> ancestors) {
        if (territory.hasBoundary()) {
            return territory;
        }
        if (territory.level() != TerritoryLevel.MUNICIPALITY && territory.level() != TerritoryLevel.ASSOCIATION) {
            return null;
        }
        return ancestors.stream()
                .filter(a -> a.level() == TerritoryLevel.COUNTY && a.hasBoundary())
                .filter(county -> territories
                                .children(county, TerritoryLevel.MUNICIPALITY)
                                .size()
                        == 1)
                .findFirst()
                .orElse(null);
    }

    /**
     * The unit whose map shows the given unit among its neighbours: the Kreis for a Gemeinde or Gemeindeverband, the
     * Land for a Kreis; {@code null} for a Land.
     */
    private static Territory mapContext(Territory territory, List<Territory> ancestors) {
        TerritoryLevel contextLevel =
                switch (territory.level()) {
                    case MUNICIPALITY, ASSOCIATION, SOCIAL_SPACE -> TerritoryLevel.COUNTY;
                    case COUNTY -> TerritoryLevel.STATE;
                    case STATE -> null;
                };
        return ancestors.stream()
                .filter(a -> a.level() == contextLevel)
                .findFirst()
                .orElse(null);
    }
}
