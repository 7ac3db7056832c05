package de.lotse.indicator.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats points in time for the catalogue pages in the county's time zone, German or English; templates call it as
 * {@code ${@catalogueDates.format(instant)}}.
 */
@Component("catalogueDates")
class CatalogueDates {

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

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
    }
}
