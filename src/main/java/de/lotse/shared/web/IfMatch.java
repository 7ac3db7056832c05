package de.lotse.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The {@code If-Match} header of a conditional change: every editable entry sends its version as {@code ETag} ("3"),
 * and a change must name the version it is based on. One reading for every API of Lotse.
 */
public final class IfMatch {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {}

    /** The ETag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a change is based on. Several ETags may be given (the current one wins if it is among them, else the
     * highest, which is then stale).
     *
     * @param ifMatch the header, may be {@code null}
     * @param currentVersion the stored version, named in the problem when the header is missing
     * @param source where the caller gets the ETag, e.g. {@code GET /api/v1/measures/12}
     * @throws ErrorResponseException 428 without the header (or with {@code *}), 400 for a malformed one
     */
    public static long expectedVersion(String ifMatch, long currentVersion, String source) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "A change must name the version it is based on: send If-Match: \"" + currentVersion
                            + "\" (the ETag of " + source
                            + "), so that no change made in the meantime is overwritten.");
            body.setTitle("Precondition required");
            Map.of("currentVersion", currentVersion).forEach(body::setProperty);
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, body, null);
        }
        List<Long> tags = new ArrayList<>();
        for (String part : ifMatch.split(",")) {
            Matcher m = ENTITY_TAG.matcher(part.strip());
            if (!m.matches()) {
                throw ApiProblem.badRequest("If-Match must be the ETag of " + source + ", e.g. \"" + currentVersion
                        + "\"; got " + ifMatch.strip() + ".");
            }
            tags.add(Long.parseLong(m.group(1)));
        }
        return tags.contains(currentVersion)
                ? currentVersion
                : tags.stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
