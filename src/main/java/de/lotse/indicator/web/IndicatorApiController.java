package de.lotse.indicator.web;

import de.lotse.indicator.CrossSectionAnalysis;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorFilter;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.Period;
import de.lotse.indicator.Topic;
import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON API of the indicator catalogue and its values. Every value response applies statistical confidentiality:
 * anonymous callers, viewers and providers get the public view, administrators and planners the raw values marked
 * {@code confidential}.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicator catalogue, time series and cross-sections with rank and deviation")
class IndicatorApiController {

    /** The roles allowed to see values withheld from the public. */
    private static final Set<String> PERMITTED = Set.of("ROLE_ADMIN", "ROLE_PLANNER");

    /** At most this many time series side by side. */
    static final int MAX_SERIES = 20;

    /** The GENESIS key of Germany: as {@code parent}, a national cross-section (Lotse has no unit for Germany). */
    static final String GERMANY = "DG";

    private final IndicatorCatalog catalog;
    private final IndicatorReadModel readModel;
    private final Territories territories;
    private final CrossSectionAnalysis analysis;
    private final ValuesResponseCache cache;
    private final JsonMapper json;

    IndicatorApiController(
            IndicatorCatalog catalog,
            IndicatorReadModel readModel,
            Territories territories,
            CrossSectionAnalysis analysis,
            ValuesResponseCache cache,
            JsonMapper json) {
        this.catalog = catalog;
        this.readModel = readModel;
        this.territories = territories;
        this.analysis = analysis;
        this.cache = cache;
        this.json = json;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List the indicator catalogue",
            description =
                    "Filters combine with \"and\"; `q` searches key, names and definition. Sorted by German" + " name.")
    @ApiResponse(responseCode = "200", description = "The indicators (an empty list if none match)")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown topic, life stage or level",
            content = @Content(mediaType = "application/problem+json"))
    List<IndicatorJson.IndicatorResponse> list(
            @Parameter(description = "Topic, e.g. SOCIAL_SECURITY") @RequestParam(required = false) String topic,
            @Parameter(description = "Life stage, e.g. CRECHE") @RequestParam(required = false) String lifeStage,
            @Parameter(description = "Territorial level, e.g. MUNICIPALITY") @RequestParam(required = false)
                    String level,
            @Parameter(description = "Search text") @RequestParam(required = false) String q) {
        IndicatorFilter filter = new IndicatorFilter(
                parse(Topic.class, "topic", topic),
                parse(LifeStage.class, "lifeStage", lifeStage),
                parse(TerritoryLevel.class, "level", level),
                q);
        return catalog.list(filter).stream()
                .map(IndicatorJson.IndicatorResponse::of)
                .toList();
    }

    @GetMapping(value = "/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One indicator with all its metadata, in its current version")
    @ApiResponse(responseCode = "200", description = "The indicator")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No indicator with this key",
            content = @Content(mediaType = "application/problem+json"))
    IndicatorJson.IndicatorResponse get(@PathVariable @Parameter(example = "bevoelkerung") String key) {
        return IndicatorJson.IndicatorResponse.of(indicator(key));
    }

    @GetMapping(value = "/{key}/values", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Time series of one territory or cross-section of one period",
            description = "Exactly one of `territory` and `parent`. With `territory` (AGS, ARS or short key): its time"
                    + " series, oldest first, optionally limited to the periods starting in the years `from` to `to`."
                    + " Several territories side by side: give a comma-separated list (`territory=03157,03354,03`, at"
                    + " most " + MAX_SERIES
                    + "); `series` then holds one time series per territory in the order given and"
                    + " `values` all their values. With `parent` and `period`: the units directly below the parent (or,"
                    + " with `level`, all units of that level below it), each with its rank (1 = best by the"
                    + " indicator's polarity, ties share a rank, none for suppressed or missing values), its deviation"
                    + " from the parent's value, its `zScore` (over the values of the rows visible to the public,"
                    + " population standard deviation; see `statistics`), `changePrevious` (against the previous"
                    + " period of the same kind that has values, named in `previousPeriod`), `changeBase` (against"
                    + " `base`: a period of the same kind, or a year, which is moved to the period's kind, e.g."
                    + " base=2010 for period=2015-12-31 means 2010-12-31) and `comparisons` (deviation from every"
                    + " ancestor with a value in the period, nearest first: Gemeindeverband, Kreis, Land; Germany as a"
                    + " whole is no territory in Lotse). Values withheld by statistical confidentiality are null with"
                    + " `suppressed: true` for the public and never enter a z-score, a change or a comparison;"
                    + " administrators and planners see them with `confidential: true`. `enrich=false` gives the plain"
                    + " cross-section (rank and deviation from the parent only), which needs fewer queries.")
    @ApiResponse(
            responseCode = "200",
            description = "The values (an empty `values` list if there are none)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = IndicatorJson.ValuesResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key, period, base, level or year, a base not before the period, too many"
                    + " territories, or not exactly one of territory and parent",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or territory",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> values(
            @PathVariable @Parameter(example = "bevoelkerung") String key,
            @Parameter(
                            description = "Time series: AGS, ARS or short key of the territory, or several separated"
                                    + " by commas",
                            example = "03157006")
                    @RequestParam(required = false)
                    String territory,
            @Parameter(description = "Time series: first year", example = "2010") @RequestParam(required = false)
                    String from,
            @Parameter(description = "Time series: last year", example = "2015") @RequestParam(required = false)
                    String to,
            @Parameter(
                            description = "Cross-section: key of the parent, or DG for all of Germany (then without a"
                                    + " parent value and without deviations)",
                            example = "03157")
                    @RequestParam(required = false)
                    String parent,
            @Parameter(description = "Cross-section: level of the rows, e.g. MUNICIPALITY")
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "Cross-section: the period, e.g. 2015, 2015-12-31, 2015/16", example = "2015")
                    @RequestParam(required = false)
                    String period,
            @Parameter(
                            description = "Cross-section: base period of changeBase, of the period's kind or a year",
                            example = "2010")
                    @RequestParam(required = false)
                    String base,
            @Parameter(
                            description = "Cross-section: false leaves out zScore, changes and comparisons (the plain"
                                    + " cross-section with rank and deviation, as before; faster)",
                            example = "true")
                    @RequestParam(required = false)
                    String enrich,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "`no-cache` computes the response afresh instead of answering a repeated"
                                    + " request from the kept response (which is only kept while no value, indicator"
                                    + " or territory has changed)")
                    @RequestHeader(value = HttpHeaders.CACHE_CONTROL, required = false)
                    String cacheControl) {
        if ((territory == null) == (parent == null)) {
            throw ApiProblem.badRequest("Give exactly one of 'territory' (time series) and 'parent' (cross-section).");
        }
        Indicator indicator = indicator(key);
        IndicatorReadModel.Audience audience = audience();
        // a repeated request is answered from the serialised response while nothing it depends on has changed
        String stamp = readModel.readStamp(indicator);
        ValuesResponseCache.Key cacheKey = new ValuesResponseCache.Key(
                indicator.key().value(),
                audience.name(),
                Stream.of(territory, from, to, parent, level, period, base, enrich)
                        .map(p -> p == null ? "\u0000" : p)
                        .collect(Collectors.joining("\u001f")));
        boolean fresh =
                cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        byte[] body = fresh ? null : cache.get(cacheKey, stamp);
        if (body == null) {
            IndicatorJson.ValuesResponse response = territory != null
                    ? timeSeries(indicator, territory, from, to, level, period, base, enrich, audience)
                    : crossSection(indicator, parent, level, period, from, to, base, enrich, audience);
            body = json.writeValueAsBytes(response);
            cache.put(cacheKey, stamp, body);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private IndicatorJson.ValuesResponse timeSeries(
            Indicator indicator,
            String territoryKey,
            String from,
            String to,
            String level,
            String period,
            String base,
            String enrich,
            IndicatorReadModel.Audience audience) {
        if (level != null || period != null || base != null || enrich != null) {
            throw ApiProblem.badRequest(
                    "'level', 'period', 'base' and 'enrich' belong to a cross-section (with 'parent').");
        }
        int first = year(from, "from", Integer.MIN_VALUE);
        int last = year(to, "to", Integer.MAX_VALUE);
        if (first > last) {
            throw ApiProblem.badRequest("'from' (" + from + ") is after 'to' (" + to + ").");
        }
        List<String> keys = java.util.Arrays.stream(territoryKey.split(","))
                .map(String::strip)
                .toList();
        if (keys.size() > MAX_SERIES) {
            throw ApiProblem.badRequest(
                    "At most " + MAX_SERIES + " territories side by side, not " + keys.size() + ".");
        }
        List<IndicatorJson.Series> series = new java.util.ArrayList<>();
        List<IndicatorJson.ValueRow> all = new java.util.ArrayList<>();
        for (String k : keys) {
            if (k.isEmpty()) {
                throw ApiProblem.badRequest("'territory' has an empty entry: '" + territoryKey + "'.");
            }
            Territory t = territory(k);
            List<IndicatorJson.ValueRow> rows = readModel.timeSeries(indicator.key(), t, audience).stream()
                    .filter(v -> v.period().start().getYear() >= first
                            && v.period().start().getYear() <= last)
                    .map(v -> IndicatorJson.ValueRow.of(v, null, null))
                    .toList();
            series.add(new IndicatorJson.Series(IndicatorJson.TerritoryRef.of(t), rows));
            all.addAll(rows);
        }
        return response(
                indicator,
                "TIME_SERIES",
                series.size() == 1 ? series.getFirst().territory() : null,
                null,
                null,
                null,
                all,
                null,
                null,
                null,
                series);
    }

    private IndicatorJson.ValuesResponse crossSection(
            Indicator indicator,
            String parentKey,
            String level,
            String period,
            String from,
            String to,
            String base,
            String enrich,
            IndicatorReadModel.Audience audience) {
        if (from != null || to != null) {
            throw ApiProblem.badRequest("'from' and 'to' belong to a time series (with 'territory').");
        }
        if (period == null || period.isBlank()) {
            throw ApiProblem.badRequest("A cross-section needs a 'period', e.g. 2015 or 2015-12-31.");
        }
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        Period basePeriod = null;
        if (base != null && !base.isBlank()) {
            try {
                basePeriod = CrossSectionAnalysis.alignBase(p, Period.parse(base));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("'base': " + e.getMessage());
            }
        }
        boolean enriched = enrich == null || enrich.isBlank() || enrich.strip().equalsIgnoreCase("true");
        if (!enriched && !enrich.strip().equalsIgnoreCase("false")) {
            throw ApiProblem.badRequest("'enrich' is true or false, not '" + enrich + "'.");
        }
        if (!enriched && basePeriod != null) {
            throw ApiProblem.badRequest("'base' needs the enriched cross-section; leave out 'enrich=false'.");
        }
        TerritoryLevel lvl = parse(TerritoryLevel.class, "level", level);
        boolean national = GERMANY.equalsIgnoreCase(parentKey.strip());
        if (!enriched || national) {
            // Germany has no unit of its own: its cross-section has no parent value, so nothing to deviate from
            IndicatorReadModel.CrossSection section = national
                    ? readModel.nationalCrossSection(indicator.key(), lvl, p, audience)
                    : readModel.crossSection(indicator.key(), territory(parentKey), lvl, p, audience);
            return response(
                    indicator,
                    "CROSS_SECTION",
                    null,
                    section.parent() == null ? null : IndicatorJson.ValueRow.of(section.parent(), null, null),
                    p.toString(),
                    lvl == null ? null : lvl.name(),
                    section.rows().stream().map(IndicatorJson.ValueRow::of).toList(),
                    null,
                    null,
                    null,
                    null);
        }
        Territory parent = territory(parentKey);
        CrossSectionAnalysis.Analysis result = analysis.analyse(indicator.key(), parent, lvl, p, basePeriod, audience);
        String previous = result.previous() == null ? null : result.previous().toString();
        String baseText = basePeriod == null ? null : basePeriod.toString();
        return response(
                indicator,
                "CROSS_SECTION",
                null,
                IndicatorJson.ValueRow.of(result.section().parent(), null, null),
                p.toString(),
                lvl == null ? null : lvl.name(),
                result.rows().stream()
                        .map(r -> IndicatorJson.ValueRow.of(r, previous, baseText))
                        .toList(),
                previous,
                baseText,
                IndicatorJson.Moments.of(result.moments()),
                null);
    }

    private static IndicatorJson.ValuesResponse response(
            Indicator indicator,
            String kind,
            IndicatorJson.TerritoryRef territory,
            IndicatorJson.ValueRow parent,
            String period,
            String level,
            List<IndicatorJson.ValueRow> rows,
            String previousPeriod,
            String basePeriod,
            IndicatorJson.Moments statistics,
            List<IndicatorJson.Series> series) {
        IndicatorDefinition d = indicator.definition();
        return new IndicatorJson.ValuesResponse(
                d.key().value(),
                d.unit(),
                d.decimals(),
                d.polarity().name(),
                kind,
                territory,
                parent,
                period,
                level,
                rows,
                previousPeriod,
                basePeriod,
                statistics,
                series);
    }

    /** Anonymous callers, viewers and providers see the public view; administrators and planners the raw values. */
    static IndicatorReadModel.Audience audience() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return IndicatorReadModel.Audience.PUBLIC;
        }
        boolean permitted = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(PERMITTED::contains);
        return permitted ? IndicatorReadModel.Audience.PERMITTED : IndicatorReadModel.Audience.PUBLIC;
    }

    private Indicator indicator(String key) {
        IndicatorKey parsed;
        try {
            parsed = IndicatorKey.of(key);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        return catalog.find(parsed)
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

    private static int year(String text, String name, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        if (!text.strip().matches("\\d{4}")) {
            throw ApiProblem.badRequest("'" + name + "' is a year of four digits, not '" + text + "'.");
        }
        return Integer.parseInt(text.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Unknown " + name + " '" + text + "'; use one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
