package de.lotse.planning.web;

import de.lotse.planning.Measures;
import de.lotse.planning.StatusReport;
import de.lotse.planning.StatusReportDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The status log of a measure: read it, add a report (planners and members of the lead organisation). */
@RestController
@RequestMapping("/api/v1/measures/{id}/status-reports")
@Tag(name = "Measures")
class StatusReportApiController {

    private final Measures measures;

    StatusReportApiController(Measures measures) {
        this.measures = measures;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The status log of a measure",
            description = "Oldest first (by the day a report speaks" + " about, then by entry).")
    @ApiResponse(responseCode = "200", description = "The reports")
    @ApiResponse(
            responseCode = "404",
            description = "No such measure",
            content = @Content(mediaType = "application/problem+json"))
    List<MeasureJson.StatusReportJson> list(@PathVariable long id) {
        return measures.statusReports(id).stream()
                .map(MeasureJson.StatusReportJson::of)
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Report the status of a measure",
            description = "Planners, and users who act for the"
                    + " measure's lead organisation. Transitions: PLANNED → IN_PROGRESS/POSTPONED/ABANDONED; IN_PROGRESS →"
                    + " DONE/DELAYED/POSTPONED/ABANDONED; DELAYED → IN_PROGRESS/DONE/POSTPONED/ABANDONED; POSTPONED →"
                    + " PLANNED/IN_PROGRESS/ABANDONED; DONE and ABANDONED are final unless a planner reopens the measure"
                    + " (`reopen: true`, the text says why). The same status updates the progress; DONE means 100.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "201", description = "Reported")
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Neither a planner nor a member of the lead organisation",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such measure",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "The report breaks a rule, listed in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<MeasureJson.StatusReportJson> report(
            @PathVariable long id, @RequestBody MeasureJson.StatusReportRequest request) {
        StatusReport report = measures.reportStatus(
                id,
                new StatusReportDraft(
                        request.asOf(),
                        request.status(),
                        request.progress(),
                        request.text(),
                        Boolean.TRUE.equals(request.reopen())));
        return ResponseEntity.created(URI.create("/api/v1/measures/" + id + "/status-reports"))
                .body(MeasureJson.StatusReportJson.of(report));
    }
}
