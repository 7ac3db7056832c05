package de.lotse.directory.schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads holiday import files: a simple CSV ({@code region;kind;name;start;end[;source]}, ISO dates, inclusive end,
 * optional header line, lines starting with # are comments) or iCalendar (every VEVENT an all-day period: DTSTART and
 * DTEND as DATE, DTEND exclusive as RFC 5545 says, or DURATION in days/weeks, or a single day; SUMMARY is the name).
 * iCalendar carries neither region nor kind, so they come from the caller. The reader is line based (own unfolding)
 * so that every error names the line; it never writes anything.
 */
final class HolidayFileReader {

    static final int NAME_MAX = 120;
    static final int SOURCE_MAX = 500;
    private static final Pattern DATE_VALUE = Pattern.compile("^(\\d{8})$");
    private static final Pattern DURATION = Pattern.compile("^P(?:(\\d+)W|(\\d+)D)$");

    /** What the caller knows about the file: used for iCalendar rows and as the source when a row names none. */
    record Defaults(String region, HolidayKind kind, String source) {}

    /** An error before it is put into words: line, field, message key and arguments. */
    record Error(int line, String field, String key, Object... args) {}

    record Result(String format, List<HolidayRow> rows, List<Error> errors) {}

    private HolidayFileReader() {}

