package de.lotse.planning.web;

import de.lotse.planning.Money;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.StalePlanningException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Text conversions of the planning forms: dates (ISO from date inputs, or 31.12.2015), euro amounts (10.000,50),
 * ids; problems of the services as localised messages per form field; stale-save notices.
 */
@Component
class FormText {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter GERMAN_OUT = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");

    private final MessageSource messages;

    FormText(MessageSource messages) {
        this.messages = messages;
    }

    /** A date from a date input (2015-12-31) or typed the German way (31.12.2015); blank: null. */
    static LocalDate date(String text, String field, List<PlanningProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), GERMAN);
            } catch (DateTimeParseException e2) {
                problems.add(new PlanningProblem(field, "strategy.error.date", "not a date"));
                return null;
            }
        }
    }

    static Money money(String text, String field, List<PlanningProblem> problems) {
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new PlanningProblem(field, "strategy.error.money", "not an amount of euros"));
            return null;
        }
    }

    static BigDecimal percent(String text, String field, List<PlanningProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", "."));
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new PlanningProblem(field, "strategy.error.percent", "0 to 100"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new PlanningProblem(field, "strategy.error.percent", "0 to 100"));
            return null;
        }
    }

    static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** An amount for a form input, German style (10.000,00); empty when unknown. */
    static String euros(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(money.euros());
    }

    static String id(Long id) {
        return id == null ? "" : id.toString();
    }

    String germanDate(LocalDate date) {
        return date == null ? "" : GERMAN_OUT.format(date);
    }

    /** Problems as messages per form field (the first problem of a field wins). */
    Map<String, String> errors(List<PlanningProblem> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (PlanningProblem p : problems) {
            errors.putIfAbsent(p.field(), messages.getMessage(p.code(), null, p.message(), locale));
        }
        return errors;
    }

    /** Who changed which fields since the form was loaded, one line per change, for the conflict notice. */
    List<String> conflict(StalePlanningException e, String labelPrefix, Locale locale) {
        return e.changes().stream()
                .map(c -> messages.getMessage(
                        "strategy.conflict.change",
                        new Object[] {
                            c.changedBy(),
                            TIME_OUT.format(c.changedAt().atZone(ZoneId.of("Europe/Berlin"))),
                            c.fields().stream()
                                    .map(f -> label(labelPrefix + f, f, locale))
                                    .collect(Collectors.joining(", "))
                        },
                        locale))
                .toList();
    }

    String label(String code, String fallback, Locale locale) {
        return messages.getMessage(code, null, fallback, locale);
    }

    static String time(Instant instant) {
        return TIME_OUT.format(instant.atZone(ZoneId.of("Europe/Berlin")));
    }
}
