package de.lotse.planning.web;

import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.PlanningAccessDeniedException;
import de.lotse.planning.StalePlanningException;
import de.lotse.planning.UnknownPlanningException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the planning module's exceptions into RFC 9457 problems for the planning API: 404 unknown, 422 invalid (with
 * {@code errors}), 409 stale (with {@code currentVersion}, {@code changedFields} and {@code changes}), 403 denied.
 * Also the If-Match handling shared by the PUT endpoints (428 without, 400 malformed).
 */
@RestControllerAdvice(
        assignableTypes = {
            StrategyApiController.class,
            MeasureApiController.class,
            StatusReportApiController.class,
            CrossCuttingAspectApiController.class,
            FieldOfActionApiController.class
        })
class PlanningApiProblems {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    @ExceptionHandler(UnknownPlanningException.class)
    ProblemDetail unknown(UnknownPlanningException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(InvalidPlanningException.class)
    ProblemDetail invalid(InvalidPlanningException e) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), p.message()))
                .toList();
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable content", e.getMessage(), Map.of("errors", errors));
    }

    @ExceptionHandler(StalePlanningException.class)
    ProblemDetail stale(StalePlanningException e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", e.actualVersion());
        properties.put("changedFields", e.changedFields());
        properties.put("changes", e.changes());
        return problem(
                HttpStatus.CONFLICT,
                "Conflict",
                e.getMessage() + " Send If-Match: \"" + e.actualVersion() + "\" after reading it again.",
                properties);
    }

    @ExceptionHandler(PlanningAccessDeniedException.class)
    ProblemDetail denied(PlanningAccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), Map.of());
    }

    /** One invalid field of a request. */
    record FieldError(String field, String message) {}

    /** The version named in If-Match: 428 without one (or with *), 400 for a malformed one. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new ErrorResponseException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    problem(
                            HttpStatus.PRECONDITION_REQUIRED,
                            "Precondition required",
                            "A change must name the"
                                    + " version it is based on: send If-Match with the ETag of the last GET, e.g. \"3\".",
                            Map.of()),
                    null);
        }
        Matcher m = ENTITY_TAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new ErrorResponseException(
                    HttpStatus.BAD_REQUEST,
                    problem(
                            HttpStatus.BAD_REQUEST,
                            "Bad request",
                            "If-Match must be one ETag such as \"3\"; got " + ifMatch.strip(),
                            Map.of()),
                    null);
        }
        return Long.parseLong(m.group(1));
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        properties.forEach(body::setProperty);
        return body;
    }
}
