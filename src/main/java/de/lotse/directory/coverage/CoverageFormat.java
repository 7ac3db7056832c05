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

    /** An ISO date as 31.12.2024 (German) or 31 Dec 2024 (English); other period texts unchanged. */
    static String date(String iso, Locale locale) {
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(iso);
            return "en".equals(locale.getLanguage())
                    ? java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                            .format(d)
                    : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(d);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    static String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }
}
