package de.lotse.territory.web;

import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.ImportOptions;
import de.lotse.territory.TerritoryImportReport;
import de.lotse.territory.TerritoryImporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API for territory imports (administrators only). */
@RestController
@RequestMapping("/api/v1/imports/territories")
@Tag(name = "Imports", description = "Import of the municipality register GV100AD and of boundary GeoJSON")
class TerritoryImportApiController {

    private final TerritoryImporter importer;
    private final MessageSource messages;

    TerritoryImportApiController(TerritoryImporter importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import a territory file",
            description = "Uploads a Destatis GV100AD register file (fixed-width, UTF-8) or a GeoJSON FeatureCollection"
                    + " of boundaries (WGS84, features keyed by AGS/ARS). The format is detected from the content. With"
                    + " dryRun=true (the default) nothing is written and the report says what would change. A file with"
                    + " any error is rejected as a whole (422) with every error located by file, line and field.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The import report (committed, or what a dry run would do)")
    @ApiResponse(
            responseCode = "400",
            description = "Bad parameters",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "401",
            description = "Not authenticated",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not an administrator",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "The file has errors; nothing was imported. Properties `errors` and `report`.",
            content = @Content(mediaType = "application/problem+json"))
    TerritoryImportReport importFile(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "Only report what would change") @RequestParam(defaultValue = "true")
                    boolean dryRun,
            @Parameter(description = "Level of the features of a boundary file (default: inferred from the keys)")
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "Reference date of the register's population (default: derived from the edition)")
                    @RequestParam(required = false)
                    String populationDate) {
        LocalDate date = null;
        if (populationDate != null && !populationDate.isBlank()) {
            try {
                date = LocalDate.parse(populationDate.strip());
            } catch (DateTimeParseException e) {
                throw ApiProblem.badRequest("populationDate '" + populationDate + "' is not an ISO date (YYYY-MM-DD).");
            }
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TerritoryImportReport report = importer.importFile(
                file.getOriginalFilename(),
                content,
                new ImportOptions(dryRun, TerritoryApiController.parseLevel(level), date, null));
        if (report.hasErrors()) {
            throw ApiProblem.unprocessable(
                    messages.getMessage(
                            "import.api.rejected",
                            new Object[] {
                                report.fileName(),
                                report.errors().size(),
                                report.errors().getFirst().message()
                            },
                            LocaleContextHolder.getLocale()),
                    Map.of("errors", report.errors(), "report", report));
        }
        return report;
    }
}
