package de.lotse.indicator.web;

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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

    /** The GENESIS key of Germany: as {@code parent}, a national cross-section (Lotse has no unit for Germany). */
    static final String GERMANY = "DG";

    private final IndicatorCatalog catalog;
    private final IndicatorReadModel readModel;
    private final Territories territories;

    IndicatorApiController(IndicatorCatalog catalog, IndicatorReadModel readModel, Territories territories) {
        this.catalog = catalog;
        this.readModel = readModel;
        this.territories = territories;
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
                    + " With `parent` and `period`: the units directly below the parent (or, with `level`, all units"
                    + " of that level below it), each with its rank (1 = best by the indicator's polarity, ties share"
                    + " a rank, none for suppressed or missing values) and its deviation from the parent's value."
                    + " Values withheld by statistical confidentiality are null with `suppressed: true` for the public;"
                    + " administrators and planners see them with `confidential: true`.")
    @ApiResponse(responseCode = "200", description = "The values (an empty `values` list if there are none)")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed key, period, level or year, or not exactly one of territory and parent",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or territory",
            content = @Content(mediaType = "application/problem+json"))
    IndicatorJson.ValuesResponse values(
            @PathVariable @Parameter(example = "bevoelkerung") String key,
            @Parameter(description = "Time series: AGS, ARS or short key of the territory", example = "03157006")
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
                    String period) {
        if ((territory == null) == (parent == null)) {
            throw ApiProblem.badRequest("Give exactly one of 'territory' (time series) and 'parent' (cross-section).");
        }
        Indicator indicator = indicator(key);
        IndicatorReadModel.Audience audience = audience();
        return territory != null
                ? timeSeries(indicator, territory, from, to, level, period, audience)
                : crossSection(indicator, parent, level, period, from, to, audience);
    }

    private IndicatorJson.ValuesResponse timeSeries(
            Indicator indicator,
            String territoryKey,
            String from,
            String to,
            String level,
            String period,
            IndicatorReadModel.Audience audience) {
        if (level != null || period != null) {
            throw ApiProblem.badRequest("'level' and 'period' belong to a cross-section (with 'parent').");
        }
        int first = year(from, "from", Integer.MIN_VALUE);
        int last = year(to, "to", Integer.MAX_VALUE);
        if (first > last) {
            throw ApiProblem.badRequest("'from' (" + from + ") is after 'to' (" + to + ").");
        }
        Territory t = territory(territoryKey);
        List<IndicatorJson.ValueRow> rows = readModel.timeSeries(indicator.key(), t, audience).stream()
                .filter(v -> v.period().start().getYear() >= first
                        && v.period().start().getYear() <= last)
                .map(v -> IndicatorJson.ValueRow.of(v, null, null))
                .toList();
        return response(
                indicator,
                "TIME_SERIES",
                new IndicatorJson.TerritoryRef(t.key(), t.name(), t.level().name()),
                null,
                null,
                null,
                rows);
    }

    private IndicatorJson.ValuesResponse crossSection(
            Indicator indicator,
            String parentKey,
            String level,
            String period,
            String from,
            String to,
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
        TerritoryLevel lvl = parse(TerritoryLevel.class, "level", level);
        IndicatorReadModel.CrossSection section = GERMANY.equalsIgnoreCase(parentKey.strip())
                ? readModel.nationalCrossSection(indicator.key(), lvl, p, audience)
                : readModel.crossSection(indicator.key(), territory(parentKey), lvl, p, audience);
        return response(
                indicator,
                "CROSS_SECTION",
                null,
                section.parent() == null ? null : IndicatorJson.ValueRow.of(section.parent(), null, null),
                p.toString(),
                lvl == null ? null : lvl.name(),
                section.rows().stream().map(IndicatorJson.ValueRow::of).toList());
    }

    private static IndicatorJson.ValuesResponse response(
            Indicator indicator,
            String kind,
            IndicatorJson.TerritoryRef territory,
            IndicatorJson.ValueRow parent,
            String period,
            String level,
            List<IndicatorJson.ValueRow> rows) {
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
                rows);
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
