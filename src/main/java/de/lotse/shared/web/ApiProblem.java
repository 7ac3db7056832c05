package de.lotse.shared.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An error of an API request that becomes an RFC 9457 problem detail. */
public class ApiProblem extends ErrorResponseException {

    private ApiProblem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        getBody().setTitle(title);
        properties.forEach(getBody()::setProperty);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, Map.of());
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail, Map.of());
    }

    public static ApiProblem unprocessable(String detail, Map<String, Object> properties) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable content", detail, properties);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, Map.of());
    }
}
