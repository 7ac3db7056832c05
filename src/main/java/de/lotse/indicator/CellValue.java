package de.lotse.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of one value cell of an official statistics file: a number or an official {@link StatisticsSymbol},
 * optionally followed by a quality mark. German number format: decimal comma, point as thousands separator (only in
 * complete groups of three, e.g. {@code 1.234.567,5}), minus sign in front.
 *
 * @param number the value, {@code null} when the cell holds a symbol
 * @param symbol the official sign, {@code null} when the cell holds a number
 * @param quality the quality mark written after the number ({@code p} vorläufig, {@code r} berichtigt, {@code s}
 *     geschätzt, {@code e} endgültig), {@code null} if there is none. None of the real Regionaldatenbank files of 2017
 *     carries one; the flat file keeps its marks in a column of its own ({@code value_q}).
 */
record CellValue(BigDecimal number, StatisticsSymbol symbol, String quality) {

    private static final Pattern NUMBER =
            Pattern.compile("(-?(?:\\d+|\\d{1,3}(?:\\.\\d{3})+)(?:,\\d+)?)(?: ?([eprs]))?");

    /** Reads a cell; empty when the text is neither a number nor a symbol (e.g. text in a number column). */
    static Optional<CellValue> parse(String raw) {
        String text = raw.strip();
        Optional<StatisticsSymbol> symbol = StatisticsSymbol.of(text);
        if (symbol.isPresent()) {
            return Optional.of(new CellValue(null, symbol.get(), null));
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1).replace(".", "").replace(',', '.');
        return Optional.of(new CellValue(new BigDecimal(digits), null, m.group(2)));
    }
}
