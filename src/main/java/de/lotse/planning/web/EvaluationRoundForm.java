package de.lotse.planning.web;

import de.lotse.planning.EvaluationRoundDraft;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The form of a new evaluation round. The date comes from {@code <input type="date">} (ISO) or, typed by hand where the
 * browser has no date picker, as {@code 31.03.2016}.
 */
class EvaluationRoundForm {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.uuuu");

    private String title = "";
    private String asOf = "";
    private String note = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The date entered; empty when the field is blank or not a date. */
    Optional<LocalDate> date() {
        if (asOf == null || asOf.isBlank()) {
            return Optional.empty();
        }
        String text = asOf.strip();
        try {
            return Optional.of(text.contains(".") ? LocalDate.parse(text, GERMAN) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether something was entered as date that is not one. */
    boolean dateMalformed() {
        return asOf != null && !asOf.isBlank() && date().isEmpty();
    }

    EvaluationRoundDraft draft() {
        return new EvaluationRoundDraft(title, date().orElse(null), note);
    }
}
