package de.lotse.directory.schedule;

import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** School holidays and public holidays as JSON (public), and their import (planners). */
@RestController
@RequestMapping(value = "/api/v1/directory/holidays", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory: consultation hours", description = "Holidays, consultation dates and iCalendar files")
class HolidayApiController {

    private final Holidays holidays;
    private final HolidayImport importer;

    HolidayApiController(Holidays holidays, HolidayImport importer) {
        this.holidays = holidays;
        this.importer = importer;
    }

    /** A holiday as the API shows it (who imported it is not public). */
    record HolidayResponse(
            String region,
            HolidayKind kind,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            String source,
            Instant importedAt) {

        static HolidayResponse of(Holiday h) {
            return new HolidayResponse(
                    h.region(), h.kind(), h.name(), h.startDate(), h.endDate(), h.source(), h.importedAt());
        }
    }

    @GetMapping
    @Operation(
            summary = "School holidays and public holidays",
            description = "The imported holidays of a state (ISO 3166-2 code without DE-, default NI) that touch the"
                    + " year, by start date; without year all years. Dates are inclusive ISO dates. 200 [] when"
                    + " nothing is imported for the year.")
    @ApiResponse(responseCode = "200", description = "The holidays")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown region or kind, or a year out of range",
            content = @Content(mediaType = "application/problem+json"))
    List<HolidayResponse> list(
            @Parameter(description = "State, e.g. NI") @RequestParam(defaultValue = "NI") String region,
            @Parameter(description = "Calendar year, e.g. 2026") @RequestParam(required = false) Integer year,
            @Parameter(description = "SCHOOL_HOLIDAY or PUBLIC_HOLIDAY") @RequestParam(required = false) String kind) {
        String state = region.strip().toUpperCase(Locale.ROOT);
        if (!ScheduleValidator.REGIONS.contains(state)) {
            throw ApiProblem.badRequest("Unknown region '" + region + "'; use a state code such as NI.");
        }
        HolidayKind only = kind == null || kind.isBlank() ? null : HolidayFileReader.kind(kind.strip());
        if (kind != null && !kind.isBlank() && only == null) {
            throw ApiProblem.badRequest("Unknown kind '" + kind + "'; use SCHOOL_HOLIDAY or PUBLIC_HOLIDAY.");
        }
        if (year != null && (year < 1900 || year > 2200)) {
            throw ApiProblem.badRequest("Year " + year + " is out of range.");
        }
        List<Holiday> found = year == null
                ? holidays.between(state, LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31)).stream()
                        .filter(h -> only == null || h.kind() == only)
                        .toList()
                : holidays.ofYear(state, year, only);
        return found.stream().map(HolidayResponse::of).toList();
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import holidays (planners)",
            description = "Uploads an iCalendar file (all-day VEVENTs: DTSTART/DTEND as DATE, SUMMARY = name) or a CSV"
                    + " file `region;kind;name;start;end[;source]` (ISO dates, end inclusive). The file replaces, per"
                    + " region and kind, the stored entries of the years it covers. All or nothing: with any error"
                    + " nothing is written and the answer is 422 with every error by file, line and field. With"
                    + " dryRun=true nothing is written and the report shows what would be replaced.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The report (stored, or what a dry run would store)")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not a planner")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown kind or region parameter",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "The file has errors; nothing was imported. Properties `errors` and `report`.",
            content = @Content(mediaType = "application/problem+json"))
    HolidayImportReport importFile(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "Only check and report, write nothing") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            @Parameter(description = "State of iCalendar rows (default NI)") @RequestParam(required = false)
                    String region,
            @Parameter(description = "Kind of iCalendar rows (default SCHOOL_HOLIDAY)") @RequestParam(required = false)
                    String kind,
            @Parameter(description = "Where the dates come from, for rows that name no source")
                    @RequestParam(required = false)
                    String source) {
        HolidayKind icsKind = kind == null || kind.isBlank() ? null : HolidayFileReader.kind(kind.strip());
        if (kind != null && !kind.isBlank() && icsKind == null) {
            throw ApiProblem.badRequest("Unknown kind '" + kind + "'; use SCHOOL_HOLIDAY or PUBLIC_HOLIDAY.");
        }
        if (region != null
                && !region.isBlank()
                && !ScheduleValidator.REGIONS.contains(region.strip().toUpperCase(Locale.ROOT))) {
            throw ApiProblem.badRequest("Unknown region '" + region + "'.");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HolidayImportReport report =
                importer.importFile(file.getOriginalFilename(), content, region, icsKind, source, dryRun);
        if (report.hasErrors()) {
            HolidayImportProblem first = report.errors().getFirst();
            throw ApiProblem.unprocessable(
                    report.fileName() + ": " + report.errors().size() + " error(s), nothing imported. First: line "
                            + first.line() + ", " + first.field() + ": " + first.message(),
                    Map.of("errors", report.errors(), "report", report));
        }
        return report;
    }
}
