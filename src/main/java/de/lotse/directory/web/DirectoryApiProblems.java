package de.lotse.directory.web;

import de.lotse.directory.DirectoryProblem;
import de.lotse.directory.StaleServiceException;
import de.lotse.shared.web.ApiProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems of the directory API: 422 with every field problem, 409 naming what changed and who. */
final class DirectoryApiProblems {

    /** A field problem as the API shows it. */
    record FieldError(String field, String messageKey, String message) {}

    /** A field changed since the expected version. */
    record ChangedField(String field, String changedBy, String changedAt) {}

    private DirectoryApiProblems() {}

    static ErrorResponseException invalid(String what, List<DirectoryProblem> problems) {
        List<FieldError> errors = problems.stream()
                .map(p -> new FieldError(p.path(), p.messageKey(), p.message()))
                .toList();
        String detail = "The " + what + " has " + errors.size() + " invalid field(s): "
                + String.join(
                        "; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return ApiProblem.unprocessable(detail, Map.of("errors", errors));
    }

    static ErrorResponseException stale(String what, StaleServiceException e) {
        List<ChangedField> changes = e.changes().stream()
                .map(c ->
                        new ChangedField(c.field(), c.changedBy(), c.changedAt().toString()))
                .toList();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("expectedVersion", e.expectedVersion());
        properties.put("currentVersion", e.actualVersion());
        properties.put("changedBy", e.changedBy());
        properties.put("changedFields", changes);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                what + " was changed after version " + e.expectedVersion() + " (now version " + e.actualVersion()
                        + (e.changedBy().isEmpty() ? "" : ", by " + String.join(", ", e.changedBy()))
                        + "). Changed fields: "
                        + (changes.isEmpty()
                                ? "none recorded"
                                : String.join(
                                        ", ",
                                        changes.stream()
                                                .map(ChangedField::field)
                                                .toList()))
                        + ". Read it again, apply your change and send If-Match: \"" + e.actualVersion() + "\".");
        body.setTitle("Conflict");
        properties.forEach(body::setProperty);
        return new ErrorResponseException(HttpStatus.CONFLICT, body, null);
    }
}
