package de.lotse.indicator.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the pages show them: German (1.234,5) or English (1,234.5) with a fixed number of decimal places. */
final class NumberText {

    private NumberText() {}

    static String format(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.GERMANY));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** With an explicit sign: +1,5 or −1,5 (true minus sign); 0 without sign. */
    static String signed(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = format(value.abs(), decimals, locale);
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return text;
        }
        return (rounded.signum() > 0 ? "+" : "\u2212") + text;
    }
}
