package de.lotse.indicator.web;

import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.InvalidThresholdException;
import de.lotse.indicator.StaleThresholdException;
import de.lotse.indicator.Threshold;
import de.lotse.indicator.Thresholds;
import de.lotse.indicator.UnknownThresholdException;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the early-warning thresholds of an indicator. Reading is public; creating, changing and deleting need the
 * role PLANNER (configured in the security chain for every write under {@code /api/v1/indicators/**}). A change names
 * the version it is based on in {@code If-Match} (the {@code ETag} of the threshold).
 */
@RestController
@RequestMapping("/api/v1/indicators/{key}/thresholds")
@Tag(name = "Early warning", description = "Thresholds per indicator, alerts of an area, life course of a territory")
class ThresholdApiController {

    private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

    private final Thresholds thresholds;
    private final IndicatorCatalog catalog;

    ThresholdApiController(Thresholds thresholds, IndicatorCatalog catalog) {
        this.thresholds = thresholds;
        this.catalog = catalog;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the thresholds of an indicator", description = "Oldest first; an empty list if none.")
    @ApiResponse(responseCode = "200", description = "The thresholds")
    @ApiResponse(
            responseCode = "404",
            description = "No indicator with this key",
            content = @Content(mediaType = "application/problem+json"))
    List<WarningJson.ThresholdResponse> list(@PathVariable @Parameter(example = "sgb2-quote-unter-15") String key) {
        return thresholds.list(indicator(key)).stream()
                .map(WarningJson.ThresholdResponse::of)
                .toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One threshold, with its version as ETag")
    @ApiResponse(responseCode = "200", description = "The threshold")
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or threshold",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<WarningJson.ThresholdResponse> get(
            @PathVariable @Parameter(example = "sgb2-quote-unter-15") String key, @PathVariable long id) {
        Threshold t = find(indicator(key), id);
        return ResponseEntity.ok().eTag(etag(t)).body(WarningJson.ThresholdResponse.of(t));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add a threshold (planners)",
            description = "kind ABSOLUTE: an alert when the value is above/below `limit`; kind DEVIATION: when it lies"
                    + " more than `limit` = k standard deviations above/below the mean of its comparison set (all"
                    + " units of the same level in the nearest Kreis or Land above it). Direction WORSE follows the"
                    + " indicator's polarity. Recorded in the audit trail.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields: `errors` lists each with `field` and `message`",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No indicator with this key",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<WarningJson.ThresholdResponse> create(
            @PathVariable @Parameter(example = "sgb2-quote-unter-15") String key,
            @RequestBody WarningJson.ThresholdRequest request) {
        IndicatorKey indicator = indicator(key);
        Threshold created;
        try {
            created = thresholds.create(indicator, body(request).draft());
        } catch (InvalidThresholdException e) {
            throw invalid(e);
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/indicators/" + indicator.value() + "/thresholds/" + created.id()))
                .eTag(etag(created))
                .body(WarningJson.ThresholdResponse.of(created));
    }

    @PutMapping(
            value = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a threshold (planners)",
            description = "Replaces every field. `If-Match` must carry the ETag (version) the change is based on;"
                    + " a threshold changed in the meantime answers 412 with its `currentVersion`.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields or malformed If-Match",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or threshold",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "412",
            description = "Changed in the meantime (stale If-Match)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<WarningJson.ThresholdResponse> update(
            @PathVariable @Parameter(example = "sgb2-quote-unter-15") String key,
            @PathVariable long id,
            @Parameter(description = "The ETag of the version the change is based on", example = "\"1\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody WarningJson.ThresholdRequest request) {
        IndicatorKey indicator = indicator(key);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw problem(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "Precondition required",
                    "Send If-Match with the ETag of the threshold you changed (GET it first).",
                    Map.of());
        }
        long expected = version(ifMatch);
        Threshold changed;
        try {
            changed = thresholds.update(indicator, id, expected, body(request).draft());
        } catch (InvalidThresholdException e) {
            throw invalid(e);
        } catch (StaleThresholdException e) {
            throw stale(e);
        } catch (UnknownThresholdException e) {
            throw ApiProblem.notFound(e.getMessage() + ".");
        }
        return ResponseEntity.ok().eTag(etag(changed)).body(WarningJson.ThresholdResponse.of(changed));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a threshold (planners)",
            description = "With `If-Match`, only if the threshold is still in that version. Recorded in the audit"
                    + " trail.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not a planner", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No such indicator or threshold",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "412",
            description = "Changed in the meantime (stale If-Match)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Void> delete(
            @PathVariable @Parameter(example = "sgb2-quote-unter-15") String key,
            @PathVariable long id,
            @Parameter(description = "Optional: the ETag the deletion is based on")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        IndicatorKey indicator = indicator(key);
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : version(ifMatch);
        try {
            thresholds.delete(indicator, id, expected);
        } catch (StaleThresholdException e) {
            throw stale(e);
        } catch (UnknownThresholdException e) {
            throw ApiProblem.notFound(e.getMessage() + ".");
        }
        return ResponseEntity.noContent().build();
    }

    private IndicatorKey indicator(String key) {
        IndicatorKey parsed;
        try {
            parsed = IndicatorKey.of(key);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        if (catalog.find(parsed).isEmpty()) {
            throw ApiProblem.notFound("There is no indicator with the key " + parsed + ".");
        }
        return parsed;
    }

    private Threshold find(IndicatorKey indicator, long id) {
        try {
            return thresholds.get(indicator, id);
        } catch (UnknownThresholdException e) {
            throw ApiProblem.notFound(e.getMessage() + ".");
        }
    }

    private static WarningJson.ThresholdRequest body(WarningJson.ThresholdRequest request) {
        if (request == null) {
            throw ApiProblem.badRequest("The request needs a JSON body with kind, direction, limit and severity.");
        }
        return request;
    }

    private static String etag(Threshold t) {
        return "\"" + t.version() + "\"";
    }

    private static long version(String ifMatch) {
        Matcher m = ETAG.matcher(ifMatch);
        if (!m.matches()) {
            throw ApiProblem.badRequest(
                    "If-Match '" + ifMatch + "' is not the ETag of a threshold, e.g. \"3\" (its version).");
        }
        return Long.parseLong(m.group(1));
    }

    private static ErrorResponseException invalid(InvalidThresholdException e) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", f.message()))
                .toList();
        return problem(
                HttpStatus.BAD_REQUEST,
                "Bad request",
                "Invalid threshold: " + e.getMessage(),
                Map.of("errors", errors, "field", e.errors().getFirst().field()));
    }

    private static ErrorResponseException stale(StaleThresholdException e) {
        return problem(
                HttpStatus.PRECONDITION_FAILED,
                "Precondition failed",
                e.getMessage() + ". Reload it and apply your change again.",
                Map.of("currentVersion", e.currentVersion()));
    }

    private static ErrorResponseException problem(
            HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return new ErrorResponseException(status, body, null);
    }
}
