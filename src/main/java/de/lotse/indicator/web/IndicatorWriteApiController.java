package de.lotse.indicator.web;

import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKeyTakenException;
import de.lotse.indicator.StaleIndicatorException;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Write API of the indicator catalogue for planners: create an indicator, replace its definition. Updates are
 * conditional (RFC 9110): the ETag of an indicator is its revision ({@code "7"}), and a PUT must name the revision it
 * is based on in {@code If-Match}. Without it the answer is 428; with a revision that is no longer current it is 412,
 * and the problem names who changed which fields since. Every change is recorded in the audit trail by the catalogue.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicator catalogue, time series and cross-sections with rank and deviation")
class IndicatorWriteApiController {

    private static final Pattern ENTITY_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private final IndicatorCatalog catalog;
    private final MessageSource messages;

    IndicatorWriteApiController(IndicatorCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create an indicator (planners)",
            description = "Creates the indicator in version 1, revision 1. The key is required and cannot change"
                    + " later. Formulas may refer only to indicators that are in the catalogue. Field problems are"
                    + " listed in `errors` of a 422 problem, each with the JSON path of the field.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", description = "The indicator's URL"),
                @Header(name = "ETag", description = "The revision, e.g. \"1\"; send it in If-Match to update")
            })
    @ApiResponse(
            responseCode = "400",
            description = "The body is not JSON of the expected shape",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "Another indicator has the key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<IndicatorWriteJson.SavedResponse> create(
            @RequestBody IndicatorWriteJson.IndicatorRequest request, Locale locale) {
        IndicatorInput.Result result = request.toInput().validate(catalog, null);
        result.problems().stream()
                .filter(p -> p.code().equals("catalogue.error.keyTaken"))
                .findFirst()
                .ifPresent(p -> {
                    throw ApiProblem.conflict(message(p, locale));
                });
        IndicatorDefinition definition = valid(result, locale);
        Indicator created;
        try {
            created = catalog.create(definition);
        } catch (IndicatorKeyTakenException e) {
            throw ApiProblem.conflict(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable(e.getMessage(), Map.of());
        }
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.key()))
                .eTag(etag(created))
                .body(saved(created, List.of(), false));
    }

    @PutMapping(
            value = "/{key}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace an indicator's definition (planners)",
            description = "Conditional update: `If-Match` must carry the ETag (revision) the change is based on, as"
                    + " returned by POST/PUT or found in `version.revision` of GET. A change of the definition,"
                    + " formula, unit, source table code or reference date creates a new version (values keep the"
                    + " version they were computed with); other changes update the current version. A request that"
                    + " changes nothing changes nothing. `If-Match: *` is not accepted: Lotse needs to know which"
                    + " revision the change is based on, so that nobody overwrites a change they have not seen.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved (or unchanged)",
            headers = @Header(name = "ETag", description = "The new revision"))
    @ApiResponse(
            responseCode = "400",
            description = "The body is not JSON of the expected shape, the key or If-Match is malformed",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No indicator with this key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "412",
            description = "The indicator was changed after the revision in If-Match; `currentRevision`, `changes`"
                    + " (revision, changedAt, changedBy, fields) and `changedFields` say what changed since",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields, listed in `errors` as {field, message}",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing (or *)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<IndicatorWriteJson.SavedResponse> update(
            @PathVariable @Parameter(example = "bevoelkerung") String key,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "If-Match",
                            description = "The ETag of the revision the change is based on",
                            example = "\"3\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody IndicatorWriteJson.IndicatorRequest request,
            Locale locale) {
        IndicatorKey parsed = parseKey(key);
        Indicator current =
                catalog.find(parsed).orElseThrow(() -> ApiProblem.notFound("There is no indicator '" + parsed + "'."));
        long expected = expectedRevision(ifMatch, current);
        if (expected != current.revision()) {
            throw stale(
                    parsed,
                    expected,
                    current.revision(),
                    catalog.changes(parsed).stream()
                            .filter(c -> c.revision() > expected)
                            .toList());
        }
        IndicatorDefinition definition = valid(request.toInput().validate(catalog, parsed), locale);
        List<String> changed = definition.changesFrom(current.definition());
        boolean newVersion = definition.changesMeaningOf(current.definition());
        Indicator updated;
        try {
            updated = catalog.update(parsed, expected, definition);
        } catch (StaleIndicatorException e) {
            throw stale(parsed, expected, e.actualRevision(), e.changes());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable(e.getMessage(), Map.of());
        }
        return ResponseEntity.ok().eTag(etag(updated)).body(saved(updated, changed, newVersion));
    }

    /** The revision named in If-Match; 428 without one, 400 for a malformed one. */
    private static long expectedRevision(String ifMatch, Indicator current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw problem(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "Precondition required",
                    "An update must name the revision it is based on: send If-Match: \"" + current.revision()
                            + "\" (the ETag of the indicator, also in version.revision of GET /api/v1/indicators/"
                            + current.key() + ").",
                    Map.of("currentRevision", current.revision()));
        }
        if (ifMatch.strip().equals("*")) {
            throw problem(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "Precondition required",
                    "If-Match: * is not accepted; name the revision the change is based on, e.g. If-Match: \""
                            + current.revision() + "\", so that no change made in the meantime is overwritten.",
                    Map.of("currentRevision", current.revision()));
        }
        List<Long> tags = new ArrayList<>();
        for (String part : ifMatch.split(",")) {
            Matcher m = ENTITY_TAG.matcher(part.strip());
            if (!m.matches()) {
                throw ApiProblem.badRequest(
                        "If-Match must be the strong ETag of the indicator, e.g. \"3\"; got " + ifMatch.strip() + ".");
            }
            tags.add(Long.parseLong(m.group(1)));
        }
        return tags.contains(current.revision())
                ? current.revision()
                : tags.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static ErrorResponseException stale(
            IndicatorKey key, long expected, long actual, List<StaleIndicatorException.Change> changes) {
        Set<String> fields = new LinkedHashSet<>();
        changes.forEach(c -> fields.addAll(c.fields()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentRevision", actual);
        properties.put("changedFields", List.copyOf(fields));
        properties.put(
                "changes",
                changes.stream()
                        .map(c -> new IndicatorWriteJson.ChangeResponse(
                                c.revision(), c.changedAt(), c.changedBy(), c.fields()))
                        .toList());
        return problem(
                HttpStatus.PRECONDITION_FAILED,
                "Precondition failed",
                "Indicator '" + key + "' was changed after revision " + expected + " (now revision " + actual
                        + "); changed since: " + String.join(", ", fields) + ". Read it again, apply your change"
                        + " and send If-Match: \"" + actual + "\".",
                properties);
    }

    private IndicatorDefinition valid(IndicatorInput.Result result, Locale locale) {
        if (result.valid()) {
            return result.definition();
        }
        List<IndicatorWriteJson.FieldError> errors = result.problems().stream()
                .map(p -> new IndicatorWriteJson.FieldError(p.field(), message(p, locale)))
                .toList();
        String detail = "The indicator has " + errors.size() + " invalid field(s): "
                + String.join(
                        "; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        throw ApiProblem.unprocessable(detail, Map.of("errors", errors));
    }

    private String message(IndicatorInput.Problem problem, Locale locale) {
        return messages.getMessage(problem.code(), problem.args().toArray(), locale);
    }

    private static IndicatorKey parseKey(String key) {
        try {
            return IndicatorKey.of(key);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private static String etag(Indicator indicator) {
        return "\"" + indicator.revision() + "\"";
    }

    private static IndicatorWriteJson.SavedResponse saved(
            Indicator indicator, List<String> changed, boolean newVersion) {
        return new IndicatorWriteJson.SavedResponse(
                IndicatorJson.IndicatorResponse.of(indicator),
                changed,
                newVersion,
                indicator.version(),
                indicator.revision());
    }

    private static ErrorResponseException problem(
            HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return new ErrorResponseException(status, body, null);
    }
}
