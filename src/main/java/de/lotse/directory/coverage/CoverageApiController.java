package de.lotse.directory.coverage;

import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coverage analysis as JSON: public, because it holds aggregates of published content only. */
@RestController
@Tag(name = "Directory coverage", description = "Coverage of a county with counselling per municipality")
class CoverageApiController {

    private final CoverageAnalysis analysis;
    private final CoverageTerms terms;

    CoverageApiController(CoverageAnalysis analysis, CoverageTerms terms) {
        this.analysis = analysis;
        this.terms = terms;
    }

    @GetMapping(value = "/api/v1/directory/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Coverage per municipality",
            description = "For every current municipality of the county: services and places, weekly consultation"
                    + " hours (typical week), decentral hours (schools, Kitas, family centres), whether the 2014 rule"
                    + " (a decentral facility with fixed consultation hours) is met and by which facilities, hours per"
                    + " 1,000 inhabitants with the population basis used (AGE_GROUP from monitoring indicators,"
                    + " TOTAL_POPULATION from the territory register, or NONE), and the great-circle distance in km"
                    + " from the municipality's centre to the nearest offer anywhere. Only published, active services.")
    @ApiResponse(responseCode = "200", description = "The coverage")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown category or target group code",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such county (or no home county loaded)",
            content = @Content(mediaType = "application/problem+json"))
    CoverageJson.Coverage coverage(
            @RequestParam(required = false) @Parameter(description = "County key (5 digits), default the home county")
                    String county,
            @RequestParam(required = false) @Parameter(description = "Counselling category code (lotse-beratung)")
                    String category,
            @RequestParam(required = false) @Parameter(description = "Target group code (lotse-zielgruppe)")
                    String audience,
            Locale locale) {
        String lang = "en".equals(locale.getLanguage()) ? "en" : "de";
        Territory c =
                analysis.county(county).orElseThrow(() -> ApiProblem.notFound("There is no county " + county + "."));
        CoverageTerms.Term cat = term(CoverageTerms.CATEGORIES, category, lang);
        CoverageTerms.Term aud = term(CoverageTerms.AUDIENCES, audience, lang);
        return CoverageJson.Coverage.of(analysis.analyse(c, cat, aud, lang));
    }

    private CoverageTerms.Term term(String taxonomy, String code, String lang) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return terms.find(taxonomy, code.strip(), lang)
                .orElseThrow(() -> ApiProblem.badRequest("There is no term " + code + " in " + taxonomy + "."));
    }
}
