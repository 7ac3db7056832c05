package de.lotse.indicator.web;

import de.lotse.indicator.CrossSectionAnalysis;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorFilter;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.PeerComparison;
import de.lotse.indicator.Period;
import de.lotse.indicator.SocialIndex;
import de.lotse.indicator.Standardisation;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Pages of the analysis: the comparison of territories ({@code /vergleich}: time series side by side and the enriched
 * cross-section), the social index ({@code /sozialindex}) and the peer comparison of Kreise
 * ({@code /vergleich/aehnliche-kreise}). All are GET forms, so every result has a link; values come from the same
 * services as the API, with statistical confidentiality applied.
 */
@Controller
class AnalysisPageController {

    private static final int MAX_SERIES = IndicatorApiController.MAX_SERIES;

    private final IndicatorCatalog catalog;
    private final IndicatorReadModel readModel;
    private final CrossSectionAnalysis analysis;
    private final SocialIndex socialIndex;
    private final PeerComparison peerComparison;
    private final Territories territories;

    AnalysisPageController(
            IndicatorCatalog catalog,
            IndicatorReadModel readModel,
            CrossSectionAnalysis analysis,
            SocialIndex socialIndex,
            PeerComparison peerComparison,
            Territories territories) {
        this.catalog = catalog;
        this.readModel = readModel;
        this.analysis = analysis;
        this.socialIndex = socialIndex;
        this.peerComparison = peerComparison;
        this.territories = territories;
    }

    /** An indicator as a choice: key, name in the page language, unit, decimals. */
    record Choice(String key, String name, String unit, int decimals, String polarity) {}

    /** A territory as a choice; {@code selected} for checkboxes. */
    record Place(String key, String name, String level, boolean selected) {}

    /** One column of the time-series table. */
    record SeriesColumn(String key, String name) {}

    /** One cell: display text, the number for the chart (null if none) and whether it is withheld or confidential. */
    record Cell(String text, BigDecimal number, boolean suppressed, boolean confidential) {}

    /** One row of the time-series table. */
    record SeriesRow(String period, List<Cell> cells) {}

    /** One row of the cross-section table. */
    record CrossRow(
            Territory territory,
            Integer rank,
            Cell value,
            String zScore,
            String changePrevious,
            String changePreviousPercent,
            String changeBase,
            String changeBasePercent,
            List<String> deviations) {}

    // --- /vergleich ----------------------------------------------------------------------------------------------

