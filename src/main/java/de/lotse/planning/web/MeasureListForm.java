package de.lotse.planning.web;

import de.lotse.planning.MeasureListFilter;
import de.lotse.planning.MeasureStatus;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query parameters of the measure list as the form shows them, and the links that keep them (sorting, export).
 *
 * @param strategy strategy key
 * @param status status name, e.g. {@code DELAYED}
 * @param field id of a field of action
 * @param lead key of the lead organisation
 * @param partner key of a partner organisation
 * @param territory key of a municipality
 * @param overdue {@code true} for overdue measures only
 * @param q words to look for
 * @param sort {@code deadline}, {@code title}, {@code status}, {@code lead} or {@code progress}
 * @param dir {@code asc} or {@code desc}
 */
public record MeasureListForm(
        String strategy,
        String status,
        String field,
        String lead,
        String partner,
        String territory,
        boolean overdue,
        String q,
        String sort,
        String dir) {

    /** The form of these parameters; sort and direction fall back to deadline, ascending. */
    static MeasureListForm of(
            String strategy,
            String status,
            String field,
            String lead,
            String partner,
            String territory,
            String overdue,
            String q,
            String sort,
            String dir) {
        return new MeasureListForm(
                trim(strategy),
                trim(status),
                trim(field),
                trim(lead),
                trim(partner),
                trim(territory),
                "true".equalsIgnoreCase(trim(overdue)) || "on".equalsIgnoreCase(trim(overdue)),
                trim(q),
                MeasureListFilter.Sort.parse(sort).param(),
                "desc".equalsIgnoreCase(trim(dir)) ? "desc" : "asc");
    }

    /** The filter; an unknown status or a field that is not a number is a bad request. */
    MeasureListFilter filter() {
        MeasureStatus s = null;
        if (status != null) {
            try {
                s = MeasureStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status '" + status + "'.");
            }
        }
        Long fieldId = null;
        if (field != null) {
            try {
                fieldId = Long.valueOf(field);
            } catch (NumberFormatException e) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "The field must be an id, not '" + field + "'.");
            }
        }
        return new MeasureListFilter(
                strategy,
                s,
                fieldId,
                lead,
                partner,
                territory,
                overdue,
                q,
                MeasureListFilter.Sort.parse(sort),
                "desc".equals(dir));
    }

    /** A query string that keeps the filters and sorts by the column (toggling the direction of the current one). */
    public String sortHref(String column) {
        String next = column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
        return query(column, next) + "#measure-table";
    }

    /** The aria-sort value of a column header. */
    public String ariaSort(String column) {
        return column.equals(sort) ? ("desc".equals(dir) ? "descending" : "ascending") : null;
    }

    /** The query string of the current filters and order, for the export links. */
    public String query() {
        return query(sort, dir);
    }

    private String query(String sortColumn, String direction) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "strategy", strategy);
        add(b, "status", status);
        add(b, "field", field);
        add(b, "lead", lead);
        add(b, "partner", partner);
        add(b, "territory", territory);
        add(b, "overdue", overdue ? "true" : null);
        add(b, "q", q);
        add(b, "sort", sortColumn);
        add(b, "dir", direction);
        return b.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
