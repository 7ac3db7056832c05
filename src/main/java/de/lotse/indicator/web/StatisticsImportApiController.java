package de.lotse.indicator.web;

import de.lotse.indicator.ColumnMapping;
import de.lotse.indicator.ImportRequest;
import de.lotse.indicator.StatisticsImportReport;
import de.lotse.indicator.StatisticsImporter;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON API for imports of indicator values from statistics files (GENESIS table CSV, GENESIS flat file, long format).
 * Under {@code /api/v1/imports/statistics}, which the security configuration opens to planners (and administrators).
 */
@RestController
@RequestMapping("/api/v1/imports/statistics")
@Tag(name = "Imports", description = "Import of indicator values from official statistics files")
class StatisticsImportApiController {

    private final StatisticsImporter importer;
    private final JsonMapper json;
    private final MessageSource messages;

    StatisticsImportApiController(StatisticsImporter importer, JsonMapper json, MessageSource messages) {
        this.importer = importer;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import indicator values from a statistics file",
            description = "Uploads a GENESIS / Regionaldatenbank table CSV, a GENESIS flat file (ffcsv) or a file in"
                    + " the long format (header territory,indicator,period,value[,status]) as CSV (separated by ';' or"
                    + " ',', UTF-8) or as an Excel workbook (XLSX, first sheet). The format is detected from the"
                    + " content. Files of up to 200 MB are read as a stream; the call is synchronous and answers when"
                    + " the whole file has been read (allow a long timeout for large files). Errors are listed with"
                    + " their line, the first 100 of each kind; errorCounts gives the number of each kind. A GENESIS table needs a mapping of its"
                    + " columns to indicators, given as JSON {\"columns\":[{\"codes\":[…] or \"path\":[…],"
                    + " \"indicator\":\"key\"}]} or saved by an earlier import of the same table; without one the"
                    + " answer is 422 listing the table's columns. With dryRun=true (the default) nothing is written"
                    + " and the report says what would be created, changed and rejected. A file with errors is"
                    + " rejected as a whole (422, every error with its line) unless importValidRows=true.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @Parameter(
            name = "mapping",
            in = ParameterIn.QUERY,
            description =
                    "Column mapping for a GENESIS table as JSON; also accepted as a form field or a JSON file part"
                            + " named mapping")
    @ApiResponse(responseCode = "200", description = "The import report (committed, or what a dry run would do)")
    @ApiResponse(
            responseCode = "400",
            description = "Bad parameters (e.g. a mapping that is not valid JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "401",
            description = "Not authenticated",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Neither a planner nor an administrator",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "413",
            description = "The file is larger than 200 MB",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "The file has errors or needs a mapping; nothing was imported. Properties `errors` and"
                    + " `report` (with `columns` when a mapping is needed).",
            content = @Content(mediaType = "application/problem+json"))
    StatisticsImportReport importFile(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "Only report what would change") @RequestParam(defaultValue = "true")
                    boolean dryRun,
            @Parameter(description = "Write the valid rows of a file with errors in some rows")
                    @RequestParam(defaultValue = "false")
                    boolean importValidRows,
            @Parameter(hidden = true) HttpServletRequest request) {
        ColumnMapping columns = mapping(request);
        StatisticsImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = importer.importFile(
                    file.getOriginalFilename(), in, new ImportRequest(dryRun, importValidRows, columns));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report.hasErrors() && !report.committed()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("errors", report.errors());
            properties.put("report", report);
            throw ApiProblem.unprocessable(
                    messages.getMessage(
                            "indicator.import.api.rejected",
                            new Object[] {
                                report.fileName(),
                                report.errorTotal(),
                                report.errors().getFirst().message()
                            },
                            LocaleContextHolder.getLocale()),
                    properties);
        }
        return report;
    }

    /** The mapping from the parameter or form field {@code mapping}, or from a JSON file part of that name. */
    private ColumnMapping mapping(HttpServletRequest request) {
        String source = request.getParameter("mapping");
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile part = multipart == null ? null : multipart.getFile("mapping");
        if ((source == null || source.isBlank()) && part != null && !part.isEmpty()) {
            try {
                source = new String(part.getBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return ColumnMapping.fromJson(json, source);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("mapping: " + e.getMessage());
        }
    }
}
