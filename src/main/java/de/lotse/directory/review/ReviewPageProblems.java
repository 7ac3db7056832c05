package de.lotse.directory.review;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refused proposal steps on the pages that the page itself does not explain show the HTML error page with the
 * status: 403 for somebody else's proposal, 404 for a missing one, 409 for a step its state does not allow.
 */
@ControllerAdvice(
        assignableTypes = {DirectoryHomeController.class, ProposalPageController.class, ReviewPageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewPageProblems {

    @ExceptionHandler(ProposalException.class)
    void refused(ProposalException e, HttpServletResponse response) throws IOException {
        response.sendError(e.reason().status(), e.getMessage());
    }
}
