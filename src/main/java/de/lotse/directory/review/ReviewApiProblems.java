package de.lotse.directory.review;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused proposal steps into RFC 9457 problems: 403, 404, 409 (illegal state, stale proposal with
 * {@code currentVersion}, service changed since the proposal with {@code changedFields}), 422 with {@code errors}.
 */
@RestControllerAdvice(assignableTypes = {ProposalApiController.class, DirectoryEntryApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiProblems {

    /** One invalid field. */
    record FieldError(String field, String messageKey, String message) {}

    @ExceptionHandler(ProposalException.class)
    ResponseEntity<ProblemDetail> refused(ProposalException e) {
        HttpStatus status = HttpStatus.valueOf(e.reason().status());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        body.setType(URI.create("about:blank"));
        body.setTitle(status.getReasonPhrase());
        body.setProperty("reason", e.reason().name());
        switch (e.reason()) {
            case INVALID ->
                body.setProperty(
                        "errors",
                        e.problems().stream()
                                .map(p -> new FieldError(p.field(), p.messageKey(), p.message()))
                                .toList());
            case STALE -> body.setProperty("currentVersion", e.currentVersion());
            case SERVICE_CHANGED -> {
                body.setProperty("currentServiceVersion", e.currentVersion());
                body.setProperty("changedFields", e.changedFields());
            }
            default -> {}
        }
        return ResponseEntity.status(status).body(body);
    }
}
