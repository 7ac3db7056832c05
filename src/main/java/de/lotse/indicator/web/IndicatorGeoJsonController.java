package de.lotse.indicator.web;

import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.Period;
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
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cross-section of one period as a GeoJSON FeatureCollection: the simplified boundary of every unit with its value
 * as the caller may see it (statistical confidentiality applied by {@link IndicatorReadModel}), ready for a choropleth
 * map. Written with a streaming generator; the boundaries are inserted as the stored GeoJSON text, never parsed.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicator catalogue, time series and cross-sections with rank and deviation")
class IndicatorGeoJsonController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final IndicatorReadModel readModel;
    private final Territories territories;
    private final JsonMapper json;

    IndicatorGeoJsonController(IndicatorReadModel readModel, Territories territories, JsonMapper json) {
        this.readModel = readModel;
        this.territories = territories;
        this.json = json;
    }

    @GetMapping(
            value = "/{key}/values.geojson",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Cross-section of one period as GeoJSON",
            description = "A GeoJSON FeatureCollection (RFC 7946, WGS84) of the units directly below `parent` (or, with"
                    + " `level`, all units of that level below it; `parent=DG` for all of Germany) with their"
                    + " simplified boundaries and the properties key, name, value, status, suppressed and rank (1 = best"
                    + " by the indicator's polarity), in the order of the cross-section of `/values`. Values withheld by"
                    + " statistical confidentiality are null with `suppressed: true` for the public; administrators and"
                    + " planners see them with `confidential: true`. Units without a boundary are left out. The"
                    + " collection's own properties name the indicator, period and level.")
    @ApiResponse(responseCode = "200", description = "The FeatureCollection")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key, period or level, or no period",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or territory",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> valuesGeoJson(
            @PathVariable @Parameter(example = "bevoelkerung") String key,
            @Parameter(
                            description = "Key of the parent (AGS, ARS or short key), or DG for all of Germany",
                            example = "03")
                    @RequestParam
                    String parent,
            @Parameter(description = "Level of the units, e.g. COUNTY; without it the parent's direct children")
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "The period, e.g. 2015, 2015-12-31, 2015/16", example = "2015") @RequestParam
                    String period) {
        Indicator indicator = indicator(key);
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        TerritoryLevel lvl = level(level);
        IndicatorReadModel.Audience audience = IndicatorApiController.audience();
        IndicatorReadModel.CrossSection section = IndicatorApiController.GERMANY.equalsIgnoreCase(parent.strip())
                ? readModel.nationalCrossSection(indicator.key(), lvl, p, audience)
                : readModel.crossSection(indicator.key(), territory(parent), lvl, p, audience);
        Map<Long, String> boundaries = readModel.displayBoundaries(
                section.rows().stream().map(r -> r.shown().territory()).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("type", "FeatureCollection");
            g.writeName("properties");
            g.writeStartObject();
            g.writeStringProperty("indicator", indicator.key().value());
            g.writeStringProperty("unit", indicator.definition().unit());
            g.writeStringProperty("period", p.toString());
            g.writeStringProperty("level", lvl == null ? null : lvl.name());
            g.writeEndObject();
            g.writeName("features");
            g.writeStartArray();
            for (IndicatorReadModel.Row row : section.rows()) {
                IndicatorReadModel.ShownValue v = row.shown();
                String geometry = boundaries.get(v.territory().id());
                if (geometry == null) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringProperty("type", "Feature");
                g.writeStringProperty("id", v.territory().key());
                g.writeName("properties");
                g.writeStartObject();
                g.writeStringProperty("key", v.territory().key());
                g.writeStringProperty("name", v.territory().name());
                g.writeName("value");
                if (v.value() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(v.value());
                }
                g.writeStringProperty(
                        "status", v.status() == null ? null : v.status().sign());
                g.writeBooleanProperty("suppressed", v.suppressed());
                g.writeBooleanProperty("confidential", v.confidential());
                g.writeName("rank");
                if (row.rank() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(row.rank());
                }
                g.writeEndObject();
                g.writeName("geometry");
                g.writeRawValue(geometry);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(out.toByteArray());
    }

    private Indicator indicator(String key) {
        IndicatorKey parsed;
        try {
            parsed = IndicatorKey.of(key);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        return readModel
                .find(parsed)
                .orElseThrow(() -> ApiProblem.notFound("There is no indicator with the key " + parsed + "."));
    }

    private Territory territory(String key) {
        TerritoryKey parsed;
        try {
            parsed = new TerritoryKey(key);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        return territories
                .find(parsed, null)
                .orElseThrow(() -> ApiProblem.notFound("There is no territory with the key " + parsed.value() + "."));
    }

    private static TerritoryLevel level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TerritoryLevel.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(
                    "Unknown level '" + text + "'; use one of " + Arrays.toString(TerritoryLevel.values()) + ".");
        }
    }
}
