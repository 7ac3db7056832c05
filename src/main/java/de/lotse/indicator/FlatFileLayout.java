package de.lotse.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the parts of an observation stand in a GENESIS flat file, read from its header line.
 *
 * <p>Layout of 2024 ({@link StatisticsFormat#FLAT_FILE}): {@code statistics_code; statistics_label; time_code;
 * time_label; time}, then per variable N = 1…4 {@code N_variable_code; N_variable_label; N_variable_attribute_code;
 * N_variable_attribute_label}, then {@code value; value_unit; value_variable_code; value_variable_label} and, with
 * quality marks switched on, {@code value_q}. One value per row.
 *
 * <p>Old layout ({@link StatisticsFormat#FLAT_FILE_OLD}): {@code Statistik_Code; Statistik_Label; Zeit_Code;
 * Zeit_Label; Zeit}, per variable {@code N_Merkmal_Code; N_Merkmal_Label; N_Auspraegung_Code; N_Auspraegung_Label},
 * then one column per value variable named {@code <CODE>__<Label>__<Einheit>} (spaces written as {@code _}, umlauts
 * as {@code ae}/{@code oe}/{@code ue}), each followed by its quality column {@code <CODE>__<Label>__q}; a derived value
 * such as the change on the previous year is named {@code <Label>__<CHxxxx>}. The labels of the old header are not
 * reliable (in {@code 21611-0002} they are shifted against the codes; the units and codes are right), so importers
 * should map columns by {@link Observation#columnCodes()}.
 *
 * @param format which of the two layouts
 * @param columns the column names of the header line
 * @param statisticsCode index of the statistic's code (e.g. {@code 12411})
 * @param time index of the reference period ({@code 2024-12-31} or {@code 2024})
 * @param variables the breakdown variables, region included
 * @param values the value columns: one for the new layout, one per value variable for the old
 */
record FlatFileLayout(
        StatisticsFormat format,
        List<String> columns,
        int statisticsCode,
        int time,
        List<Variable> variables,
        List<ValueColumn> values) {

    /**
     * Variable codes that denote regions in the samples: Deutschland insgesamt, Länder, Regierungsbezirke, Kreise,
     * Gemeinden; Zensus 2022 region variables start with {@code GEO} (GEODL1 Deutschland, GEOGM4 Gemeinden with
     * 12-digit ARS).
     */
    private static final Set<String> REGION_VARIABLES = Set.of("DINSG", "DLAND", "REGBEZ", "KREISE", "GEMEIN");

    private static final Pattern REGION_KEY = Pattern.compile("DG|\\d{2,12}");

    /**
     * One breakdown variable: the indices of its code, label, attribute code and attribute label.
     *
     * @param position 1-based number N of the variable in the header
     */
    record Variable(int position, int code, int label, int attributeCode, int attributeLabel) {}

    /**
     * A value column. In the new layout {@code code}, {@code label} and {@code unit} are {@code null} and stand in the
     * row at {@code codeIndex}, {@code labelIndex}, {@code unitIndex}; in the old layout they come from the header.
     *
     * @param value index of the value
     * @param quality index of the quality mark, -1 if there is none
     */
    record ValueColumn(
            int value,
            int quality,
            String code,
            String label,
            String unit,
            int codeIndex,
            int labelIndex,
            int unitIndex) {}

    /** Number of fields of every row. */
    int width() {
        return columns.size();
    }

    /** The name of a column in the header line (0-based index). */
    String columnName(int index) {
        return columns.get(index);
    }

    /**
     * Whether a variable with this code and attribute code names the region of the row: one of the region variables,
     * or a Zensus variable {@code GEO…} whose attribute code is a region key.
     */
    static boolean isRegion(String variableCode, String attributeCode) {
        return REGION_VARIABLES.contains(variableCode)
                || (variableCode.startsWith("GEO") && isRegionKey(attributeCode));
    }

    /** Whether the text has the shape of a GENESIS region key: {@code DG} or 2 to 12 digits. */
    static boolean isRegionKey(String text) {
        return REGION_KEY.matcher(text).matches();
    }

    /** The layout of a header line; {@code null} (with a {@code header.invalid} problem) if columns are missing. */
    static FlatFileLayout of(List<String> header, ReadProblems problems) {
        boolean old = !header.isEmpty() && header.getFirst().equals("Statistik_Code");
        Names names = old
                ? new Names(
                        "Statistik_Code",
                        "Zeit",
                        "Merkmal_Code",
                        "Merkmal_Label",
                        "Auspraegung_Code",
                        "Auspraegung_Label")
                : new Names(
                        "statistics_code",
                        "time",
                        "variable_code",
                        "variable_label",
                        "variable_attribute_code",
                        "variable_attribute_label");
        int statisticsCode = header.indexOf(names.statisticsCode);
        int time = header.indexOf(names.time);
        if (statisticsCode < 0 || time < 0) {
            problems.add(1, 0, null, "header.invalid", statisticsCode < 0 ? names.statisticsCode : names.time);
            return null;
        }
        List<Variable> variables = new ArrayList<>();
        int lastVariableField = time;
        for (int n = 1; header.contains(n + "_" + names.variableCode); n++) {
            Variable v = new Variable(
                    n,
                    header.indexOf(n + "_" + names.variableCode),
                    header.indexOf(n + "_" + names.variableLabel),
                    header.indexOf(n + "_" + names.attributeCode),
                    header.indexOf(n + "_" + names.attributeLabel));
            if (v.label < 0 || v.attributeCode < 0 || v.attributeLabel < 0) {
                problems.add(1, 0, null, "header.invalid", n + "_" + names.attributeLabel);
                return null;
            }
            variables.add(v);
            lastVariableField = Math.max(lastVariableField, v.attributeLabel);
        }
        List<ValueColumn> values =
                old ? oldValueColumns(header, lastVariableField + 1, problems) : newValueColumn(header, problems);
        if (values == null) {
            return null;
        }
        return new FlatFileLayout(
                old ? StatisticsFormat.FLAT_FILE_OLD : StatisticsFormat.FLAT_FILE,
                List.copyOf(header),
                statisticsCode,
                time,
                List.copyOf(variables),
                List.copyOf(values));
    }

    private static List<ValueColumn> newValueColumn(List<String> header, ReadProblems problems) {
        for (String required : List.of("value", "value_unit", "value_variable_code", "value_variable_label")) {
            if (!header.contains(required)) {
                problems.add(1, 0, null, "header.invalid", required);
                return null;
            }
        }
        return List.of(new ValueColumn(
                header.indexOf("value"),
                header.indexOf("value_q"),
                null,
                null,
                null,
                header.indexOf("value_variable_code"),
                header.indexOf("value_variable_label"),
                header.indexOf("value_unit")));
    }

    private static List<ValueColumn> oldValueColumns(List<String> header, int first, ReadProblems problems) {
        List<ValueColumn> columns = new ArrayList<>();
        for (int i = first; i < header.size(); i++) {
            String[] parts = header.get(i).split("__");
            if (parts.length >= 2
                    && parts[parts.length - 1].equals("q")
                    && !columns.isEmpty()
                    && columns.getLast().value == i - 1) {
                ValueColumn last = columns.removeLast();
                columns.add(new ValueColumn(last.value, i, last.code, last.label, last.unit, -1, -1, -1));
            } else if (parts.length == 3) {
                columns.add(new ValueColumn(i, -1, parts[0], words(parts[1]), words(parts[2]), -1, -1, -1));
            } else if (parts.length == 2) {
                columns.add(
                        new ValueColumn(i, -1, parts[1], words(parts[0]) + " (" + parts[1] + ")", null, -1, -1, -1));
            } else {
                problems.add(1, i + 1, header.get(i), "header.invalid", header.get(i));
                return null;
            }
        }
        if (columns.isEmpty()) {
            problems.add(1, 0, null, "header.invalid", "<CODE>__<Label>__<Einheit>");
            return null;
        }
        return columns;
    }

    /** The old header writes spaces as underscores. */
    private static String words(String text) {
        return text.replace('_', ' ');
    }

    private record Names(
            String statisticsCode,
            String time,
            String variableCode,
            String variableLabel,
            String attributeCode,
            String attributeLabel) {}
}
