package de.lotse.planning;

import java.util.Locale;

/**
 * The filters and the order of the measure list; every filter is optional ({@code null}/{@code false}: all).
 *
 * @param strategy key of a strategy document
 * @param status a status
 * @param field id of a field of action (measures that serve it directly or through one of its objectives)
 * @param lead key of the lead organisation
 * @param partner key of a partner organisation
 * @param territory key of a municipality (or other territory): measures named for it, and county-wide measures of
 *     strategies whose territory contains it
 * @param overdue only overdue measures
 * @param text words in code, title or description (case-insensitive)
 * @param sort the column to sort by
 * @param descending whether to sort descending
 */
public record MeasureListFilter(
        String strategy,
        MeasureStatus status,
        Long field,
        String lead,
        String partner,
        String territory,
        boolean overdue,
        String text,
        Sort sort,
        boolean descending) {

    /** The columns the list can be sorted by. */
    public enum Sort {
        DEADLINE,
        TITLE,
        STATUS,
        LEAD,
        PROGRESS;

        /** The parameter value, e.g. {@code deadline}. */
        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The column named by a parameter value; the default (deadline) for null or an unknown name. */
        public static Sort parse(String value) {
            if (value != null) {
                for (Sort s : values()) {
                    if (s.param().equals(value.strip().toLowerCase(Locale.ROOT))) {
                        return s;
                    }
                }
            }
            return DEADLINE;
        }
    }

    public MeasureListFilter {
        strategy = blankToNull(strategy);
        lead = blankToNull(lead);
        partner = blankToNull(partner);
        territory = blankToNull(territory);
        text = blankToNull(text);
        sort = sort == null ? Sort.DEADLINE : sort;
    }

    /** No filter, by deadline. */
    public static MeasureListFilter all() {
        return new MeasureListFilter(null, null, null, null, null, null, false, null, Sort.DEADLINE, false);
    }

    /** Whether any filter (not the order) is set. */
    public boolean isFiltered() {
        return strategy != null
                || status != null
                || field != null
                || lead != null
                || partner != null
                || territory != null
                || overdue
                || text != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
