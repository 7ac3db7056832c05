package de.lotse.directory.hsds;

import de.lotse.account.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Import of a whole HSDS 3.0 dataset (planners), with a dry run. */
@RestController
@Tag(name = "HSDS")
class HsdsImportApiController {

    private final HsdsImport imports;

    HsdsImportApiController(HsdsImport imports) {
        this.imports = imports;
    }

    @PostMapping(
            value = "/api/v1/directory/imports/hsds",
            consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import an HSDS dataset (planners)",
            description = "Body: an object with arrays organizations, services (nested as GET /api/hsds/services/{id}"
                    + " emits them), locations, taxonomies, taxonomy_terms; or a single array of services. Atomic:"
                    + " everything or nothing. Services, places and service_at_locations keep their HSDS ids (an"
                    + " existing id is updated); organizations are matched by their Lotse id, the identifier"
                    + " lotse/key or the name, else created as providers. dryRun=true reports what would be created"
                    + " or updated and writes nothing. Problems name the JSON path, e.g."
                    + " services[3].schedules[0].closes_at.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Imported (or, dry run, would be imported): the report")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed JSON (line and column in `errors`)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "Not a planner")
    @ApiResponse(
            responseCode = "422",
            description = "The dataset has problems, listed in `errors` as {path, message}; nothing was written",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> importDataset(
            @Parameter(description = "Check and report only; write nothing") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            @RequestBody(required = false) String body) {
        HsdsImportReport report = imports.run(body, dryRun, Actors.currentUsername());
        if (report.ok()) {
            return ResponseEntity.ok(report);
        }
        boolean malformed = report.problems().size() == 1
                && "$".equals(report.problems().get(0).path());
        HttpStatus status = malformed ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                malformed
                        ? report.problems().get(0).message()
                        : report.problems().size() + " problem(s) in the dataset; nothing was imported.");
        problem.setTitle(malformed ? "Bad request" : "Unprocessable content");
        problem.setInstance(URI.create("/api/v1/directory/imports/hsds"));
        problem.setProperty("dryRun", dryRun);
        problem.setProperty("errors", report.problems());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
