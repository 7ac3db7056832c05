package de.lotse.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the problems of a draft; small checks shared by services, places and schedules. */
final class DraftProblems {

    static final BigDecimal MIN_LATITUDE = new BigDecimal("47.2");
    static final BigDecimal MAX_LATITUDE = new BigDecimal("55.1");
    static final BigDecimal MIN_LONGITUDE = new BigDecimal("5.8");
    static final BigDecimal MAX_LONGITUDE = new BigDecimal("15.1");

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");
    private static final Pattern WEB = Pattern.compile("^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);

    private final List<DirectoryProblem> problems = new ArrayList<>();

    List<DirectoryProblem> list() {
        return problems;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void add(String path, String code, String message, Object... arguments) {
        problems.add(DirectoryProblem.of(path, code, message, arguments));
    }

    void required(String path, String value) {
        if (value == null || value.isBlank()) {
            add(path, "required", "must not be empty");
        }
    }

    void required(String path, Object value) {
        if (value == null) {
            add(path, "required", "must not be empty");
        }
    }

    void length(String path, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(path, "too-long", "has at most " + max + " characters", max);
        }
    }

    void requiredText(String path, String value, int max) {
        required(path, value);
        length(path, value, max);
    }

    void url(String path, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        length(path, value, 500);
        if (!WEB.matcher(value.strip()).matches()) {
            add(path, "url", "must be a web address starting with http:// or https://");
        }
    }

    void email(String path, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        length(path, value, 200);
        if (!EMAIL.matcher(value.strip()).matches()) {
            add(path, "email", "is not an e-mail address");
        }
    }

    void language(String path, String code) {
        if (code == null || code.isBlank()) {
            add(path, "required", "must not be empty");
        } else if (!ISO_639_1.contains(code.strip()) || code.strip().length() != 2) {
            add(path, "language", "'" + code + "' is not an ISO 639-1 language code", code);
        }
    }

    /** Both or no coordinate; within Germany (47.2..55.1 N, 5.8..15.1 E). */
    void coordinates(String prefix, BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            add(
                    prefix + (latitude == null ? "latitude" : "longitude"),
                    "coordinates.pair",
                    "latitude and longitude are given together or not at all");
            return;
        }
        if (latitude == null) {
            return;
        }
        if (latitude.compareTo(MIN_LATITUDE) < 0 || latitude.compareTo(MAX_LATITUDE) > 0) {
            add(
                    prefix + "latitude",
                    "coordinates.germany",
                    "latitude " + latitude.toPlainString() + " lies outside Germany (47.2 to 55.1)",
                    latitude.toPlainString());
        }
        if (longitude.compareTo(MIN_LONGITUDE) < 0 || longitude.compareTo(MAX_LONGITUDE) > 0) {
            add(
                    prefix + "longitude",
                    "coordinates.germany",
                    "longitude " + longitude.toPlainString() + " lies outside Germany (5.8 to 15.1)",
                    longitude.toPlainString());
        }
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
