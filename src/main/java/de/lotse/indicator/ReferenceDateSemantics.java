package de.lotse.indicator;

/**
 * What date or span an indicator's figures refer to, e.g. the population on 31 December or the childcare figures on
 * 1 March. Planners need it to compare figures that were counted on different days.
 *
 * @param rule the kind of reference date
 * @param note the description when the rule is {@link Rule#OTHER} (e.g. "Stichtag 15. Oktober"), otherwise {@code
 *     null}
 */
public record ReferenceDateSemantics(Rule rule, String note) {

    public ReferenceDateSemantics {
        if (rule == null) {
            throw new IllegalArgumentException("A reference date needs a rule");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (rule == Rule.OTHER && note == null) {
            throw new IllegalArgumentException("A reference date of kind OTHER needs a note that describes it");
        }
        if (rule != Rule.OTHER && note != null) {
            throw new IllegalArgumentException("Only a reference date of kind OTHER takes a note, not " + rule);
        }
        if (note != null && note.length() > 300) {
            throw new IllegalArgumentException("The note on a reference date has at most 300 characters");
        }
    }

    /** A reference date described by its rule alone. */
    public static ReferenceDateSemantics of(Rule rule) {
        return new ReferenceDateSemantics(rule, null);
    }

    /** A reference date that none of the fixed rules describes. */
    public static ReferenceDateSemantics other(String note) {
        return new ReferenceDateSemantics(Rule.OTHER, note);
    }

    /** The reference dates and spans of official and municipal statistics. */
    public enum Rule {
        /** Stichtag 31.12. (e.g. population, SGB II stock figures at year end). */
        DECEMBER_31,
        /** Stichtag 30.06. (e.g. employees subject to social insurance). */
        JUNE_30,
        /** Stichtag 01.03. (children in day care). */
        MARCH_1,
        /** Schuljahr (school statistics, e.g. 2015/16). */
        SCHOOL_YEAR,
        /** Kalenderjahr: a count or average over the whole year (e.g. births). */
        CALENDAR_YEAR,
        /** Anything else, described in the note. */
        OTHER
    }
}
