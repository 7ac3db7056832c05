package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserCards.Option;
import de.lotse.directory.wegweiser.WegweiserQuery.Filter;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public Beratungswegweiser (no login): the search with filters, results as a list, a table and a map
 * ({@code /beratung}), a service's page ({@code /beratung/angebote/{id}}), the guide in Leichte Sprache
 * ({@code /beratung/leichte-sprache}) and the county's municipality boundaries the map draws
 * ({@code /beratung/gemeinden.geojson}). Every page is translated into all six interface languages.
 */
@Controller
class WegweiserPageController {

    /** The interface languages of the Wegweiser pages. */
    static final Set<String> LANGUAGES = Set.of("de", "en", "tr", "ar", "ru", "uk");

    private final WegweiserSearch search;
    private final WegweiserDetails details;
    private final WegweiserJsonLd jsonLd;
    private final WegweiserSchedules schedules;
    private final Territories territories;
    private final JsonMapper json;
    private final AtomicReference<Map.Entry<String, String>> boundaries = new AtomicReference<>();
    private static final long MUNICIPALITIES_KEPT_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    private final Map<String, Map.Entry<Long, List<Option>>> municipalityOptions =
            new java.util.concurrent.ConcurrentHashMap<>();

    WegweiserPageController(
            WegweiserSearch search,
            WegweiserDetails details,
            WegweiserJsonLd jsonLd,
            WegweiserSchedules schedules,
            Territories territories,
            JsonMapper json) {
        this.search = search;
        this.details = details;
        this.jsonLd = jsonLd;
        this.schedules = schedules;
        this.territories = territories;
        this.json = json;
    }

    @ModelAttribute("allLanguages")
    boolean allLanguages() {
        return true;
    }

    @GetMapping("/beratung")
    String search(
            @ModelAttribute("form") WegweiserForm form,
            @RequestParam(name = "seite", defaultValue = "1") String page,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        String lang = lang(locale);
        WegweiserResult result = search.search(form.query(page.matches("[0-9]{1,4}") ? Integer.parseInt(page) : 1));
        model.addAttribute("lang", lang);
        model.addAttribute("result", result);
        model.addAttribute("searched", form.searched());
        model.addAttribute("cards", WegweiserCards.cards(result.hits(), lang));
        model.addAttribute("mapPlaces", WegweiserCards.mapPlaces(result.hits()));
        model.addAttribute("topics", WegweiserCards.termOptions(search.categories(), lang));
        model.addAttribute("audiences", WegweiserCards.termOptions(search.audiences(), lang));
        model.addAttribute("municipalities", municipalities(lang));
        model.addAttribute("languages", languageOptions(locale));
        model.addAttribute("pageLinks", pageLinks(result, request));
        model.addAttribute("spellingLink", result.spelling() == null ? null : link(request, "q", result.spelling()));
        Map<Filter, String> removeLinks = new LinkedHashMap<>();
        result.withoutFilter().keySet().stream()
                .sorted()
                .forEach(f -> removeLinks.put(f, link(request, WegweiserForm.parameter(f), null)));
        model.addAttribute("removeLinks", removeLinks);
        return "wegweiser/search";
    }

    @GetMapping("/beratung/angebote/{id}")
    String service(@PathVariable String id, Locale locale, Model model) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        WegweiserDetail detail =
                details.find(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String lang = lang(locale);
        String pageUrl = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .replaceQuery(null)
                .build()
                .toUriString();
        model.addAttribute("lang", lang);
        model.addAttribute("detail", detail);
        model.addAttribute("e", detail.entry());
        model.addAttribute(
                "topicNames",
                detail.entry().categories().stream().map(t -> t.name(lang)).toList());
        model.addAttribute(
                "audienceNames",
                detail.entry().audiences().stream().map(t -> t.name(lang)).toList());
        model.addAttribute("jsonLd", jsonLd.of(detail, pageUrl));
        model.addAttribute("hours", schedules.rows(detail.schedules(), locale));
        model.addAttribute(
                "siteHours",
                detail.sites().stream()
                        .map(s -> schedules.rows(s.schedules(), locale))
                        .toList());
        model.addAttribute(
                "siteDates",
                detail.sites().stream()
                        .map(s -> schedules.nextDates(s.id(), locale))
                        .toList());
        model.addAttribute("lastVerified", WegweiserSchedules.date(detail.lastVerifiedAt(), locale));
        model.addAttribute("url", WegweiserLinks.safeUrl(detail.url()));
        model.addAttribute("mailto", WegweiserLinks.mailto(detail.email()));
        model.addAttribute("languageNames", languageNames(detail.entry().languages(), locale));
        return "wegweiser/service";
    }

