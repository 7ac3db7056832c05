package de.lotse.indicator;

/**
 * Where an indicator's figures come from.
 *
 * @param publisher who publishes them, e.g. "Statistische Ämter des Bundes und der Länder" or "Landkreis Peine,
 *     Jugendamt"
 * @param statistic the statistic, e.g. "Statistik der Kinder- und Jugendhilfe", or {@code null}
 * @param tableCode the table code in GENESIS or the Regionaldatenbank, e.g. {@code 22811-02-02-4}, or {@code null}
 *     for figures that are not from an official table
 */
public record IndicatorSource(String publisher, String statistic, String tableCode) {

    public IndicatorSource {
        if (publisher == null || publisher.isBlank()) {
            throw new IllegalArgumentException("A source needs a publisher");
        }
        publisher = publisher.strip();
        statistic = statistic == null || statistic.isBlank() ? null : statistic.strip();
        tableCode = tableCode == null || tableCode.isBlank() ? null : tableCode.strip();
        if (tableCode != null && !tableCode.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,49}")) {
            throw new IllegalArgumentException(
                    "'" + tableCode + "' is not a table code: use letters, digits, '.' and '-', e.g. 22811-02-02-4");
        }
    }
}
