package de.lotse.organisation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats points in time for the organisation pages in the county's time zone, German or English; templates call
 * it as {@code ${@organisationFormat.format(instant)}}.
 */
@Component("organisationFormat")
class OrganisationFormat {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The time, e.g. "21.11.2026, 13:05 Uhr" or "21 Nov 2026, 13:05"; empty for {@code null}. */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return (english ? ENGLISH : GERMAN).format(instant.atZone(ZONE));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
    }
}
