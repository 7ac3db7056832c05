package de.lotse.territory.web;

import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the territories. */
@RestController
@RequestMapping("/api/v1/territories")
@Tag(
        name = "Territories",
        description = "Länder, Kreise, Gemeindeverbände and Gemeinden with keys, area, population and boundaries")
class TerritoryApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Territories territories;

    TerritoryApiController(Territories territories) {
        this.territories = territories;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List territories",
            description = "With `parent`: the units directly below it, or with `level` all units of that level below it"
                    + " (e.g. the Gemeinden of a Kreis). Without `parent`: all units of `level` (default: the Länder)."
                    + " With `q`: units whose name contains the text or whose key starts with it.")
    @ApiResponse(responseCode = "200", description = "The units (an empty list if there are none)")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key or unknown level",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "The parent does not exist",
            content = @Content(mediaType = "application/problem+json"))
    List<TerritoryJson.TerritoryResponse> list(
            @Parameter(
                            description =
                                    "AGS (8 digits) or ARS (12 digits) or short key (2, 5, 9 digits) of the parent",
                            example = "03157")
                    @RequestParam(required = false)
                    String parent,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "STATE",
                                                "COUNTY",
                                                "ASSOCIATION",
                                                "MUNICIPALITY",
                                                "SOCIAL_SPACE"
                                            }))
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "Search text (name or key prefix)") @RequestParam(required = false) String q) {
        TerritoryLevel lvl = parseLevel(level);
        List<Territory> result;
        if (q != null && !q.isBlank()) {
            result = parent == null
                    ? territories.search(q, lvl, 100)
                    : territories.searchWithin(resolve(parent, null), q, lvl, 100);
        } else if (parent != null) {
            Territory p = resolve(parent, null);
            result = territories.children(p, lvl);
        } else {
            result = lvl == null ? territories.states() : territories.allOfLevel(lvl);
        }
        return result.stream().map(TerritoryJson.TerritoryResponse::of).toList();
    }

    @GetMapping(value = "/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One territory with its population history",
            description =
                    "The key is an AGS (8 digits), an ARS (12 digits) or the short key of a Land (2), Kreis (5) or"
                            + " Gemeindeverband (9). A kreisfreie Stadt, its Gemeindeverband and its Gemeinde share one ARS;"
                            + " pass `level` to choose.")
    @ApiResponse(responseCode = "200", description = "The territory")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No territory with this key",
            content = @Content(mediaType = "application/problem+json"))
    TerritoryJson.TerritoryResponse get(
            @PathVariable @Parameter(example = "03157006") String key, @RequestParam(required = false) String level) {
        Territory t = resolve(key, parseLevel(level));
        return TerritoryJson.TerritoryResponse.of(t, territories.populationHistory(t));
    }

    @GetMapping(
            value = "/{key}/children.geojson",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Boundaries of the units below as GeoJSON",
            description = "A GeoJSON FeatureCollection (RFC 7946, WGS84) of the units directly below (or, with `level`,"
                    + " all units of that level below) with simplified boundaries and the properties key, ars, ags,"
                    + " name, level, type, population, populationDate, areaKm2 and density (inhabitants per km²). Units"
                    + " without a boundary are left out.")
    @ApiResponse(responseCode = "200", description = "The FeatureCollection")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No territory with this key",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<String> childrenGeoJson(
            @PathVariable @Parameter(example = "03157") String key, @RequestParam(required = false) String level) {
        Territory t = resolve(key, null);
        String body = territories
                .featureCollection(territories.children(t, parseLevel(level)))
                .toString();
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    private Territory resolve(String key, TerritoryLevel level) {
        TerritoryKey parsed;
        try {
            parsed = new TerritoryKey(key);
        } catch (TerritoryKey.MalformedKeyException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        return territories
                .find(parsed, level)
                .orElseThrow(() -> ApiProblem.notFound("There is no territory with the key " + parsed.value()
                        + (level == null ? "" : " at level " + level) + "."));
    }

    static TerritoryLevel parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return TerritoryLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Unknown level '" + level + "'; use STATE, COUNTY, ASSOCIATION, MUNICIPALITY or"
                    + " SOCIAL_SPACE.");
        }
    }
}
