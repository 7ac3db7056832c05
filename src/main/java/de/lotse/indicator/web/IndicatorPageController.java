package de.lotse.indicator.web;

import de.lotse.indicator.Formula;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.IndicatorReadModel.Audience;
import de.lotse.indicator.IndicatorReadModel.ShownValue;
import de.lotse.indicator.MapClassification;
import de.lotse.indicator.MapPalette;
import de.lotse.indicator.Period;
import de.lotse.indicator.ValueCoverage;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator page ({@code /indikatoren/{key}}): definition, choropleth map with classification and legend, sortable
 * data table, time series of one territory, source line and downloads of both as CSV, XLSX and JSON. All values come
 * from {@link IndicatorReadModel} with the caller's audience, so statistical confidentiality applies to page and
 * downloads alike.
 */
@Controller
@Tag(name = "Indicator downloads", description = "Cross-sections and time series of an indicator as CSV, XLSX or JSON")
class IndicatorPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private static final List<String> SORTS = List.of("rank", "name", "value", "deviation");

    /** The value of the parent parameter for Germany as a whole. */
    static final String NATIONAL = "DE";

    private final IndicatorReadModel readModel;
    private final IndicatorCatalog catalog;
    private final ValueCoverage coverage;
    private final Territories territories;
    private final MessageSource messages;
    private final JsonMapper json;

    IndicatorPageController(
            IndicatorReadModel readModel,
            IndicatorCatalog catalog,
            ValueCoverage coverage,
            Territories territories,
            MessageSource messages,
            JsonMapper json) {
        this.readModel = readModel;
        this.catalog = catalog;
        this.coverage = coverage;
        this.territories = territories;
        this.messages = messages;
        this.json = json;
    }

    // --- page ----------------------------------------------------------------------------------------------------

    @GetMapping("/indikatoren/{key}")
    String page(
            @PathVariable String key,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String classes,
            @RequestParam(required = false) String breaks,
            @RequestParam(required = false) String palette,
            @RequestParam(required = false) String territory,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale) {
        Indicator indicator = indicator(key);
        IndicatorDefinition d = indicator.definition();
        Audience audience = IndicatorApiController.audience();
        String lang = "en".equals(locale.getLanguage()) ? "en" : "de";
        Selection selection = select(indicator, parent, level, period);
        model.addAttribute("indicator", indicator);
        model.addAttribute("d", d);
        model.addAttribute("name", d.name().in(lang));
        model.addAttribute("shortName", d.shortName().in(lang));
        model.addAttribute("formulaInputs", formulaInputs(d.formula(), lang));
        model.addAttribute(
                "formulaType",
                switch (d.formula()) {
                    case Formula.Raw raw -> "RAW";
                    case Formula.Ratio ratio -> "RATIO";
                    case Formula.Expression expression -> "EXPRESSION";
                });
        model.addAttribute(
                "versionDate",
                DateTimeFormatter.ofPattern("dd.MM.yyyy")
                        .withZone(ZoneId.of("Europe/Berlin"))
                        .format(indicator.versionValidFrom()));
        model.addAttribute("sel", selection);
        model.addAttribute("permitted", audience == Audience.PERMITTED);
        model.addAttribute("sourceLine", sourceLine(d, locale));

        // classification settings: invalid input is reported next to the field and the default is used
        Map<String, String> errors = new LinkedHashMap<>();
        MapClassification.Method m = MapClassification.Method.QUANTILE;
        try {
            m = MapClassification.Method.parse(method);
        } catch (IllegalArgumentException e) {
            errors.put("method", msg("indicatorpage.error.method", locale, method));
        }
        int k = 5;
        if (classes != null && !classes.isBlank()) {
            try {
                k = Integer.parseInt(classes.strip());
                if (k < MapClassification.MIN_CLASSES || k > MapClassification.MAX_CLASSES) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.put("classes", msg("indicatorpage.error.classes", locale, classes));
                k = 5;
            }
        }
        MapPalette p = MapPalette.YL_GN_BU;
        try {
            p = MapPalette.parse(palette);
        } catch (IllegalArgumentException e) {
            errors.put("palette", msg("indicatorpage.error.palette", locale, palette));
        }
        List<BigDecimal> manual = List.of();
        if (m == MapClassification.Method.MANUAL) {
            try {
                manual = MapClassification.parseBreaks(breaks);
                MapClassification.classify(List.of(), m, 0, manual, 0);
            } catch (IllegalArgumentException e) {
                errors.put("breaks", msg("indicatorpage.error.breaks", locale, breaks == null ? "" : breaks));
                m = MapClassification.Method.QUANTILE;
            }
        }
        Form form = new Form(
                selection.national()
                        ? NATIONAL
                        : selection.parent() == null ? null : selection.parent().key(),
                selection.level() == null ? null : selection.level().name(),
                selection.period() == null ? null : selection.period().toString(),
                errors.containsKey("method") ? "QUANTILE" : m.name(),
                k,
                breaks == null ? "" : breaks,
                p.name(),
                null,
                sort != null && SORTS.contains(sort) ? sort : "rank",
                "desc".equals(dir) ? "desc" : "asc");
        model.addAttribute("errors", errors);
        model.addAttribute("methods", MapClassification.Method.values());
        model.addAttribute("palettes", MapPalette.values());

        if (selection.hasCrossSection()) {
            Section section = section(indicator, selection, audience, locale);
            List<IndicatorReadModel.Row> rows = section.rows();
            List<BigDecimal> values = rows.stream()
                    .map(r -> r.shown().value())
                    .filter(v -> v != null)
                    .toList();
            MapClassification.Classes cls = MapClassification.classify(values, m, k, manual, d.decimals());
            BigDecimal reference =
                    section.parent() == null ? null : section.parent().value();
            List<String> colours = p.colours(cls, d.polarity(), reference);
            List<TableRow> table = new ArrayList<>();
            for (IndicatorReadModel.Row r : rows) {
                int c = cls.classOf(r.shown().value());
                table.add(new TableRow(
                        r.shown().territory(),
                        r.shown(),
                        r.rank(),
                        NumberText.format(r.shown().value(), d.decimals(), locale),
                        NumberText.signed(r.deviation(), d.decimals(), locale),
                        r.relativeDeviation() == null ? "" : NumberText.signed(r.relativeDeviation(), 1, locale) + " %",
                        r.deviation(),
                        c,
                        c < 0 ? null : colours.get(c)));
            }
            table = sorted(table, form.sort(), form.dir(), locale);
            List<LegendEntry> legend = legend(cls, colours, d.decimals(), locale);
            long missing = rows.size() - values.size();
            model.addAttribute("section", section);
            model.addAttribute(
                    "parentValueText",
                    section.parent() == null
                            ? ""
                            : NumberText.format(section.parent().value(), d.decimals(), locale));
            model.addAttribute("geojson", geojson(selection));
            model.addAttribute("rows", table);
            model.addAttribute("classification", cls);
            model.addAttribute("legend", legend);
            model.addAttribute("legendTitle", legendTitle(cls, p, locale));
            model.addAttribute("missingCount", missing);
            model.addAttribute("mapSummary", mapSummary(d, table, section, locale));
            model.addAttribute(
                    "statuses", statusesIn(table.stream().map(TableRow::shown).toList()));

            // time series: the chosen territory (default: the parent), one of the parent and its units
            Territory seriesOf = selection.national()
                    ? (selection.parents().isEmpty()
                            ? rows.getFirst().shown().territory()
                            : selection.parents().getFirst())
                    : selection.parent();
            if (territory != null && !territory.isBlank()) {
                seriesOf = territory(territory);
            }
            form = form.withTerritory(seriesOf.key());
            List<Territory> seriesChoices = new ArrayList<>();
            if (selection.national()) {
                seriesChoices.addAll(selection.parents());
            } else {
                seriesChoices.add(selection.parent());
            }
            rows.forEach(r -> seriesChoices.add(r.shown().territory()));
            long seriesId = seriesOf.id();
            if (seriesChoices.stream().noneMatch(t -> t.id() == seriesId)) {
                seriesChoices.add(seriesOf);
            }
            List<ShownValue> series = TimeSeries.of(readModel, coverage, indicator, seriesOf, audience);
            model.addAttribute("seriesOf", seriesOf);
            model.addAttribute("seriesChoices", seriesChoices);
            model.addAttribute(
                    "series",
                    series.stream()
                            .map(v -> new SeriesRow(v, NumberText.format(v.value(), d.decimals(), locale)))
                            .toList());
            model.addAttribute(
                    "seriesSummary", Sparkline.summary(series, d.decimals(), locale, messages, seriesOf.name()));
            Set<String> seriesStatuses = new LinkedHashSet<>(statusesIn(series));
            model.addAttribute("seriesStatuses", List.copyOf(seriesStatuses));
        }
        model.addAttribute("form", form);
        return "indicator/indicator";
    }

    // --- downloads -----------------------------------------------------------------------------------------------

    @GetMapping({"/indikatoren/{key}/daten.csv", "/indikatoren/{key}/daten.xlsx", "/indikatoren/{key}/daten.json"})
    @Operation(
            summary = "Download a cross-section as CSV, XLSX or JSON",
            description = "The values of one period for the units below a parent (default: the home county and the"
                    + " first level below it the indicator exists for; default period: the latest), with rank and"
                    + " deviation. CSV: UTF-8 with BOM, ';', decimal comma. XLSX: sheets 'Daten' and 'Metadaten'."
                    + " Values withheld by statistical confidentiality are empty with their status for the public.")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "400", description = "Malformed key, level or period")
    @ApiResponse(responseCode = "404", description = "No such indicator or territory")
    ResponseEntity<byte[]> crossSectionDownload(
            @PathVariable @Parameter(example = "bevoelkerung") String key,
            @Parameter(description = "Key of the parent", example = "03157") @RequestParam(required = false)
                    String parent,
            @Parameter(description = "Level of the rows, e.g. MUNICIPALITY") @RequestParam(required = false)
                    String level,
            @Parameter(description = "Period, e.g. 2015") @RequestParam(required = false) String period,
            jakarta.servlet.http.HttpServletRequest request,
            Locale locale)
            throws IOException {
        Indicator indicator = indicator(key);
        Selection s = select(indicator, parent, level, period);
        if (!s.hasCrossSection()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There are no values to download.");
        }
        Audience audience = IndicatorApiController.audience();
        Section section = section(indicator, s, audience, locale);
        List<ValueDownload.Row> rows = new ArrayList<>();
        for (IndicatorReadModel.Row r : section.rows()) {
            rows.add(row(r.shown(), r.rank(), r.deviation(), r.relativeDeviation(), locale));
        }
        String scope = msg(
                "indicatorpage.download.scope.crossSection",
                locale,
                msg("level." + s.level().name(), locale),
                section.parentName(),
                s.period().toString());
        String file = indicator.key().value() + "_"
                + (s.national() ? NATIONAL : s.parent().key()) + "_"
                + s.level().name().toLowerCase(Locale.ROOT) + "_"
                + s.period().toString().replace('/', '-');
        return download(indicator, "CROSS_SECTION", scope, rows, file, request.getRequestURI(), locale);
    }

    @GetMapping({
        "/indikatoren/{key}/zeitreihe.csv",
        "/indikatoren/{key}/zeitreihe.xlsx",
        "/indikatoren/{key}/zeitreihe.json"
    })
    @Operation(
            summary = "Download the time series of one territory as CSV, XLSX or JSON",
            description = "All periods of the territory (default: the home county), oldest first. Formats as for the"
                    + " cross-section; suppressed values are empty with their status for the public.")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "400", description = "Malformed key")
    @ApiResponse(responseCode = "404", description = "No such indicator or territory")
    ResponseEntity<byte[]> timeSeriesDownload(
            @PathVariable @Parameter(example = "bevoelkerung") String key,
            @Parameter(description = "Key of the territory", example = "03157") @RequestParam(required = false)
                    String territory,
            jakarta.servlet.http.HttpServletRequest request,
            Locale locale)
            throws IOException {
        Indicator indicator = indicator(key);
        Territory t = territory == null || territory.isBlank()
                ? territories
                        .homeCounty()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No home county"))
                : territory(territory);
        Audience audience = IndicatorApiController.audience();
        List<ValueDownload.Row> rows = TimeSeries.of(readModel, coverage, indicator, t, audience).stream()
                .map(v -> row(v, null, null, null, locale))
                .toList();
        String scope = msg("indicatorpage.download.scope.timeSeries", locale, t.name());
        String file = indicator.key().value() + "_" + t.key() + "_zeitreihe";
        return download(indicator, "TIME_SERIES", scope, rows, file, request.getRequestURI(), locale);
    }

    private ResponseEntity<byte[]> download(
            Indicator indicator,
            String kind,
            String scope,
            List<ValueDownload.Row> rows,
            String fileName,
            String uri,
            Locale locale)
            throws IOException {
        IndicatorDefinition d = indicator.definition();
        String lang = "en".equals(locale.getLanguage()) ? "en" : "de";
        Instant now = Instant.now();
        String source = sourceLine(d, locale);
        List<ValueDownload.Label> meta = new ArrayList<>();
        Function<String, String> label = k -> msg("indicatorpage.meta." + k, locale);
        meta.add(new ValueDownload.Label(label.apply("indicator"), d.name().in(lang) + " (" + d.key() + ")"));
        meta.add(new ValueDownload.Label(label.apply("scope"), scope));
        meta.add(new ValueDownload.Label(label.apply("definition"), d.definition()));
        meta.add(new ValueDownload.Label(label.apply("unit"), d.unit()));
        meta.add(new ValueDownload.Label(label.apply("version"), String.valueOf(indicator.version())));
        meta.add(new ValueDownload.Label(label.apply("source"), source));
        meta.add(new ValueDownload.Label(
                label.apply("licence"), d.licence() == null ? msg("indicatorpage.none", locale) : d.licence()));
        meta.add(new ValueDownload.Label(
                label.apply("attribution"),
                d.attribution() == null ? msg("indicatorpage.none", locale) : d.attribution()));
        meta.add(new ValueDownload.Label(
                label.apply("confidentiality"), msg("indicatorpage.meta.confidentialityNote", locale)));
        meta.add(new ValueDownload.Label(
                label.apply("retrieved"),
                DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                                .withZone(ZoneId.of("Europe/Berlin"))
                                .format(now)
                        + " (Lotse)"));
        List<String> headers = List.of(
                msg("indicatorpage.col.key", locale),
                msg("indicatorpage.col.territory", locale),
                msg("indicatorpage.col.level", locale),
                msg("indicatorpage.col.period", locale),
                msg("indicatorpage.col.value", locale) + " (" + d.unit() + ")",
                msg("indicatorpage.col.status", locale),
                msg("indicatorpage.col.note", locale),
                msg("indicatorpage.col.rank", locale),
                msg("indicatorpage.col.deviation", locale),
                msg("indicatorpage.col.deviationPercent", locale),
                msg("indicatorpage.col.source", locale),
                msg("indicatorpage.col.licence", locale));
        ValueDownload download = new ValueDownload(
                d.key().value(),
                d.name().in(lang),
                kind,
                scope,
                d.unit(),
                d.decimals(),
                indicator.version(),
                meta,
                headers,
                rows,
                source,
                d.licence(),
                now);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        String extension;
        if (uri.endsWith(".csv")) {
            ValueDownloadWriters.csv(download, out);
            type = CSV;
            extension = ".csv";
        } else if (uri.endsWith(".xlsx")) {
            ValueDownloadWriters.xlsx(download, out);
            type = XLSX;
            extension = ".xlsx";
        } else {
            ValueDownloadWriters.json(download, json, out);
            type = MediaType.APPLICATION_JSON;
            extension = ".json";
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName + extension)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    private ValueDownload.Row row(
            ShownValue v, Integer rank, BigDecimal deviation, BigDecimal relative, Locale locale) {
        String note = v.confidential()
                ? msg("indicatorpage.confidential", locale)
                : v.suppressed() ? msg("indicatorpage.suppressed", locale) : "";
        return new ValueDownload.Row(
                v.territory().key(),
                v.territory().name(),
                msg("level." + v.territory().level().name(), locale),
                v.period().toString(),
                v.value(),
                v.status() == null ? null : v.status().sign(),
                note,
                v.suppressed(),
                v.confidential(),
                rank,
                deviation,
                relative);
    }

    // --- selection -----------------------------------------------------------------------------------------------

    /**
     * What the page shows: parent, level, period and the choices offered for each.
     *
     * @param parent the parent, {@code null} without territories or for Germany as a whole
     * @param national whether all Länder or all Kreise of Germany are shown (no parent unit exists for Germany)
     * @param level the level of the rows
     * @param period the period, {@code null} without values
     * @param parents the parents offered (home county and its Land, plus the chosen one)
     * @param levels the levels offered below the parent
     * @param periods the periods with values, newest first
     */
    record Selection(
            Territory parent,
            boolean national,
            TerritoryLevel level,
            Period period,
            List<Territory> parents,
            List<TerritoryLevel> levels,
            List<Period> periods) {

        boolean hasCrossSection() {
            return (parent != null || national) && level != null && period != null;
        }
    }

    /**
     * The rows of a cross-section as the page and the downloads show them.
     *
     * @param parent the parent's value, {@code null} for Germany (there is no national unit to read it from)
     * @param parentName the parent's name, "Deutschland" for Germany
     * @param rows the rows
     */
    record Section(ShownValue parent, String parentName, List<IndicatorReadModel.Row> rows) {}

    /** Whether the indicator has a level below the territory (an indicator that states no levels has all). */
    private static boolean existsBelow(Indicator indicator, Territory territory) {
        Set<TerritoryLevel> defined = indicator.definition().levels();
        return defined.isEmpty()
                || defined.stream()
                        .anyMatch(l -> l.ordinal() > territory.level().ordinal());
    }

    private Selection select(Indicator indicator, String parentKey, String levelText, String periodText) {
        Optional<Territory> home = territories.homeCounty();
        boolean national = parentKey != null && NATIONAL.equalsIgnoreCase(parentKey.strip());
        Territory chosen =
                national ? null : parentKey == null || parentKey.isBlank() ? home.orElse(null) : territory(parentKey);
        if ((parentKey == null || parentKey.isBlank()) && chosen != null && !existsBelow(indicator, chosen)) {
            // e.g. a rate published for Kreise only: show the home county among the Kreise of its Land
            Territory start = chosen;
            chosen = territories.ancestors(start).stream()
                    .filter(a -> a.level() == TerritoryLevel.STATE)
                    .findFirst()
                    .orElse(start);
        }
        Territory parent = chosen;
        List<Territory> parents = new ArrayList<>();
        home.ifPresent(h -> {
            parents.add(h);
            territories.ancestors(h).stream()
                    .filter(a -> a.level() == TerritoryLevel.STATE)
                    .forEach(parents::add);
        });
        if (parent != null && parents.stream().noneMatch(t -> t.id() == parent.id())) {
            parents.add(parent);
        }
        List<TerritoryLevel> levels = new ArrayList<>();
        Set<TerritoryLevel> defined = indicator.definition().levels();
        if (parent != null || national) {
            int above = national ? -1 : parent.level().ordinal();
            for (TerritoryLevel l : TerritoryLevel.values()) {
                boolean offered = national
                        ? l == TerritoryLevel.STATE || l == TerritoryLevel.COUNTY
                        : l != TerritoryLevel.SOCIAL_SPACE || defined.contains(l);
                if (l.ordinal() > above && offered && (defined.isEmpty() || defined.contains(l))) {
                    levels.add(l);
                }
            }
        }
        TerritoryLevel level = null;
        if (levelText != null && !levelText.isBlank()) {
            try {
                level = TerritoryLevel.valueOf(levelText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown level '" + levelText + "'");
            }
            if (national && level != TerritoryLevel.STATE && level != TerritoryLevel.COUNTY) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "For Germany as a whole choose the level STATE or COUNTY");
            }
            if (!levels.contains(level)) {
                levels.add(level);
            }
        } else if (!levels.isEmpty()) {
            level = !national && levels.contains(TerritoryLevel.MUNICIPALITY) && parent.level() == TerritoryLevel.COUNTY
                    ? TerritoryLevel.MUNICIPALITY
                    : national && levels.contains(TerritoryLevel.COUNTY) ? TerritoryLevel.COUNTY : levels.getFirst();
        }
        List<Period> periods = new ArrayList<>(coverage.periods(indicator.key()));
        java.util.Collections.reverse(periods);
        Period period = null;
        if (periodText != null && !periodText.isBlank()) {
            try {
                period = Period.parse(periodText);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
            }
            if (!periods.contains(period)) {
                periods.add(0, period);
            }
        } else if (!periods.isEmpty()) {
            period = periods.getFirst();
        }
        return new Selection(parent, national, level, period, parents, levels, periods);
    }

    /**
     * The cross-section of the selection through the read model. For Germany as a whole, the cross-sections of the 16
     * Länder are joined (each decided in its own table, exactly as the Land's own page shows it) and ranked anew; there
     * is no national value, hence no deviation.
     */
    private Section section(Indicator indicator, Selection selection, Audience audience, Locale locale) {
        if (!selection.national()) {
            IndicatorReadModel.CrossSection cs = readModel.crossSection(
                    indicator.key(), selection.parent(), selection.level(), selection.period(), audience);
            return new Section(cs.parent(), selection.parent().name(), shownRows(cs));
        }
        List<ShownValue> shown = new ArrayList<>();
        for (Territory state : territories.states()) {
            if (selection.level() == TerritoryLevel.STATE) {
                shown.add(readModel
                        .crossSection(indicator.key(), state, null, selection.period(), audience)
                        .parent());
            } else {
                shownRows(readModel.crossSection(
                                indicator.key(), state, selection.level(), selection.period(), audience))
                        .forEach(r -> shown.add(r.shown()));
            }
        }
        Map<ShownValue, Integer> ranks = ranks(shown, indicator.definition().polarity());
        List<IndicatorReadModel.Row> rows = shown.stream()
                .map(v -> new IndicatorReadModel.Row(v, ranks.get(v), null, null))
                .toList();
        return new Section(null, msg("indicatorpage.germany", locale), rows);
    }

    /** Standard competition ranking ("1224") of the visible values, 1 = best by polarity (highest if neutral). */
    static Map<ShownValue, Integer> ranks(List<ShownValue> values, de.lotse.indicator.Polarity polarity) {
        Comparator<BigDecimal> order = polarity == de.lotse.indicator.Polarity.HIGHER_IS_WORSE
                ? Comparator.naturalOrder()
                : Comparator.<BigDecimal>reverseOrder();
        List<ShownValue> ranked = values.stream()
                .filter(v -> v.value() != null)
                .sorted(Comparator.comparing(ShownValue::value, order))
                .toList();
        Map<ShownValue, Integer> ranks = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie =
                    i > 0 && ranked.get(i).value().compareTo(ranked.get(i - 1).value()) == 0;
            ranks.put(ranked.get(i), tie ? ranks.get(ranked.get(i - 1)) : i + 1);
        }
        return ranks;
    }

    /** The GeoJSON addresses of the boundaries the map needs (several for Germany); empty when none is offered. */
    private List<String> geojson(Selection selection) {
        String context = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .build()
                .getPath();
        String base = (context == null ? "" : context) + "/api/v1/territories/";
        if (!selection.national()) {
            return List.of(base + selection.parent().key() + "/children.geojson?level="
                    + selection.level().name());
        }
        if (selection.level() != TerritoryLevel.COUNTY) {
            return List.of(); // the territory API offers no collection of the Länder themselves
        }
        return territories.states().stream()
                .map(st -> base + st.key() + "/children.geojson?level=COUNTY")
                .toList();
    }

    /** The rows of the cross-section without closed units that have nothing to show. */
    private static List<IndicatorReadModel.Row> shownRows(IndicatorReadModel.CrossSection section) {
        return section.rows().stream()
                .filter(r -> r.shown().territory().isCurrent()
                        || r.shown().value() != null
                        || r.shown().status() != null
                        || r.shown().suppressed())
                .toList();
    }

    // --- view model ----------------------------------------------------------------------------------------------

    /** The state of the controls form, for links that keep it. */
    record Form(
            String parent,
            String level,
            String period,
            String method,
            int classes,
            String breaks,
            String palette,
            String territory,
            String sort,
            String dir) {

        Form withTerritory(String key) {
            return new Form(parent, level, period, method, classes, breaks, palette, key, sort, dir);
        }

        /** A query string ("?…") that keeps the form and sorts by the column (toggling the direction). */
        public String sortHref(String column) {
            String next = column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
            return query(column, next) + "#indicator-table";
        }

        /** The aria-sort value of a column header. */
        public String ariaSort(String column) {
            return column.equals(sort) ? ("desc".equals(dir) ? "descending" : "ascending") : null;
        }

        private String query(String sortColumn, String direction) {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance();
            add(b, "parent", parent);
            add(b, "level", level);
            add(b, "period", period);
            add(b, "method", method);
            add(b, "classes", String.valueOf(classes));
            add(b, "breaks", "MANUAL".equals(method) ? breaks : null);
            add(b, "palette", palette);
            add(b, "territory", territory);
            add(b, "sort", sortColumn);
            add(b, "dir", direction);
            return b.build().encode().toUriString();
        }

        private static void add(UriComponentsBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value);
            }
        }
    }

    /** One row of the data table. */
    record TableRow(
            Territory territory,
            ShownValue shown,
            Integer rank,
            String valueText,
            String deviationText,
            String relativeText,
            BigDecimal deviation,
            int classIndex,
            String colour) {

        /** The raw value for the map script, or {@code null}. */
        public String data() {
            return shown.value() == null ? null : shown.value().toPlainString();
        }
    }

    /** One row of the time-series table. */
    record SeriesRow(ShownValue shown, String valueText) {
        public String data() {
            return shown.value() == null ? null : shown.value().toPlainString();
        }
    }

    /** One line of the legend. */
    record LegendEntry(String colour, String range, int count) {}

    /** A link to an input indicator of a formula. */
    record FormulaInput(String key, String name, boolean exists) {}

    private List<FormulaInput> formulaInputs(Formula formula, String lang) {
        List<FormulaInput> inputs = new ArrayList<>();
        for (IndicatorKey k : formula.references()) {
            Optional<Indicator> found = catalog.find(k);
            inputs.add(new FormulaInput(
                    k.value(), found.map(i -> i.definition().name().in(lang)).orElse(k.value()), found.isPresent()));
        }
        return inputs;
    }

    private List<TableRow> sorted(List<TableRow> rows, String sort, String dir, Locale locale) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Comparator<TableRow> byName = Comparator.comparing(r -> r.territory().name(), collator);
        Comparator<TableRow> order =
                switch (sort) {
                    case "name" -> byName;
                    case "value" ->
                        Comparator.comparing(
                                (TableRow r) -> r.shown().value(), Comparator.nullsLast(Comparator.naturalOrder()));
                    case "deviation" ->
                        Comparator.comparing(TableRow::deviation, Comparator.nullsLast(Comparator.naturalOrder()));
                    default ->
                        Comparator.comparing(TableRow::rank, Comparator.nullsLast(Comparator.<Integer>naturalOrder()));
                };
        if ("desc".equals(dir)) {
            // reversed, but rows without a value stay at the end
            Comparator<TableRow> base = order;
            order = (a, b) -> {
                boolean an = key(a, sort) == null;
                boolean bn = key(b, sort) == null;
                if (an || bn) {
                    return Boolean.compare(an, bn);
                }
                return base.compare(b, a);
            };
        }
        return rows.stream().sorted(order.thenComparing(byName)).toList();
    }

    private static Object key(TableRow r, String sort) {
        return switch (sort) {
            case "name" -> r.territory().name();
            case "value" -> r.shown().value();
            case "deviation" -> r.deviation();
            default -> r.rank();
        };
    }

    private List<LegendEntry> legend(MapClassification.Classes cls, List<String> colours, int decimals, Locale locale) {
        List<LegendEntry> entries = new ArrayList<>();
        for (int i = 0; i < cls.classes().size(); i++) {
            MapClassification.ValueClass c = cls.classes().get(i);
            String lower = NumberText.format(c.lower(), decimals, locale);
            String upper = NumberText.format(c.upper(), decimals, locale);
            String range;
            if (c.lower() == null) {
                range = msg("indicatorpage.legend.upTo", locale, upper);
            } else if (c.upper() == null) {
                range = msg("indicatorpage.legend.above", locale, lower);
            } else if (i == 0) {
                range = msg("indicatorpage.legend.fromTo", locale, lower, upper);
            } else {
                range = msg("indicatorpage.legend.aboveTo", locale, lower, upper);
            }
            entries.add(new LegendEntry(colours.get(i), range, c.count()));
        }
        return entries;
    }

    private String legendTitle(MapClassification.Classes cls, MapPalette palette, Locale locale) {
        String method = msg("indicatorpage.legendMethod." + cls.method().name(), locale);
        String text =
                msg("indicatorpage.legend.title", locale, method, cls.classes().size());
        if (cls.classes().size() < cls.requested() && cls.method() != MapClassification.Method.MANUAL) {
            text += " " + msg("indicatorpage.legend.fewer", locale, cls.requested());
        }
        return text + " " + msg("indicatorpage.palette.note." + palette.name(), locale);
    }

    private String mapSummary(IndicatorDefinition d, List<TableRow> table, Section section, Locale locale) {
        List<TableRow> visible =
                table.stream().filter(r -> r.shown().value() != null).toList();
        String parentName = section.parentName();
        if (visible.isEmpty()) {
            return msg("indicatorpage.map.summary.none", locale, parentName);
        }
        TableRow max = visible.stream()
                .max(Comparator.comparing(r -> r.shown().value()))
                .orElseThrow();
        TableRow min = visible.stream()
                .min(Comparator.comparing(r -> r.shown().value()))
                .orElseThrow();
        String text = msg(
                "indicatorpage.map.summary",
                locale,
                visible.size(),
                table.size(),
                max.territory().name(),
                max.valueText(),
                min.territory().name(),
                min.valueText(),
                d.unit());
        if (section.parent() != null && section.parent().value() != null) {
            text += " "
                    + msg(
                            "indicatorpage.map.summary.parent",
                            locale,
                            parentName,
                            NumberText.format(section.parent().value(), d.decimals(), locale));
        }
        return text;
    }

    private static List<String> statusesIn(List<ShownValue> values) {
        Set<String> signs = new LinkedHashSet<>();
        for (ShownValue v : values) {
            if (v.status() != null) {
                signs.add(v.status().name());
            }
        }
        return List.copyOf(signs);
    }

    private String sourceLine(IndicatorDefinition d, Locale locale) {
        StringBuilder text = new StringBuilder(d.source().publisher());
        if (d.source().statistic() != null) {
            text.append(", ").append(d.source().statistic());
        }
        if (d.source().tableCode() != null) {
            text.append(", ")
                    .append(msg("indicatorpage.source.table", locale, d.source().tableCode()));
        }
        return text.toString();
    }

    private Indicator indicator(String key) {
        IndicatorKey parsed;
        try {
            parsed = IndicatorKey.of(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no indicator '" + key + "'.");
        }
        return readModel
                .find(parsed)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no indicator '" + key + "'."));
    }

    private Territory territory(String key) {
        TerritoryKey parsed;
        try {
            parsed = new TerritoryKey(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return territories
                .find(parsed, null)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no territory with the key " + key + "."));
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
