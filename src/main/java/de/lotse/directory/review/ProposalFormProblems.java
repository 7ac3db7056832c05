package de.lotse.directory.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The problems of a form, by field path, as message key suffixes ({@code required}, {@code invalid}, ...). */
final class ProposalFormProblems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String code) {
        byField.putIfAbsent(field, code);
    }

    Map<String, String> all() {
        return byField;
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        if (ProposalForm.isBlank(value)) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            add(field, "invalid");
            return null;
        }
    }

    Integer integer(String field, String value, int min, int max) {
        if (ProposalForm.isBlank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                add(field, "range");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            add(field, "number");
            return null;
        }
    }

    BigDecimal decimal(String field, String value) {
        if (ProposalForm.isBlank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            add(field, "number");
            return null;
        }
    }

    LocalDate date(String field, String value) {
        if (ProposalForm.isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "date");
            return null;
        }
    }

    LocalTime time(String field, String value) {
        if (ProposalForm.isBlank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "time");
            return null;
        }
    }

    void require(String field, Object parsed, String raw) {
        if (parsed == null && ProposalForm.isBlank(raw)) {
            add(field, "required");
        }
    }

    Boolean tri(String value) {
        return ProposalForm.isBlank(value) ? null : Boolean.valueOf(value.strip());
    }
}
