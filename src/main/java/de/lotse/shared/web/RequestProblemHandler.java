package de.lotse.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before a controller is chosen or before a form is bound (an upload over the size limit, a wrong
 * content type or method, a form list index out of range):
 * under {@code /api/} they become RFC 9457 problem details, on pages the error page with a clear message.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblemHandler {

    private final MessageSource messages;
    private final LayoutModelAdvice layout;
    private final long maxUploadBytes;

    RequestProblemHandler(
            MessageSource messages,
            LayoutModelAdvice layout,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:64MB}")
                    org.springframework.util.unit.DataSize maxUpload) {
        this.messages = messages;
        this.layout = layout;
        this.maxUploadBytes = maxUpload.toBytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        long megabytes = maxUploadBytes / (1024 * 1024);
        String detail = messages.getMessage("error.tooLarge.text", new Object[] {megabytes}, locale);
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, detail);
    }

    @ExceptionHandler(FormIndexes.FormIndexException.class)
    Object badFormIndex(HttpServletRequest request, FormIndexes.FormIndexException e, Locale locale) {
        String detail =
                messages.getMessage("error.formIndex.text", new Object[] {e.parameter(), e.maxEntries() - 1}, locale);
        return respond(request, HttpStatus.BAD_REQUEST, detail);
    }

    /** A form field name that binding cannot use, e.g. a list position past the form's limit in a file part's name. */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    Object badFormField(
            HttpServletRequest request, org.springframework.beans.InvalidPropertyException e, Locale locale) {
        String detail = messages.getMessage("error.formField.text", new Object[] {e.getPropertyName()}, locale);
        return respond(request, HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpServletRequest request, HttpMediaTypeNotSupportedException e) {
        return respond(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content type " + e.getContentType() + " is not supported here; supported: "
                        + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, HttpRequestMethodNotSupportedException e) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here.");
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String detail) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        // an exception handler's page gets no @ModelAttribute values: the layout's are added here
        ModelAndView page = new ModelAndView("error");
        Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
        page.addObject("currentLang", layout.currentLang(locale));
        page.addObject("uiLang", layout.uiLang(locale));
        page.addObject("langSwitch", layout.languageLinks(request));
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", detail);
        return page;
    }
}
