package de.lotse.territory.web;

import de.lotse.territory.Territory;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A table of territories sorted on the server, so sorting works without JavaScript. */
record SortedTable(List<Territory> rows, String sort, String dir) {

    private static final List<String> COLUMNS = List.of("name", "population", "area", "density");

    static SortedTable of(List<Territory> territories, String sort, String dir) {
        String column = COLUMNS.contains(sort) ? sort : "name";
        boolean descending = "desc".equals(dir);
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Comparator<Territory> comparator =
                switch (column) {
                    case "population" ->
                        Comparator.comparing(
                                (Territory t) -> t.population() == null
                                        ? null
                                        : t.population().population(),
                                Comparator.nullsFirst(Comparator.naturalOrder()));
                    case "area" ->
                        Comparator.comparing(Territory::areaKm2, Comparator.nullsFirst(Comparator.naturalOrder()));
                    case "density" ->
                        Comparator.comparing(Territory::density, Comparator.nullsFirst(Comparator.naturalOrder()));
                    default -> Comparator.comparing(Territory::name, collator);
                };
        if (descending) {
            comparator = comparator.reversed();
        }
        return new SortedTable(territories.stream().sorted(comparator).toList(), column, descending ? "desc" : "asc");
    }

    /** The aria-sort value of a column header. */
    public String ariaSort(String column) {
        if (!column.equals(sort)) {
            return null;
        }
        return "desc".equals(dir) ? "descending" : "ascending";
    }

    /** The direction a click on the column header sorts in. */
    public String nextDir(String column) {
        return column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
    }
}
