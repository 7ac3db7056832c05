package de.lotse.directory.wegweiser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which entered addresses may become links: web addresses with http or https only (never {@code javascript:},
 * {@code data:} or relative addresses), e-mail addresses of a plain form. Anything else is shown as text.
 */
final class WegweiserLinks {

    private WegweiserLinks() {}

    /** The URL if it is an absolute http(s) address with a host, else null. */
    static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String candidate = url.strip();
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return null;
        }
        try {
            URI uri = new URI(candidate);
            return uri.getHost() == null ? null : uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A mailto: link for a plain e-mail address, else null. */
    static String mailto(String email) {
        if (email == null) {
            return null;
        }
        String candidate = email.strip();
        return candidate.matches("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}") ? "mailto:" + candidate : null;
    }
}
