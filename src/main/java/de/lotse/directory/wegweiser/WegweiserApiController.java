package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserEntry.Place;
import de.lotse.directory.wegweiser.WegweiserEntry.Term;
import de.lotse.directory.wegweiser.WegweiserQuery.Filter;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Wegweiser search as JSON (public, no login): the same search engine and filters as {@code /beratung}, for apps
 * and for load tests. Texts are as entered (with {@code textLanguage}); term names in German.
 */
@RestController
@Tag(name = "Beratungswegweiser", description = "Public search of the counselling services (no login)")
class WegweiserApiController {

    private final WegweiserSearch search;

    WegweiserApiController(WegweiserSearch search) {
        this.search = search;
    }

    /**
     * One page of results.
     *
     * @param total the services found; a lower bound when {@code totalAtLeast} (counting stops after 1,000 matches or
     *     one past the requested page), and so is {@code pages}
     */
    record SearchResponse(
            long total,
            boolean totalAtLeast,
            int page,
            int pageSize,
            int pages,
            List<ServiceItem> items,
            String spelling,
            Map<Filter, Long> withoutFilter) {}

    /** One service found, with the facts the result list shows. */
    record ServiceItem(
            UUID id,
            String name,
            String organisation,
            String description,
            String textLanguage,
            boolean temporarilyClosed,
            List<TermItem> categories,
            List<TermItem> audiences,
            List<String> languages,
            Integer minimumAge,
            Integer maximumAge,
            Boolean freeOfCharge,
            Boolean anonymous,
            Boolean outreach,
            boolean online,
            boolean barrierFree,
            List<PlaceItem> places,
            boolean exampleData,
            float score,
            String page) {}

    record TermItem(String code, String name) {}

    record PlaceItem(
            UUID serviceAtLocationId,
            String name,
            String city,
            String municipalityKey,
            Double latitude,
            Double longitude) {}

    @GetMapping("/api/v1/directory/wegweiser")
    @Operation(
            summary = "Search the public counselling services",
            description = "Published services (active or temporarily closed) by relevance, then name. Words are matched"
                    + " with German stemming, compound splitting, synonyms and typo tolerance. Nothing found answers"
                    + " 200 with total 0, a spelling suggestion and the filters whose removal finds services. A"
                    + " well-formed topic or audience code that no service carries finds nothing; parameters not"
                    + " listed here are ignored. More than 1,000 matches are counted as 'at least' (totalAtLeast).")
    @ApiResponse(responseCode = "200", description = "One page of results")
    @ApiResponse(
            responseCode = "400",
            description = "An age, page or page size that is not a number in range, a malformed topic, audience or"
                    + " language code, or an unknown territory",
            content = @Content(mediaType = "application/problem+json"))
    SearchResponse search(
            @Parameter(description = "Words to look for") @RequestParam(required = false) String q,
            @Parameter(description = "Code of a counselling category (taxonomy lotse-beratung)")
                    @RequestParam(required = false)
                    String topic,
            @Parameter(description = "AGS or territory key: a place there or an area of service covering it")
                    @RequestParam(required = false)
                    String territory,
            @Parameter(description = "Code of a target group (taxonomy lotse-zielgruppe)")
                    @RequestParam(required = false)
                    String audience,
            @Parameter(description = "Age in years (0 to 130) the service must be open to")
                    @RequestParam(required = false)
                    Integer age,
            @Parameter(description = "ISO 639 code (2 or 3 letters) of a language counselling is offered in")
                    @RequestParam(required = false)
                    String language,
            @Parameter(description = "Only step-free places") @RequestParam(defaultValue = "false") boolean barrierFree,
            @Parameter(description = "Only free of charge") @RequestParam(defaultValue = "false") boolean freeOfCharge,
            @Parameter(description = "Only outreach (aufsuchend)") @RequestParam(defaultValue = "false")
                    boolean outreach,
            @Parameter(description = "Only by phone, video, chat or online") @RequestParam(defaultValue = "false")
                    boolean online,
            @Parameter(description = "Page, from 1; the first 10,000 results can be paged through")
                    @RequestParam(defaultValue = "1")
                    int page,
            @Parameter(description = "Results per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        if (age != null && (age < 0 || age > 130)) {
            throw ApiProblem.badRequest("age must be between 0 and 130");
        }
        if (page < 1 || size < 1 || size > WegweiserQuery.MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("page must be 1 or more and size between 1 and 100");
        }
        code("topic", topic);
        code("audience", audience);
        if (language != null
                && !language.isBlank()
                && !LANGUAGE.matcher(language.strip().toLowerCase(java.util.Locale.ROOT))
                        .matches()) {
            throw ApiProblem.badRequest("language must be an ISO 639 code of 2 or 3 letters, was '" + language + "'");
        }
        if (territory != null && !territory.isBlank() && !search.knowsTerritory(territory.strip())) {
            throw ApiProblem.badRequest("territory '" + territory + "' is not a known AGS or territory key");
        }
        WegweiserResult result = search.search(new WegweiserQuery(
                q, topic, territory, audience, age, language, barrierFree, freeOfCharge, outreach, online, page, size));
        return new SearchResponse(
                result.total(),
                result.totalAtLeast(),
                page,
                size,
                result.pages(),
                result.hits().stream().map(h -> item(h.entry(), h.score())).toList(),
                result.spelling(),
                result.withoutFilter());
    }

    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    /** A taxonomy code has the shape of one; a well-formed code no service carries simply finds nothing. */
    private static void code(String parameter, String value) {
        if (value != null && !value.isBlank() && !CODE.matcher(value.strip()).matches()) {
            throw ApiProblem.badRequest(
                    parameter + " must be a taxonomy code (small letters, digits, hyphens), was '" + value + "'");
        }
    }

    private static ServiceItem item(WegweiserEntry e, float score) {
        return new ServiceItem(
                e.id(),
                e.name(),
                e.organisationName(),
                e.description(),
                e.textLanguage(),
                e.temporarilyClosed(),
                terms(e.categories()),
                terms(e.audiences()),
                e.languages(),
                e.minimumAge(),
                e.maximumAge(),
                e.freeOfCharge(),
                e.anonymous(),
                e.outreach(),
                e.online(),
                e.barrierFree(),
                e.places().stream().map(WegweiserApiController::place).toList(),
                e.exampleData(),
                score,
                "/beratung/angebote/" + e.id());
    }

    private static List<TermItem> terms(List<Term> terms) {
        return terms.stream().map(t -> new TermItem(t.code(), t.name())).toList();
    }

    private static PlaceItem place(Place p) {
        return new PlaceItem(
                p.serviceAtLocationId(), p.name(), p.city(), p.municipalityKey(), p.latitude(), p.longitude());
    }
}
