package de.lotse.directory.web;

import de.lotse.directory.DirectoryTaxonomy;
import de.lotse.directory.TaxonomyTerm;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The vocabularies of the directory (counselling categories, target groups, fields of action) as JSON. */
@RestController
@RequestMapping(value = "/api/v1/directory/taxonomies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory")
class DirectoryTaxonomyApiController {

    private final DirectoryTaxonomy taxonomy;

    DirectoryTaxonomyApiController(DirectoryTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping
    @Operation(summary = "List vocabularies", description = "lotse-beratung, lotse-zielgruppe, lotse-handlungsfeld …")
    @ApiResponse(responseCode = "200", description = "The vocabularies")
    List<DirectoryJson.TaxonomyResponse> list() {
        return taxonomy.taxonomies().stream()
                .map(t -> new DirectoryJson.TaxonomyResponse(t.key(), t.name(), t.description(), t.uri(), t.version()))
                .toList();
    }

    @GetMapping("/{key}/terms")
    @Operation(
            summary = "Terms of a vocabulary",
            description = "By position; `label` is the name in `lang` (falling back to German), with the fields of"
                    + " action and life stages each term maps to.")
    @ApiResponse(responseCode = "200", description = "The terms")
    @ApiResponse(
            responseCode = "404",
            description = "No such vocabulary",
            content = @Content(mediaType = "application/problem+json"))
    List<DirectoryJson.TermResponse> terms(
            @PathVariable @Parameter(example = "lotse-beratung") String key,
            @Parameter(description = "Language of `label` (de, en, tr, ar, ru, uk)") @RequestParam(defaultValue = "de")
                    String lang) {
        if (taxonomy.taxonomy(key).isEmpty()) {
            throw ApiProblem.notFound("There is no vocabulary '" + key + "'.");
        }
        return taxonomy.terms(key).stream().map(t -> term(t, lang)).toList();
    }

    private DirectoryJson.TermResponse term(TaxonomyTerm t, String lang) {
        return new DirectoryJson.TermResponse(
                t.code(),
                t.name(),
                t.label(lang),
                t.description(),
                t.labels(),
                t.keywords(),
                t.minimumAge(),
                t.maximumAge(),
                taxonomy.mappedFieldsOfAction(t).stream()
                        .map(TaxonomyTerm::code)
                        .toList(),
                taxonomy.lifeStages(t));
    }
}
