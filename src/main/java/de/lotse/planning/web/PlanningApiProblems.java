package de.lotse.planning.web;

import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.PlanningAccessDeniedException;
import de.lotse.planning.StalePlanningException;
import de.lotse.planning.UnknownPlanningException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
