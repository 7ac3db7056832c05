package de.lotse.directory.coverage;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers for the pages in the interface language (German: 1.234,5). */
final class CoverageFormat {

    private CoverageFormat() {}

    static String number(double value, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.GERMANY);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    static String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }
}
