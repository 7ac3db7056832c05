package de.lotse.indicator.web;

import de.lotse.indicator.IndicatorReadModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The content of a download (CSV, XLSX or JSON) of an indicator's values, already filtered by statistical
 * confidentiality: it is built from {@link IndicatorReadModel} output only, so a value withheld from the audience is
 * {@code null} here, with its status and the suppressed flag.
 *
 * @param indicator key of the indicator
 * @param name the indicator's name in the language of the download
 * @param kind {@code CROSS_SECTION} or {@code TIME_SERIES}
 * @param scope what was selected, e.g. "Gemeinden in Landkreis Peine, 2015"
 * @param unit the unit
 * @param decimals decimal places of the values
 * @param version the version of the indicator's definition
 * @param metadata labelled lines for the metadata sheet (definition, source, licence, attribution, retrieved at, …)
 * @param headers the column headings of the data, in the order of {@link Row}'s fields as written
 * @param rows the data rows
 * @param source the source line (attribution or publisher and table)
 * @param licence the licence, or {@code null}
 * @param retrievedAt when the download was made
 */
record ValueDownload(
        String indicator,
        String name,
        String kind,
        String scope,
        String unit,
        int decimals,
        int version,
        List<Label> metadata,
        List<String> headers,
        List<Row> rows,
        String source,
        String licence,
        Instant retrievedAt) {

    /** A labelled metadata line. */
    record Label(String label, String value) {}

    /**
     * One row.
     *
     * @param territoryKey key of the territory
     * @param territoryName its name
     * @param level its level (localised)
     * @param period the period
     * @param value the value, {@code null} when missing or suppressed for the audience
     * @param status official status symbol or {@code null}
     * @param note "geheim gehalten" or "vertraulich" or empty
     * @param suppressed whether the value is withheld from public output
     * @param confidential whether a value is shown that the public does not see
     * @param rank rank in a cross-section
     * @param deviation absolute deviation from the parent
     * @param relativeDeviation that in percent
     */
    record Row(
            String territoryKey,
            String territoryName,
            String level,
            String period,
            BigDecimal value,
            String status,
            String note,
            boolean suppressed,
            boolean confidential,
            Integer rank,
            BigDecimal deviation,
            BigDecimal relativeDeviation) {}
}
