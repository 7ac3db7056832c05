package de.lotse.directory.coverage;

import de.lotse.planning.Measure;
import de.lotse.planning.Measures;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The planning measures a service implements: read by anyone, replaced by planners (If-Match on the link set). */
@RestController
@Tag(name = "Directory measures", description = "Planning measures a counselling service implements")
class ServiceMeasureApiController {

    private final ServiceMeasureLinks links;
    private final Measures measures;

    ServiceMeasureApiController(ServiceMeasureLinks links, Measures measures) {
        this.links = links;
        this.measures = measures;
    }

    /** A linked measure. */
    record LinkedMeasure(long measureId, String title, String url, String linkedAt) {}

    /** The new set of measures. */
    record MeasuresRequest(List<Long> measureIds) {}

    @GetMapping(value = "/api/v1/directory/services/{id}/measures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Measures a service implements",
            description = "The planning measures linked to the service; the ETag is the version of the link set.")
    @ApiResponse(
            responseCode = "200",
            description = "The measures (an empty list when none)",
            headers = @Header(name = "ETag", description = "The version of the link set"))
    @ApiResponse(
            responseCode = "404",
            description = "No such service",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<List<LinkedMeasure>> get(@PathVariable UUID id) {
        service(id);
        List<ServiceMeasureLinks.Link> current = links.links(id);
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(links.version(id)))
                .body(current.stream()
                        .map(l -> new LinkedMeasure(
                                l.measureId(),
                                measures.find(l.measureId()).map(Measure::title).orElse(null),
                                "/massnahmen/" + l.measureId(),
                                l.linkedAt().toString()))
                        .toList());
    }

    @PutMapping(
            value = "/api/v1/directory/services/{id}/measures",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace the measures of a service (planners)",
            description = "Sets the linked measures to exactly the given ids. Conditional: If-Match must carry the ETag"
                    + " of GET; 409 when the links changed since.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such service",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "The links changed since the given version",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Unknown measure ids",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<List<LinkedMeasure>> put(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody MeasuresRequest request) {
        if (!CoverageAccess.planner()) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only planners link services to planning measures.");
            body.setTitle("Forbidden");
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, body, null);
        }
        service(id);
        long current = links.version(id);
        long expected = IfMatch.expectedVersion(ifMatch, current, "GET /api/v1/directory/services/" + id + "/measures");
        if (expected != current) {
            throw ApiProblem.conflict(
                    "The measures of this service were changed since your version; current version " + current + ".");
        }
        List<Long> ids = request == null || request.measureIds() == null ? List.of() : request.measureIds();
        List<Map<String, Object>> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long m = ids.get(i);
            if (m == null || measures.find(m).isEmpty()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("field", "measureIds[" + i + "]");
                p.put("message", "no such measure: " + m);
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.unprocessable("Unknown measures.", Map.of("errors", problems));
        }
        links.replace(id, ids);
        return get(id);
    }

    private ServiceMeasureLinks.ServiceRef service(UUID id) {
        Optional<ServiceMeasureLinks.ServiceRef> s = links.service(id);
        return s.orElseThrow(() -> ApiProblem.notFound("There is no service " + id + "."));
    }
}
