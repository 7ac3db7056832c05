package de.lotse.indicator.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats points in time (in the county's time zone) and figures for the catalogue pages, German or English; templates
 * call it as {@code ${@catalogueFormat.format(instant)}} and {@code ${@catalogueFormat.number(value, decimals)}}.
 */
@Component("catalogueFormat")
class CatalogueFormat {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The time, e.g. "21.11.2026, 13:05 Uhr" or "21 Nov 2026, 13:05"; empty for {@code null}. */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter formatter = "en".equals(locale.getLanguage()) ? ENGLISH : GERMAN;
        return formatter.format(instant.atZone(ZONE));
    }

    /** A figure with the indicator's decimal places, e.g. "1.250,5" in German and "1,250.5" in English. */
    public String number(java.math.BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(
                "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.GERMAN);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A figure as stored, without rounding, in the reader's notation. */
    public String plain(java.math.BigDecimal value) {
        return value == null
                ? ""
                : number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
    }
}
