package de.lotse.indicator.web;

import de.lotse.indicator.EarlyWarning;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.LifeCourse;
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
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the early warning (current alerts of an area) and of the life course of a territory. Both apply
 * statistical confidentiality: the public never gets a suppressed value; planners and administrators get confidential
 * values marked.
 */
@RestController
@Tag(name = "Early warning", description = "Thresholds per indicator, alerts of an area, life course of a territory")
class EarlyWarningApiController {

    private final EarlyWarning earlyWarning;
    private final LifeCourse lifeCourse;
    private final Territories territories;

    EarlyWarningApiController(EarlyWarning earlyWarning, LifeCourse lifeCourse, Territories territories) {
        this.earlyWarning = earlyWarning;
        this.lifeCourse = lifeCourse;
        this.territories = territories;
    }

    @GetMapping(value = "/api/v1/analysis/early-warning", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Current early-warning alerts of an area",
            description = "Evaluates every threshold on the parent and every current unit below it, on the latest"
                    + " period with values of each indicator and level. A deviation rule compares a unit with all"
                    + " units of its level in the nearest Kreis or Land above it (z-score with the population standard"
                    + " deviation). Suppressed values raise no public alert; planners and administrators see such"
                    + " alerts with `confidential: true`.")
    @ApiResponse(responseCode = "200", description = "The alerts (an empty list if none)")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such territory, or no parent given and no home county loaded",
            content = @Content(mediaType = "application/problem+json"))
    WarningJson.EarlyWarningResponse earlyWarning(
            @Parameter(description = "Key of the area; default the home county", example = "03157")
                    @RequestParam(required = false)
                    String parent) {
        Territory area = parent == null || parent.isBlank()
                ? territories
                        .homeCounty()
                        .orElseThrow(() -> ApiProblem.notFound("No parent given and the home county is not loaded."))
                : territory(parent, null);
        IndicatorReadModel.Audience audience = IndicatorApiController.audience();
        return WarningJson.EarlyWarningResponse.of(earlyWarning.evaluate(area, audience), audience);
    }

    @GetMapping(value = "/api/v1/life-course/{territory}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The life course (Präventionskette) of a territory",
            description = "For each life stage in order, the indicators tagged with it for the territory's level: the"
                    + " latest visible value, the value of the nearest Kreis or Land above that has one for the same"
                    + " period, and a verdict by polarity (SIMILAR within `tolerancePercent` of the comparison"
                    + " value). A Land has no comparison region (Lotse has no unit for Germany).")
    @ApiResponse(responseCode = "200", description = "All stages, each possibly without indicators")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key or level",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such territory",
            content = @Content(mediaType = "application/problem+json"))
    WarningJson.LifeCourseResponse lifeCourse(
            @PathVariable @Parameter(description = "AGS, ARS or short key", example = "03157006") String territory,
            @Parameter(description = "Level, to choose among units sharing a key") @RequestParam(required = false)
                    String level) {
        Territory t = territory(territory, level);
        return WarningJson.LifeCourseResponse.of(lifeCourse.of(t, IndicatorApiController.audience()));
    }

    private Territory territory(String key, String level) {
        TerritoryKey parsed;
        TerritoryLevel lvl = null;
        try {
            parsed = new TerritoryKey(key);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        if (level != null && !level.isBlank()) {
            try {
                lvl = TerritoryLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("Unknown level '" + level + "'; use one of "
                        + java.util.Arrays.toString(TerritoryLevel.values()) + ".");
            }
        }
        return territories
                .find(parsed, lvl)
                .orElseThrow(() -> ApiProblem.notFound("There is no territory with the key " + key + "."));
    }
}
