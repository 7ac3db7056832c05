package de.lotse.indicator.web;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.PeerComparison;
import de.lotse.indicator.Period;
import de.lotse.indicator.SocialIndex;
import de.lotse.indicator.UnknownIndicatorException;
import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the analyses built on the indicator values: the social index and the peer comparison. Both use only
 * the values the public may see, for every caller, so their results are the same for everyone and never computed
 * from a suppressed value.
 */
@RestController
@RequestMapping("/api/v1/analysis")
@Tag(name = "Analysis", description = "Social index (Sozialindex) and peer comparison of Kreise")
class AnalysisApiController {

    private final SocialIndex socialIndex;
    private final PeerComparison peers;
    private final Territories territories;

    AnalysisApiController(SocialIndex socialIndex, PeerComparison peers, Territories territories) {
        this.socialIndex = socialIndex;
        this.peers = peers;
        this.territories = territories;
    }

    @GetMapping(value = "/social-index", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Composite social index of the units below a parent",
            description = "For each indicator the newest period whose last day is not after `period` and that has"
                    + " values visible to the public is used. Only territories with a visible value for every"
                    + " indicator get an index; the others list the `missing` inputs. Each indicator is standardised"
                    + " over those territories (z = (x − mean) / population standard deviation, 0 if all are equal)"
                    + " and signed so that a higher index means more need: unchanged for HIGHER_IS_WORSE and NEUTRAL,"
                    + " negated for HIGHER_IS_BETTER (`direction`). The contribution of an indicator is its weight"
                    + " share (weight / sum of weights) × its signed z-score; the index is the sum of contributions,"
                    + " 0 being the average territory. Rank 1 = highest index. Suppressed values count as missing for"
                    + " every caller.")
    @ApiResponse(responseCode = "200", description = "The index per territory")
    @ApiResponse(
            responseCode = "400",
            description = "Missing or malformed indicators, weights, parent, level or period; weights not one per"
                    + " indicator, negative or all 0; an indicator given twice; more than 20 indicators",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or territory",
            content = @Content(mediaType = "application/problem+json"))
    AnalysisJson.SocialIndexResponse socialIndex(
            @Parameter(description = "Indicator keys, comma-separated", example = "sgb2-quote-unter-15,anteil-80-plus")
                    @RequestParam(required = false)
                    String indicators,
            @Parameter(description = "Weights, one per indicator, comma-separated; default 1 each", example = "2,1")
                    @RequestParam(required = false)
                    String weights,
            @Parameter(description = "Key of the parent", example = "03157") @RequestParam(required = false)
                    String parent,
            @Parameter(description = "Level of the units, e.g. MUNICIPALITY; default the parent's direct children")
                    @RequestParam(required = false)
                    String level,
            @Parameter(
                            description = "The period, e.g. 2015; per indicator the newest up to it is used",
                            example = "2015")
                    @RequestParam(required = false)
                    String period) {
        List<SocialIndex.Input> inputs;
        TerritoryLevel lvl;
        Period p;
        try {
            inputs = AnalysisParameters.inputs(AnalysisParameters.indicators(indicators), weights);
            lvl = AnalysisParameters.level(level);
            p = AnalysisParameters.period(period, "period", true);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        Territory parentUnit = territory(parent, "parent");
        try {
            return AnalysisJson.SocialIndexResponse.of(socialIndex.compute(inputs, parentUnit, lvl, p));
        } catch (UnknownIndicatorException e) {
            throw ApiProblem.notFound("There is no indicator with the key " + e.key() + ".");
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    @GetMapping(value = "/peers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The German Kreise most similar to one Kreis",
            description = "For each indicator the newest period (not after `period`, if given) in which Kreise have"
                    + " values visible to the public is used. Current Kreise lacking a visible value for an indicator"
                    + " are left out and counted in `excluded`. Each indicator is standardised over the Kreise with"
                    + " complete data (z = (x − mean) / population standard deviation); the distance is the Euclidean"
                    + " distance of the z-scores. Returns the `n` nearest Kreise with their values side by side. If"
                    + " the Kreis itself lacks data, `target` is null, `peers` empty and `missing` names the inputs.")
    @ApiResponse(responseCode = "200", description = "The peers, nearest first")
    @ApiResponse(
            responseCode = "400",
            description = "Missing or malformed territory, indicators, n or period; the territory is no Kreis; n not"
                    + " 1 to 50; an indicator given twice or more than 20",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or territory",
            content = @Content(mediaType = "application/problem+json"))
    AnalysisJson.PeersResponse peers(
            @Parameter(description = "Key of the Kreis (5 digits)", example = "03157") @RequestParam(required = false)
                    String territory,
            @Parameter(description = "Indicator keys, comma-separated", example = "anteil-65-plus,sgb2-quote-unter-15")
                    @RequestParam(required = false)
                    String indicators,
            @Parameter(description = "Number of peers, 1 to 50", example = "5") @RequestParam(required = false)
                    String n,
            @Parameter(description = "Latest period to use; default the newest available", example = "2015")
                    @RequestParam(required = false)
                    String period) {
        List<IndicatorKey> keys;
        int count;
        Period p;
        try {
            keys = AnalysisParameters.indicators(indicators);
            count = AnalysisParameters.number(n, "n", 5, 1, PeerComparison.MAX_PEERS);
            p = AnalysisParameters.period(period, "period", false);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        Territory kreis = territory(territory, "territory");
        try {
            return AnalysisJson.PeersResponse.of(peers.compare(kreis, keys, count, p));
        } catch (UnknownIndicatorException e) {
            throw ApiProblem.notFound("There is no indicator with the key " + e.key() + ".");
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private Territory territory(String key, String name) {
        if (key == null || key.isBlank()) {
            throw ApiProblem.badRequest("'" + name + "' is missing: give the key of a territory, e.g. 03157.");
        }
        TerritoryKey parsed;
        try {
            parsed = new TerritoryKey(key);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("'" + name + "': " + e.getMessage());
        }
        return territories
                .find(parsed, null)
                .orElseThrow(() -> ApiProblem.notFound("There is no territory with the key " + parsed.value() + "."));
    }
}
