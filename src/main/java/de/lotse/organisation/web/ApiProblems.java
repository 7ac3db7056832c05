package de.lotse.organisation.web;

import de.lotse.organisation.OrganisationDraft;
import de.lotse.shared.web.ApiProblem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The RFC 9457 problems of the organisation and body API: invalid fields (422, a taken key 409), a missing
 * {@code If-Match} (428) and a change based on an old version (409, naming both versions, who changed the entry
 * and which fields of the request differ from the stored entry).
 */
final class ApiProblems {

    /** Field names of the service → field names of the API (references go by key there). */
    private static final Map<String, String> API_FIELDS =
            Map.of("parentId", "parentKey", "territoryId", "territoryKey", "convenorId", "convenorKey");

    private ApiProblems() {}

    /** 409 when the only problem is a taken key, else 422 listing every field problem in {@code errors}. */
    static ErrorResponseException invalid(String what, List<OrganisationDraft.FieldProblem> problems) {
        if (problems.stream().anyMatch(p -> p.code().equals("key.taken"))) {
            return ApiProblem.conflict("The key is already taken by another " + what + ".");
        }
        List<OrganisationJson.FieldError> errors = problems.stream()
                .map(p -> new OrganisationJson.FieldError(API_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                .toList();
        String detail = "The " + what + " has " + errors.size() + " invalid field(s): "
                + String.join(
                        "; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return ApiProblem.unprocessable(detail, Map.of("errors", errors));
    }

    static ErrorResponseException stale(
            String what,
            long expected,
            long current,
            String changedBy,
            Instant changedAt,
            List<String> differingFields) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("expectedVersion", expected);
        properties.put("currentVersion", current);
        properties.put("changedBy", changedBy);
        properties.put("changedAt", changedAt.toString());
        List<String> fields =
                differingFields.stream().map(f -> API_FIELDS.getOrDefault(f, f)).toList();
        properties.put("differingFields", fields);
        return problem(
                HttpStatus.CONFLICT,
                "Conflict",
                what + " was changed after version " + expected + " (now version " + current + ", by " + changedBy
                        + "). Fields where your request differs from the stored entry: "
                        + (fields.isEmpty() ? "none" : String.join(", ", fields))
                        + ". Read it again, apply your change and send If-Match: \"" + current + "\".",
                properties);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static ErrorResponseException problem(
            HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return new ErrorResponseException(status, body, null);
    }
}
