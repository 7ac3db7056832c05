package de.lotse.directory.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Writes values the way the HSDS schemas expect them: a URL only when it is an absolute http(s) URI, an e-mail address
 * only when it looks like one (the schemas check {@code format}), dates ISO 8601.
 */
final class HsdsText {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private HsdsText() {}

    static String uri(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String email(String value) {
        return value == null || !EMAIL.matcher(value.strip()).matches() ? null : value.strip();
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String dateTime(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