    static Result read(byte[] content, Defaults defaults) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = List.of(text.split("\\r?\\n", -1));
        boolean calendar = lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .map(l -> l.equalsIgnoreCase("BEGIN:VCALENDAR"))
                .orElse(false);
        Result result = calendar ? readCalendar(lines, defaults) : readCsv(lines, defaults);
        List<Error> errors = new ArrayList<>(result.errors());
        if (errors.isEmpty() && result.rows().isEmpty()) {
            errors.add(new Error(0, "", "schedules.import.error.empty"));
        }
        if (errors.isEmpty()) {
            errors.addAll(overlaps(result.rows()));
        }
        return new Result(result.format(), result.rows(), errors);
    }

    private static Result readCsv(List<String> lines, Defaults defaults) {
        List<HolidayRow> rows = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String raw = lines.get(i).strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            if (first && raw.toLowerCase(Locale.ROOT).startsWith("region;")) {
                first = false;
                continue;
            }
            first = false;
            String[] f = raw.split(";", -1);
            if (f.length < 5 || f.length > 6) {
                errors.add(new Error(line, "", "schedules.import.error.columns", f.length));
                continue;
            }
            int before = errors.size();
            String region = f[0].strip().toUpperCase(Locale.ROOT);
            if (!ScheduleValidator.REGIONS.contains(region)) {
                errors.add(new Error(line, "region", "schedules.import.error.region", f[0].strip()));
            }
            HolidayKind kind = kind(f[1].strip());
            if (kind == null) {
                errors.add(new Error(line, "kind", "schedules.import.error.kind", f[1].strip()));
            }
            String name = name(f[2], line, "name", errors);
            LocalDate start = isoDate(f[3].strip(), line, "start", errors);
            LocalDate end = isoDate(f[4].strip(), line, "end", errors);
            String source = f.length == 6 && !f[5].isBlank() ? f[5].strip() : defaults.source();
            if (source.length() > SOURCE_MAX) {
                errors.add(new Error(line, "source", "schedules.import.error.sourceLength", SOURCE_MAX));
            }
            if (start != null && end != null && end.isBefore(start)) {
                errors.add(new Error(line, "end", "schedules.import.error.endBeforeStart", f[4].strip(), f[3].strip()));
            }
            if (errors.size() == before) {
                rows.add(new HolidayRow(line, region, kind, name, start, end, source));
            }
        }
        return new Result("CSV", rows, errors);
    }

    private static Result readCalendar(List<String> lines, Defaults defaults) {
        List<HolidayRow> rows = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        Map<String, Property> event = null;
        int eventLine = 0;
        for (Property p : unfold(lines)) {
            String name = p.name();
            if (name.equals("BEGIN") && p.value().equalsIgnoreCase("VEVENT")) {
                event = new HashMap<>();
                eventLine = p.line();
            } else if (name.equals("END") && p.value().equalsIgnoreCase("VEVENT") && event != null) {
                HolidayRow row = calendarRow(event, eventLine, defaults, errors);
                if (row != null) {
                    rows.add(row);
                }
                event = null;
            } else if (event != null) {
                event.putIfAbsent(name, p);
            }
        }
        return new Result("ICALENDAR", rows, errors);
    }

    private static HolidayRow calendarRow(Map<String, Property> e, int line, Defaults defaults, List<Error> errors) {
        int before = errors.size();
        Property summary = e.get("SUMMARY");
        String name = summary == null
                ? missing(line, "SUMMARY", errors)
                : name(unescape(summary.value()), summary.line(), "SUMMARY", errors);
        Property dtstart = e.get("DTSTART");
        LocalDate start = dtstart == null ? missingDate(line, "DTSTART", errors) : icalDate(dtstart, errors);
        LocalDate end = start;
        Property dtend = e.get("DTEND");
        Property duration = e.get("DURATION");
        if (dtend != null) {
            LocalDate exclusive = icalDate(dtend, errors);
            if (start != null && exclusive != null) {
                if (!exclusive.isAfter(start)) {
                    errors.add(new Error(
                            dtend.line(),
                            "DTEND",
                            "schedules.import.error.endBeforeStart",
                            dtend.value(),
                            dtstart.value()));
                }
                end = exclusive.minusDays(1);
            }
        } else if (duration != null && start != null) {
            Matcher m = DURATION.matcher(duration.value().strip());
            if (!m.matches()
                    || (m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2))) < 1) {
                errors.add(new Error(duration.line(), "DURATION", "schedules.import.error.duration", duration.value()));
            } else {
                end = m.group(1) != null
                        ? start.plusWeeks(Integer.parseInt(m.group(1))).minusDays(1)
                        : start.plusDays(Integer.parseInt(m.group(2))).minusDays(1);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new HolidayRow(line, defaults.region(), defaults.kind(), name, start, end, defaults.source());
    }

    /** Problems for rows of the same region and kind whose periods overlap (including exact duplicates). */
    private static List<Error> overlaps(List<HolidayRow> rows) {
        List<Error> errors = new ArrayList<>();
        Map<String, List<HolidayRow>> groups = new HashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.region() + "/" + r.kind(), k -> new ArrayList<>())
                .add(r));
        for (List<HolidayRow> group : groups.values()) {
            group.sort(Comparator.comparing(HolidayRow::startDate).thenComparing(HolidayRow::line));
            HolidayRow latest = null;
            for (HolidayRow row : group) {
                if (latest != null && !row.startDate().isAfter(latest.endDate())) {
                    errors.add(new Error(
                            row.line(),
                            "start",
                            "schedules.import.error.overlap",
                            row.name(),
                            latest.line(),
                            latest.name()));
                }
                if (latest == null || row.endDate().isAfter(latest.endDate())) {
                    latest = row;
                }
            }
        }
        errors.sort(Comparator.comparingInt(Error::line));
        return errors;
    }

    static HolidayKind kind(String value) {
        for (HolidayKind kind : HolidayKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }

    private static String name(String value, int line, String field, List<Error> errors) {
        String name = value.strip();
        if (name.isEmpty()) {
            errors.add(new Error(line, field, "schedules.import.error.nameMissing"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new Error(line, field, "schedules.import.error.nameLength", NAME_MAX));
        }
        return name;
    }

    private static String missing(int line, String field, List<Error> errors) {
        errors.add(new Error(line, field, "schedules.import.error.missing", field));
        return null;
    }

    private static LocalDate missingDate(int line, String field, List<Error> errors) {
        missing(line, field, errors);
        return null;
    }

    private static LocalDate isoDate(String value, int line, String field, List<Error> errors) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Error(line, field, "schedules.import.error.date", value));
            return null;
        }
    }

    private static LocalDate icalDate(Property p, List<Error> errors) {
        Matcher m = DATE_VALUE.matcher(p.value().strip());
        if (!m.matches()) {
            String key =
                    p.value().contains("T") ? "schedules.import.error.notAllDay" : "schedules.import.error.icalDate";
            errors.add(new Error(p.line(), p.name(), key, p.value()));
            return null;
        }
        try {
            return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            errors.add(new Error(p.line(), p.name(), "schedules.import.error.icalDate", p.value()));
            return null;
        }
    }

    /** A content line after unfolding: property name (upper case, without parameters), value and first line. */
    record Property(String name, String value, int line) {}

    static List<Property> unfold(List<String> lines) {
        List<Property> properties = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if ((l.startsWith(" ") || l.startsWith("\t")) && current != null) {
                current.append(l.substring(1));
                continue;
            }
            if (current != null) {
                properties.add(property(current.toString(), currentLine));
            }
            current = l.isBlank() ? null : new StringBuilder(l);
            currentLine = i + 1;
        }
        if (current != null) {
            properties.add(property(current.toString(), currentLine));
        }
        return properties;
    }

    private static Property property(String contentLine, int line) {
        int colon = contentLine.indexOf(':');
        String head = colon < 0 ? contentLine : contentLine.substring(0, colon);
        String value = colon < 0 ? "" : contentLine.substring(colon + 1);
        int semicolon = head.indexOf(';');
        String name =
                (semicolon < 0 ? head : head.substring(0, semicolon)).strip().toUpperCase(Locale.ROOT);
        return new Property(name, value, line);
    }

    /** RFC 5545 TEXT unescaping: \\n, \\, \\; \\\\. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
