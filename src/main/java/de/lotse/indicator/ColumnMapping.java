package de.lotse.indicator;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the columns of a GENESIS table become indicators: a list of rules, each naming a column of the file by its
 * GENESIS codes (flat file, e.g. {@code [GES=, BEVSTD]}; codes stay the same from one year's file to the next) or by
 * its path of labels (table CSV, e.g. {@code [unter 3 Jahre, Insgesamt]}) and the indicator its values belong to.
 * Columns no rule names are not imported. A mapping is saved per table code and reused for the next file of the same
 * table.
 *
 * @param columns the rules, in order; the first that fits a value decides
 */
public record ColumnMapping(List<Column> columns) {

    public ColumnMapping {
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A mapping needs at least one column");
        }
    }

    /**
     * Reads a mapping from its JSON form {@code {"columns":[{"codes":[…]} or {"path":[…]}, "indicator":"key"}]}}.
     *
     * @throws IllegalArgumentException if the text is not such a mapping
     */
    public static ColumnMapping fromJson(JsonMapper json, String text) {
        try {
            var root = json.readTree(text);
            var columns = root.path("columns");
            if (!columns.isArray()) {
                throw new IllegalArgumentException("A mapping is {\"columns\":[…]}");
            }
            List<Column> rules = new ArrayList<>();
            for (var column : columns) {
                rules.add(new Column(
                        strings(column.path("codes")),
                        strings(column.path("path")),
                        IndicatorKey.of(column.path("indicator").asString())));
            }
            return new ColumnMapping(rules);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The mapping is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(n -> values.add(n.asString()));
        return values;
    }

    /** The indicator the value belongs to, or {@code null} if no rule names its column. */
    IndicatorKey indicatorFor(Observation observation) {
        for (Column column : columns) {
            if (column.fits(observation)) {
                return column.indicator();
            }
        }
        return null;
    }

    /**
     * One rule: the column, by codes or by path (codes win if both are given), and its indicator.
     *
     * @param codes the column's GENESIS codes, exactly as the file has them, or empty
     * @param path the column's labels from the most general to the most specific, or empty
     * @param indicator the indicator's key
     */
    public record Column(List<String> codes, List<String> path, IndicatorKey indicator) {

        public Column {
            codes = codes == null
                    ? List.of()
                    : codes.stream().map(String::strip).toList();
            path = path == null ? List.of() : path.stream().map(String::strip).toList();
            if (codes.isEmpty() && path.isEmpty()) {
                throw new IllegalArgumentException("A mapped column needs its codes or its path");
            }
            if (indicator == null) {
                throw new IllegalArgumentException("A mapped column needs an indicator");
            }
        }

        boolean fits(Observation observation) {
            return !codes.isEmpty()
                    ? codes.equals(observation.columnCodes())
                    : path.equals(
                            observation.column().stream().map(String::strip).toList());
        }
    }
}
