package de.lotse.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One value of an official statistics file as the file states it, before it is matched to an indicator and a
 * territory: "for region {@code territoryKey}, at {@code period}, the figure in column {@code column} is {@code
 * value}". Keys, names and labels are kept exactly as written, so that every imported figure can be traced back to
 * its line; translating them into Lotse's keys, periods and indicators is the importer's job.
 *
 * @param line physical line of the file the value stands in (1-based)
 * @param territoryKey region key as the file writes it, e.g. {@code DG}, {@code 03}, {@code 031}, {@code 03157},
 *     {@code 03354403} or {@code 031570006006}; see {@link GenesisKeys}
 * @param territoryName region name as in the file, without the indentation of the table CSV (e.g. {@code Peine,
 *     Landkreis})
 * @param period reference period as in the file: a date ({@code 31.12.2015} in the table CSV, {@code 2024-12-31} in
 *     the flat file) or a year ({@code 2015}); {@code null} if the file names none (reported as a problem)
 * @param column the column the value belongs to, as a path of labels from the most general to the most specific:
 *     for the table CSV the row labels beside the region (e.g. an age group) followed by the header labels of the
 *     column (e.g. {@code [unter 3 Jahre, Insgesamt]}); for the flat file the labels of the other variables'
 *     attributes followed by the value variable (e.g. {@code [Insgesamt, Bevölkerungsstand]})
 * @param columnCodes the same in GENESIS codes where the format has them (flat file: {@code VARIABLE=ATTRIBUTE} per
 *     variable, then the value variable, e.g. {@code [GES=GESW, BEVSTD]}; an empty attribute code means the total),
 *     empty for the table CSV. Codes, unlike labels, stay the same from one year's file to the next.
 * @param value the figure, {@code null} when the cell holds a symbol
 * @param symbol the official sign written instead of a figure, {@code null} when there is a figure
 * @param quality quality mark (flat file {@code value_q}: {@code e} endgültig, {@code p} vorläufig, …), or {@code
 *     null}
 * @param unit unit of the figure where the format states it per value (flat file, e.g. {@code Anzahl}, {@code %},
 *     {@code Tsd. EUR}), {@code null} for the table CSV, whose units are header labels and thus part of {@code
 *     column}
 */
record Observation(
        int line,
        String territoryKey,
        String territoryName,
        String period,
        List<String> column,
        List<String> columnCodes,
        BigDecimal value,
        StatisticsSymbol symbol,
        String quality,
        String unit) {

    Observation {
        column = List.copyOf(column);
        columnCodes = List.copyOf(columnCodes);
    }
}
