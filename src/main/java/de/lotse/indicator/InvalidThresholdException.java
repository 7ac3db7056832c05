package de.lotse.indicator;

import java.util.List;
import java.util.stream.Collectors;

/** A threshold draft with mistakes; each names the field, a message key for the pages and an English message. */
public class InvalidThresholdException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidThresholdException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One mistake.
     *
     * @param field the field of {@link ThresholdDraft}, e.g. {@code limit}
     * @param code the message key of the warning pages, e.g. {@code warning.error.limit.number}
     * @param message the mistake in English, for the API
     */
    public record FieldError(String field, String code, String message) {}
}