    @GetMapping("/vergleich")
    String comparison(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) List<String> territory,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String base,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Locale locale,
            Model model) {
        String lang = lang(locale);
        List<Choice> indicators = indicators(lang);
        model.addAttribute("indicators", indicators);
        List<String> errors = new ArrayList<>();
        model.addAttribute("errors", errors);
        if (indicators.isEmpty()) {
            return "analysis/comparison";
        }
        Choice chosen = indicators.stream()
                .filter(c -> c.key().equals(indicator))
                .findFirst()
                .orElse(null);
        if (indicator != null && !indicator.isBlank() && chosen == null) {
            errors.add("unknownIndicator");
        }
        model.addAttribute("chosen", chosen);
        Optional<Territory> home = territories.homeCounty();
        Territory land =
                home.flatMap(h -> territories.find(h.key().substring(0, 2))).orElse(null);
        List<String> asked = territory == null
                ? List.of()
                : territory.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .distinct()
                        .toList();
        if (asked.isEmpty() && home.isPresent()) {
            asked = land == null
                    ? List.of(home.get().key())
                    : List.of(home.get().key(), land.key());
        }
        if (asked.size() > MAX_SERIES) {
            errors.add("tooManyTerritories");
            asked = asked.subList(0, MAX_SERIES);
        }
        final List<String> selected = asked;
        List<Place> near = new ArrayList<>();
        List<Place> kreise = new ArrayList<>();
        if (home.isPresent()) {
            if (land != null) {
                near.add(place(land, selected));
            }
            near.add(place(home.get(), selected));
            territories.children(home.get(), TerritoryLevel.MUNICIPALITY).stream()
                    .filter(Territory::isCurrent)
                    .forEach(t -> near.add(place(t, selected)));
            if (land != null) {
                territories.children(land, TerritoryLevel.COUNTY).stream()
                        .filter(t -> t.isCurrent() && !t.key().equals(home.get().key()))
                        .sorted(Comparator.comparing(Territory::name, Collator.getInstance(Locale.GERMAN)))
                        .forEach(t -> kreise.add(place(t, selected)));
            }
        }
        model.addAttribute("near", near);
        model.addAttribute("kreise", kreise);
        model.addAttribute("kreiseOpen", kreise.stream().anyMatch(Place::selected));
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        List<Place> parents = new ArrayList<>();
        home.ifPresent(h -> parents.add(new Place(h.key(), h.name(), h.level().name(), false)));
        if (land != null) {
            parents.add(new Place(land.key(), land.name(), land.level().name(), false));
        }
        model.addAttribute("parents", parents);
        model.addAttribute("levels", List.of("COUNTY", "ASSOCIATION", "MUNICIPALITY"));
        // cross-section: parent and level are chosen before the indicator, so the form shows them
        Territory parentUnit = parent == null || parent.isBlank()
                ? home.orElse(null)
                : find(parent).orElse(null);
        if (parentUnit == null && parent != null && !parent.isBlank()) {
            errors.add("unknownParent");
        }
        TerritoryLevel lvl = parentUnit == null ? null : defaultLevel(parentUnit);
        try {
            if (level != null && !level.isBlank()) {
                lvl = AnalysisParameters.level(level);
            }
        } catch (IllegalArgumentException e) {
            errors.add("level");
        }
        model.addAttribute("parentKey", parentUnit == null ? "" : parentUnit.key());
        model.addAttribute("level", lvl == null ? "" : lvl.name());
        if (chosen == null) {
            return "analysis/comparison";
        }
        IndicatorKey key = IndicatorKey.of(chosen.key());
        IndicatorReadModel.Audience audience = IndicatorApiController.audience();
        NumberFormat values = format(locale, chosen.decimals());

        // time series side by side
        int first = year(from, Integer.MIN_VALUE, errors);
        int last = year(to, Integer.MAX_VALUE, errors);
        List<SeriesColumn> columns = new ArrayList<>();
        Map<Period, Cell[]> byPeriod = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        List<Territory> shown = new ArrayList<>();
        for (String k : selected) {
            Optional<Territory> t = find(k);
            if (t.isEmpty()) {
                unknown.add(k);
            } else {
                shown.add(t.get());
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            Territory t = shown.get(i);
            columns.add(new SeriesColumn(t.key(), t.name()));
            for (IndicatorReadModel.ShownValue v : readModel.timeSeries(key, t, audience)) {
                int y = v.period().start().getYear();
                if (y < first || y > last) {
                    continue;
                }
                byPeriod.computeIfAbsent(v.period(), p -> new Cell[shown.size()])[i] = cell(v, values);
            }
        }
        List<SeriesRow> seriesRows = new ArrayList<>();
        byPeriod.forEach((p, cells) -> {
            List<Cell> row = new ArrayList<>();
            for (Cell c : cells) {
                row.add(c == null ? new Cell("–", null, false, false) : c);
            }
            seriesRows.add(new SeriesRow(p.toString(), row));
        });
        model.addAttribute("unknownTerritories", unknown);
        model.addAttribute("columns", columns);
        model.addAttribute("seriesRows", seriesRows);
        model.addAttribute("selected", selected);

        if (parentUnit == null) {
            return "analysis/comparison";
        }
        List<Period> periods = analysis.periods(key, parentUnit, lvl);
        Period p = null;
        if (period != null && !period.isBlank()) {
            try {
                p = Period.parse(period);
            } catch (IllegalArgumentException e) {
                errors.add("period");
            }
        }
        if (p == null && !periods.isEmpty()) {
            p = periods.getFirst();
        }
        model.addAttribute("parentName", parentUnit.name());
        model.addAttribute("periods", periods.stream().map(Period::toString).toList());
        if (p == null) {
            return "analysis/comparison";
        }
        final Period at = p;
        model.addAttribute("period", p.toString());
        model.addAttribute(
                "basePeriods",
                periods.stream()
                        .filter(x -> x.kind() == at.kind() && x.compareTo(at) < 0)
                        .map(Period::toString)
                        .toList());
        Period basePeriod = null;
        if (base != null && !base.isBlank()) {
            try {
                basePeriod = CrossSectionAnalysis.alignBase(p, Period.parse(base));
            } catch (IllegalArgumentException e) {
                errors.add("base");
            }
        }
        model.addAttribute("base", basePeriod == null ? "" : basePeriod.toString());
        CrossSectionAnalysis.Analysis result = analysis.analyse(key, parentUnit, lvl, p, basePeriod, audience);
        List<TerritoryLevel> ancestorLevels = new ArrayList<>(new TreeSet<>(result.rows().stream()
                .flatMap(r -> r.comparisons().stream())
                .map(c -> c.territory().level())
                .toList()));
        java.util.Collections.reverse(ancestorLevels);
        model.addAttribute(
                "ancestorLevels", ancestorLevels.stream().map(Enum::name).toList());
        model.addAttribute("parentValue", cell(result.section().parent(), values));
        model.addAttribute(
                "previous", result.previous() == null ? null : result.previous().toString());
        NumberFormat two = format(locale, 2);
        NumberFormat one = format(locale, 1);
        List<CrossRow> rows = new ArrayList<>();
        for (CrossSectionAnalysis.AnalysedRow r : result.rows()) {
            List<String> deviations = new ArrayList<>();
            for (TerritoryLevel l : ancestorLevels) {
                deviations.add(r.comparisons().stream()
                        .filter(c -> c.territory().level() == l && c.deviation() != null)
                        .findFirst()
                        .map(c -> signed(values, c.deviation()))
                        .orElse("–"));
            }
            rows.add(new CrossRow(
                    r.row().shown().territory(),
                    r.row().rank(),
                    cell(r.row().shown(), values),
                    r.zScore() == null ? "–" : signed(two, BigDecimal.valueOf(r.zScore())),
                    r.changePrevious() == null
                            ? "–"
                            : signed(values, r.changePrevious().absolute()),
                    percent(one, r.changePrevious()),
                    r.changeBase() == null ? "–" : signed(values, r.changeBase().absolute()),
                    percent(one, r.changeBase()),
                    deviations));
        }
        String column = sort != null
                        && List.of("name", "rank", "zScore", "changePrevious", "changeBase")
                                .contains(sort)
                ? sort
                : "rank";
        boolean descending = "desc".equals(dir);
        rows = sortRows(result.rows(), rows, column, descending);
        model.addAttribute("rows", rows);
        model.addAttribute("sort", column);
        model.addAttribute("dir", descending ? "desc" : "asc");
        model.addAttribute("sortLinks", sortLinks(column, descending));
        model.addAttribute("ariaSort", Map.of(column, descending ? "descending" : "ascending"));
        model.addAttribute("statistics", result.moments());
        model.addAttribute(
                "mean",
                result.moments().count() == 0
                        ? "–"
                        : values.format(BigDecimal.valueOf(result.moments().mean())));
        model.addAttribute(
                "sd",
                result.moments().count() == 0
                        ? "–"
                        : values.format(BigDecimal.valueOf(result.moments().standardDeviation())));
        return "analysis/comparison";
    }

    private static List<CrossRow> sortRows(
            List<CrossSectionAnalysis.AnalysedRow> analysed, List<CrossRow> rows, String column, boolean descending) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byColumn =
                switch (column) {
                    case "name" ->
                        Comparator.comparing(i -> rows.get(i).territory().name(), Collator.getInstance(Locale.GERMAN));
                    case "zScore" -> nullsLast(i -> analysed.get(i).zScore(), descending);
                    case "changePrevious" ->
                        nullsLast(
                                i -> analysed.get(i).changePrevious() == null
                                        ? null
                                        : analysed.get(i).changePrevious().absolute(),
                                descending);
                    case "changeBase" ->
                        nullsLast(
                                i -> analysed.get(i).changeBase() == null
                                        ? null
                                        : analysed.get(i).changeBase().absolute(),
                                descending);
                    default -> nullsLast(i -> analysed.get(i).row().rank(), descending);
                };
        if (descending && column.equals("name")) {
            byColumn = byColumn.reversed();
        }
        return order.stream().sorted(byColumn).map(rows::get).toList();
    }

    /** Orders by a key, missing values always last whatever the direction. */
    private static <T extends Comparable<T>> Comparator<Integer> nullsLast(
            java.util.function.Function<Integer, T> key, boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }

    private static Map<String, String> sortLinks(String column, boolean descending) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String c : List.of("name", "rank", "zScore", "changePrevious", "changeBase")) {
            String next = c.equals(column) && !descending ? "desc" : "asc";
            links.put(
                    c,
                    ServletUriComponentsBuilder.fromCurrentRequest()
                                    .replaceQueryParam("sort", c)
                                    .replaceQueryParam("dir", next)
                                    .build()
                                    .toUriString()
                                    .replaceFirst("^https?://[^/]+", "")
                            + "#cross-section");
        }
        return links;
    }

    // --- /sozialindex --------------------------------------------------------------------------------------------

    /** One input row of the form. */
    record IndexInput(Choice indicator, boolean checked, String weight) {}

    /** One indicator column of the result. */
    record IndexColumn(String name, String unit, String period, String direction, String weightShare) {}

    /** One cell of the result: value, signed z-score, contribution (display) and contribution for the chart. */
    record IndexCell(Cell value, String zScore, String contribution, BigDecimal contributionNumber) {}

    /** One row of the result. */
    record IndexRow(Territory territory, Integer rank, String index, List<IndexCell> cells, List<String> missing) {}

    @GetMapping("/sozialindex")
    String socialIndex(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        String lang = lang(locale);
        List<Choice> indicators = indicators(lang, true);
        model.addAttribute("indicators", indicators);
        List<String> errors = new ArrayList<>();
        model.addAttribute("errors", errors);
        List<String> checked = params.getOrDefault("indicator", List.of());
        List<IndexInput> inputs = new ArrayList<>();
        List<SocialIndex.Input> chosen = new ArrayList<>();
        for (Choice c : indicators) {
            String weight = params.getFirst("weight-" + c.key());
            boolean on = checked.contains(c.key());
            inputs.add(new IndexInput(c, on, weight == null || weight.isBlank() ? "1" : weight.strip()));
            if (on) {
                try {
                    chosen.add(new SocialIndex.Input(
                            IndicatorKey.of(c.key()),
                            AnalysisParameters.weight(weight == null || weight.isBlank() ? "1" : weight)));
                } catch (IllegalArgumentException e) {
                    errors.add("weight:" + c.name());
                }
            }
        }
        model.addAttribute("inputs", inputs);
        Optional<Territory> home = territories.homeCounty();
        List<Place> parents = parents(home);
        model.addAttribute("parents", parents);
        model.addAttribute("levels", List.of("COUNTY", "ASSOCIATION", "MUNICIPALITY"));
        String parentKey = params.getFirst("parent");
        Territory parentUnit = parentKey == null || parentKey.isBlank()
                ? home.orElse(null)
                : find(parentKey).orElse(null);
        model.addAttribute("parentKey", parentUnit == null ? "" : parentUnit.key());
        String levelText = params.getFirst("level");
        TerritoryLevel lvl = null;
        try {
            lvl = AnalysisParameters.level(levelText == null ? "MUNICIPALITY" : levelText);
        } catch (IllegalArgumentException e) {
            errors.add("level");
        }
        model.addAttribute("level", lvl == null ? "" : lvl.name());
        String periodText = params.getFirst("period");
        model.addAttribute("period", periodText == null ? "" : periodText.strip());
        boolean submitted = params.containsKey("indicator") || params.containsKey("period");
        model.addAttribute("submitted", submitted);
        if (!submitted || indicators.isEmpty()) {
            return "analysis/social-index";
        }
        if (chosen.isEmpty()) {
            errors.add("noIndicator");
        }
        if (parentUnit == null) {
            errors.add("unknownParent");
        }
        Period p = null;
        if (periodText != null && !periodText.isBlank()) {
            try {
                p = Period.parse(periodText);
            } catch (IllegalArgumentException e) {
                errors.add("period");
            }
        } else if (parentUnit != null) {
            final TerritoryLevel l = lvl;
            p = chosen.stream()
                    .flatMap(i ->
                            analysis.periods(i.key(), parentUnit, l).stream().limit(1))
                    .max(Comparator.comparing(Period::end))
                    .orElse(null);
            if (p != null) {
                model.addAttribute("period", p.toString());
            }
        }
        if (!errors.isEmpty()) {
            return "analysis/social-index";
        }
        if (p == null) {
            errors.add("noPeriod");
            return "analysis/social-index";
        }
        SocialIndex.Result result;
        try {
            result = socialIndex.compute(chosen, parentUnit, lvl, p);
        } catch (IllegalArgumentException e) {
            errors.add("weightsZero");
            return "analysis/social-index";
        }
        NumberFormat two = format(locale, 2);
        NumberFormat pct = format(locale, 0);
        List<IndexColumn> columns = new ArrayList<>();
        List<NumberFormat> formats = new ArrayList<>();
        for (SocialIndex.Component c : result.components()) {
            columns.add(new IndexColumn(
                    c.indicator().definition().shortName().in(lang),
                    c.indicator().definition().unit(),
                    c.period() == null ? "–" : c.period().toString(),
                    c.direction() > 0 ? "up" : "down",
                    pct.format(c.share() * 100)));
            formats.add(format(locale, c.indicator().definition().decimals()));
        }
        List<IndexRow> rows = new ArrayList<>();
        for (SocialIndex.Entry e : result.entries()) {
            List<IndexCell> cells = new ArrayList<>();
            for (int i = 0; i < e.cells().size(); i++) {
                SocialIndex.Cell c = e.cells().get(i);
                Cell value = c.suppressed()
                        ? new Cell(null, null, true, false)
                        : new Cell(c.value() == null ? "–" : formats.get(i).format(c.value()), c.value(), false, false);
                cells.add(new IndexCell(
                        value,
                        c.zScore() == null ? "–" : signed(two, BigDecimal.valueOf(c.zScore())),
                        c.contribution() == null ? "–" : signed(two, BigDecimal.valueOf(c.contribution())),
                        Standardisation.rounded(c.contribution())));
            }
            List<String> missing = new ArrayList<>();
            for (IndicatorKey k : e.missing()) {
                result.components().stream()
                        .filter(c -> c.indicator().key().equals(k))
                        .findFirst()
                        .ifPresent(c -> missing.add(
                                c.indicator().definition().shortName().in(lang)));
            }
            rows.add(new IndexRow(
                    e.territory(),
                    e.rank(),
                    e.index() == null ? "–" : signed(two, BigDecimal.valueOf(e.index())),
                    cells,
                    missing));
        }
        rows.sort(Comparator.comparing(IndexRow::rank, Comparator.nullsLast(Comparator.naturalOrder())));
        model.addAttribute("result", result);
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        List<IndexRow> ranked = rows.stream().filter(r -> r.rank() != null).toList();
        model.addAttribute("highest", ranked.isEmpty() ? null : ranked.getFirst());
        model.addAttribute("lowest", ranked.isEmpty() ? null : ranked.getLast());
        model.addAttribute("parentName", parentUnit.name());
        model.addAttribute(
                "apiLink",
                "/api/v1/analysis/social-index?indicators="
                        + String.join(
                                ",", chosen.stream().map(i -> i.key().value()).toList()) + "&weights="
                        + String.join(
                                ",",
                                chosen.stream()
                                        .map(i -> BigDecimal.valueOf(i.weight())
                                                .stripTrailingZeros()
                                                .toPlainString())
                                        .toList())
                        + "&parent=" + parentUnit.key() + (lvl == null ? "" : "&level=" + lvl.name()) + "&period="
                        + p);
        return "analysis/social-index";
    }

    // --- /vergleich/aehnliche-kreise -----------------------------------------------------------------------------

    /** One Kreis of the result. */
    record PeerRow(Territory territory, Integer rank, String distance, List<String> values, boolean target) {}

    /** The Kreise of one Land for the select. */
    record LandGroup(String name, List<Place> kreise) {}

    @GetMapping("/vergleich/aehnliche-kreise")
    String peers(
            @RequestParam(required = false) String territory,
            @RequestParam(required = false) List<String> indicator,
            @RequestParam(required = false) String n,
            @RequestParam(required = false) String period,
            Locale locale,
            Model model) {
        String lang = lang(locale);
        List<Choice> indicators = indicators(lang, true);
        model.addAttribute("indicators", indicators);
        List<String> errors = new ArrayList<>();
        model.addAttribute("errors", errors);
        Optional<Territory> home = territories.homeCounty();
        String target = territory == null || territory.isBlank()
                ? home.map(Territory::key).orElse("")
                : territory.strip();
        model.addAttribute("territory", target);
        List<LandGroup> groups = new ArrayList<>();
        for (Territory land : territories.states().stream()
                .sorted(Comparator.comparing(Territory::key))
                .toList()) {
            List<Place> kreise = territories.children(land, TerritoryLevel.COUNTY).stream()
                    .filter(Territory::isCurrent)
                    .sorted(Comparator.comparing(Territory::name, Collator.getInstance(Locale.GERMAN)))
                    .map(t -> new Place(
                            t.key(), t.name(), t.level().name(), t.key().equals(target)))
                    .toList();
            if (!kreise.isEmpty()) {
                groups.add(new LandGroup(land.name(), kreise));
            }
        }
        model.addAttribute("groups", groups);
        List<String> checked = indicator == null ? List.of() : indicator;
        model.addAttribute("checked", checked);
        model.addAttribute("n", n == null || n.isBlank() ? "5" : n.strip());
        model.addAttribute("period", period == null ? "" : period.strip());
        boolean submitted = indicator != null || period != null || n != null;
        model.addAttribute("submitted", submitted);
        if (!submitted || indicators.isEmpty()) {
            return "analysis/peers";
        }
        List<IndicatorKey> keys = new ArrayList<>();
        for (String k : new LinkedHashSet<>(checked)) {
            if (indicators.stream().anyMatch(c -> c.key().equals(k))) {
                keys.add(IndicatorKey.of(k));
            }
        }
        if (keys.isEmpty()) {
            errors.add("noIndicator");
        }
        int count = 5;
        try {
            count = AnalysisParameters.number(n, "n", 5, 1, PeerComparison.MAX_PEERS);
        } catch (IllegalArgumentException e) {
            errors.add("n");
        }
        Period p = null;
        try {
            p = AnalysisParameters.period(period, "period", false);
        } catch (IllegalArgumentException e) {
            errors.add("period");
        }
        Territory kreis =
                find(target).filter(t -> t.level() == TerritoryLevel.COUNTY).orElse(null);
        if (kreis == null) {
            errors.add("noKreis");
        }
        if (!errors.isEmpty()) {
            return "analysis/peers";
        }
        PeerComparison.Result result = peerComparison.compare(kreis, keys, count, p);
        List<NumberFormat> formats = result.features().stream()
                .map(f -> format(locale, f.indicator().definition().decimals()))
                .toList();
        NumberFormat three = format(locale, 3);
        List<PeerRow> rows = new ArrayList<>();
        if (result.target() != null) {
            rows.add(peerRow(result.target(), null, three, formats, true));
            for (int i = 0; i < result.peers().size(); i++) {
                rows.add(peerRow(result.peers().get(i), i + 1, three, formats, false));
            }
        }
        model.addAttribute("result", result);
        model.addAttribute("rows", rows);
        model.addAttribute("kreisName", kreis.name());
        model.addAttribute(
                "features",
                result.features().stream()
                        .map(f -> new IndexColumn(
                                f.indicator().definition().shortName().in(lang),
                                f.indicator().definition().unit(),
                                f.period() == null ? "–" : f.period().toString(),
                                "",
                                ""))
                        .toList());
        model.addAttribute(
                "missingNames",
                result.targetMissing().stream()
                        .map(k -> result.features().stream()
                                .filter(f -> f.indicator().key().equals(k))
                                .findFirst()
                                .map(f -> f.indicator().definition().shortName().in(lang))
                                .orElse(k.value()))
                        .toList());
        model.addAttribute(
                "apiLink",
                "/api/v1/analysis/peers?territory=" + kreis.key() + "&indicators="
                        + String.join(
                                ",", keys.stream().map(IndicatorKey::value).toList()) + "&n=" + count
                        + (p == null ? "" : "&period=" + p));
        return "analysis/peers";
    }

    /** The level a cross-section shows by default: the Kreise of a Land, the Gemeinden of anything else. */
    private static TerritoryLevel defaultLevel(Territory parent) {
        return switch (parent.level()) {
            case STATE -> TerritoryLevel.COUNTY;
            case COUNTY, ASSOCIATION -> TerritoryLevel.MUNICIPALITY;
            default -> null;
        };
    }

    private static PeerRow peerRow(
            PeerComparison.Peer peer, Integer rank, NumberFormat three, List<NumberFormat> formats, boolean target) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < peer.values().size(); i++) {
            values.add(formats.get(i).format(peer.values().get(i)));
        }
        return new PeerRow(peer.territory(), rank, three.format(peer.distance()), values, target);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private List<Choice> indicators(String lang) {
        return indicators(lang, false);
    }

    /**
     * The indicators to choose from, sorted by name; with {@code ratesFirst} the rates, shares and averages come
     * before the counts, whose size follows the size of the area and which therefore rarely belong in a social index
     * or a similarity.
     */
    private List<Choice> indicators(String lang, boolean ratesFirst) {
        Collator collator = Collator.getInstance("en".equals(lang) ? Locale.ENGLISH : Locale.GERMAN);
        return catalog.list(new IndicatorFilter(null, null, null, null)).stream()
                .sorted(Comparator.<Indicator, Boolean>comparing(
                                i -> ratesFirst && i.definition().isCount())
                        .thenComparing(i -> choice(i, lang).name(), collator))
                .map(i -> choice(i, lang))
                .toList();
    }

    private static Choice choice(Indicator i, String lang) {
        var d = i.definition();
        return new Choice(
                d.key().value(),
                d.name().in(lang),
                d.unit(),
                d.decimals(),
                d.polarity().name());
    }

    private List<Place> parents(Optional<Territory> home) {
        List<Place> parents = new ArrayList<>();
        home.ifPresent(h -> {
            parents.add(new Place(h.key(), h.name(), h.level().name(), false));
            territories
                    .find(h.key().substring(0, 2))
                    .ifPresent(l ->
                            parents.add(new Place(l.key(), l.name(), l.level().name(), false)));
        });
        return parents;
    }

    private static Place place(Territory t, List<String> selected) {
        return new Place(t.key(), t.name(), t.level().name(), selected.contains(t.key()));
    }

    private Optional<Territory> find(String key) {
        try {
            return territories.find(new TerritoryKey(key), null);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Cell cell(IndicatorReadModel.ShownValue v, NumberFormat format) {
        if (v.value() == null) {
            return new Cell(
                    v.suppressed()
                            ? null
                            : (v.status() == null ? "–" : v.status().sign()),
                    null,
                    v.suppressed(),
                    false);
        }
        return new Cell(format.format(v.value()), v.value(), v.suppressed(), v.confidential());
    }

    private static int year(String text, int absent, List<String> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        if (!text.strip().matches("\\d{4}")) {
            errors.add("year");
            return absent;
        }
        return Integer.parseInt(text.strip());
    }

    private static String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    private static NumberFormat format(Locale locale, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance("en".equals(lang(locale)) ? Locale.UK : Locale.GERMANY);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f;
    }

    private static String signed(NumberFormat format, BigDecimal value) {
        String text = format.format(value);
        return value.signum() > 0 ? "+" + text : text.replace('-', '−');
    }

    private static String percent(NumberFormat format, Standardisation.Change change) {
        return change == null || change.percent() == null ? "–" : signed(format, change.percent()) + " %";
    }
}
