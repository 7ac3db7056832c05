package de.lotse.planning.web;

import de.lotse.planning.StaleTargetException;
import de.lotse.planning.TargetDraft;
import de.lotse.shared.web.ApiProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problems of the target and performance-measure API, and the reading of If-Match. */
final class TargetProblems {

    private TargetProblems() {}

    /** 422 with every invalid field in {@code errors} as {field, message}. */
    static ErrorResponseException invalid(String what, List<TargetDraft.Problem> problems) {
        List<TargetJson.FieldError> errors = problems.stream()
                .map(p -> new TargetJson.FieldError(p.field(), p.message()))
                .toList();
        String detail = what + " has " + errors.size() + " invalid field(s): "
                + String.join(
                        "; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return ApiProblem.unprocessable(detail, Map.of("errors", errors));
    }

    /** 409 naming who changed which fields since the version in If-Match. */
    static ErrorResponseException stale(StaleTargetException e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", e.actualVersion());
        properties.put("changedFields", e.changedFields());
        properties.put(
                "changes",
                e.changes().stream()
                        .map(c -> new TargetJson.ChangeResponse(c.version(), c.changedAt(), c.changedBy(), c.fields()))
                        .toList());
        return problem(
                HttpStatus.CONFLICT,
                "Conflict",
                "Target " + e.targetId() + " was changed after version " + e.expectedVersion() + " (now version "
                        + e.actualVersion() + "); changed since: " + String.join(", ", e.changedFields())
                        + ". Read it again, apply your change and send If-Match: \"" + e.actualVersion() + "\".",
                properties);
    }

    /** 403. */
    static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", detail, Map.of());
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static ErrorResponseException problem(
            HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return new ErrorResponseException(status, body, null);
    }
}