    @GetMapping("/beratung/leichte-sprache")
    String easyLanguage() {
        return "wegweiser/easy";
    }

    /** The municipalities of the home county as GeoJSON (the map's base layer: there is no tile server). */
    @GetMapping(value = "/beratung/gemeinden.geojson", produces = "application/geo+json")
    ResponseEntity<String> municipalityBoundaries() {
        String revision = territories.revision();
        Map.Entry<String, String> cached = boundaries.get();
        if (cached == null || !cached.getKey().equals(revision)) {
            List<Territory> municipalities = territories
                    .homeCounty()
                    .map(c -> territories.children(c, TerritoryLevel.MUNICIPALITY))
                    .orElse(List.of());
            cached = Map.entry(revision, json.writeValueAsString(territories.featureCollection(municipalities)));
            boundaries.set(cached);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .eTag(revision)
                .body(cached.getValue());
    }

    static String lang(Locale locale) {
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "de";
    }

    /**
     * The home county's municipalities for the filter, sorted for the language; kept for a minute (a territory import
     * is rare, and reading them for every search was a sixth of the controller's time).
     */
    private List<Option> municipalities(String lang) {
        long now = System.nanoTime();
        Map.Entry<Long, List<Option>> known = municipalityOptions.get(lang);
        if (known != null && now - known.getKey() < MUNICIPALITIES_KEPT_NANOS) {
            return known.getValue();
        }
        List<Option> options = readMunicipalities(lang);
        municipalityOptions.put(lang, Map.entry(now, options));
        return options;
    }

    private List<Option> readMunicipalities(String lang) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        return territories
                .homeCounty()
                .map(c -> territories.children(c, TerritoryLevel.MUNICIPALITY))
                .orElse(List.of())
                .stream()
                .map(t -> new Option(t.ags() != null ? t.ags().value() : t.key(), t.name()))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
    }

    private List<Option> languageOptions(Locale locale) {
        return languageNames(search.languages(), locale).entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Option::label, Collator.getInstance(locale)))
                .toList();
    }

    /** Language codes with their names in the page language (e.g. tr → "Türkisch"). */
    static Map<String, String> languageNames(List<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
            names.put(code, name.isBlank() || name.equals(code) ? code : name);
        }
        return names;
    }

    /** Links to the first and last page and to the four pages either side of the current one. */
    private static List<Map.Entry<Integer, String>> pageLinks(WegweiserResult result, HttpServletRequest request) {
        int pages = Math.min(result.pages(), 10_000 / result.query().pageSize());
        if (pages <= 1) {
            return List.of();
        }
        int current = result.query().page();
        // a counted-at-least total has no known last page: only the pages around the current one
        java.util.TreeSet<Integer> shown =
                new java.util.TreeSet<>(result.totalAtLeast() ? List.of(1) : List.of(1, pages));
        for (int n = Math.max(1, current - 4); n <= Math.min(pages, current + 4); n++) {
            shown.add(n);
        }
        return shown.stream()
                .map(n -> Map.entry(n, link(request, "seite", n == 1 ? null : String.valueOf(n))))
                .toList();
    }

    /** The current search with one parameter replaced (or removed for null), back on page 1 unless it is the page. */
    private static String link(HttpServletRequest request, String parameter, String value) {
        var builder = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang");
        if (!"seite".equals(parameter)) {
            builder.replaceQueryParam("seite");
        }
        if (value == null) {
            builder.replaceQueryParam(parameter);
        } else {
            builder.replaceQueryParam(parameter, UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
        }
        return builder.build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
