package de.lotse.directory.hsds;

import de.lotse.directory.AttendingType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import de.lotse.directory.ServiceDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of an HSDS dataset into the draft records: dates, times (HH:MM with an optional offset), schedules
 * (kind from the profile's {@code schedule_kind} or from the fields), phones and contacts; every malformed value is a
 * problem at its JSON path.
 */
final class HsdsImportValues {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern EXTENSION_NOTE = Pattern.compile("^(.*?)\\s*\\(Durchwahl ([^)]+)\\)$");
    static final BigDecimal MIN_LATITUDE = new BigDecimal("47.2");
    static final BigDecimal MAX_LATITUDE = new BigDecimal("55.1");
    static final BigDecimal MIN_LONGITUDE = new BigDecimal("5.8");
    static final BigDecimal MAX_LONGITUDE = new BigDecimal("15.1");

    private HsdsImportValues() {}

    static LocalDate date(String path, String value, HsdsImportReport.Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add(path, "not a date (YYYY-MM-DD): '" + value + "'", "Kein Datum (JJJJ-MM-TT)");
            return null;
        }
    }

    static LocalTime time(String path, String value, HsdsImportReport.Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(value.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            problems.add(path, "not a time (HH:MM): '" + value + "'", "Keine Uhrzeit (HH:MM)");
            return null;
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether the point lies in the bounding box of Germany; a problem at the latitude/longitude path if not. */
    static void inGermany(String path, BigDecimal latitude, BigDecimal longitude, HsdsImportReport.Problems problems) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null) {
            problems.add(
                    path + (latitude == null ? "latitude" : "longitude"),
                    "latitude and longitude go together",
                    "Breite und Länge nur zusammen");
            return;
        }
        if (latitude.compareTo(MIN_LATITUDE) < 0 || latitude.compareTo(MAX_LATITUDE) > 0) {
            problems.add(
                    path + "latitude",
                    "outside Germany (47.2 to 55.1 N): " + latitude,
                    "Liegt nicht in Deutschland (47,2 bis 55,1 N)");
        }
        if (longitude.compareTo(MIN_LONGITUDE) < 0 || longitude.compareTo(MAX_LONGITUDE) > 0) {
            problems.add(
                    path + "longitude",
                    "outside Germany (5.8 to 15.1 E): " + longitude,
                    "Liegt nicht in Deutschland (5,8 bis 15,1 O)");
        }
    }

    static List<ScheduleDraft> schedules(String path, List<HsdsModel.Schedule> list, HsdsImportReport.Problems p) {
        List<ScheduleDraft> drafts = new ArrayList<>();
        if (list == null) {
            return drafts;
        }
        for (int i = 0; i < list.size(); i++) {
            drafts.add(schedule(path + "schedules[" + i + "].", list.get(i), p));
        }
        return drafts;
    }

    private static ScheduleDraft schedule(String path, HsdsModel.Schedule s, HsdsImportReport.Problems p) {
        LocalTime opens = time(path + "opens_at", s.opensAt(), p);
        LocalTime closes = time(path + "closes_at", s.closesAt(), p);
        LocalDate dtstart = date(path + "dtstart", s.dtstart(), p);
        LocalDate validFrom = date(path + "valid_from", s.validFrom(), p);
        LocalDate validTo = date(path + "valid_to", s.validTo(), p);
        ScheduleFrequency freq = null;
        if (s.freq() != null) {
            try {
                freq = ScheduleFrequency.valueOf(s.freq().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                p.add(path + "freq", "must be WEEKLY or MONTHLY: '" + s.freq() + "'", "Muss WEEKLY oder MONTHLY sein");
            }
        }
        ScheduleKind kind = kind(s, freq, opens);
        if (kind == ScheduleKind.ONE_OFF && dtstart == null) {
            dtstart = validFrom;
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            p.add(
                    path + "closes_at",
                    "ends (" + closes + ") before or when it starts (" + opens + ")",
                    "Endet (" + closes + ") vor oder mit dem Beginn (" + opens + ")");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            p.add(
                    path + "valid_to",
                    "ends (" + validTo + ") before it starts (" + validFrom + ")",
                    "Endet (" + validTo + ") vor dem Beginn (" + validFrom + ")");
        }
        if (kind == ScheduleKind.RECURRING) {
            p.required(path + "byday", s.byday());
            p.required(path + "opens_at", s.opensAt());
            p.required(path + "closes_at", s.closesAt());
            if (dtstart == null && validFrom == null) {
                p.add(path + "dtstart", "required for recurring hours (or valid_from)", "Pflichtangabe fehlt");
            }
        } else if (kind == ScheduleKind.ONE_OFF) {
            p.required(path + "dtstart", dtstart);
            p.required(path + "opens_at", s.opensAt());
            p.required(path + "closes_at", s.closesAt());
        } else {
            p.required(path + "valid_from", validFrom);
            p.required(path + "valid_to", validTo);
        }
        AttendingType attending = null;
        String notes = s.notes();
        if (s.attendingType() != null && !s.attendingType().isBlank()) {
            try {
                attending = AttendingType.valueOf(
                        s.attendingType().strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                notes = (notes == null ? "" : notes + " ") + "("
                        + s.attendingType().strip() + ")";
            }
        }
        boolean recurring = kind == ScheduleKind.RECURRING;
        return new ScheduleDraft(
                kind,
                recurring ? freq : null,
                s.interval(),
                recurring ? s.byday() : null,
                recurring ? s.bymonthday() : null,
                kind == ScheduleKind.CLOSURE ? null : recurring && dtstart == null ? validFrom : dtstart,
                validFrom,
                validTo,
                kind == ScheduleKind.CLOSURE ? null : opens,
                kind == ScheduleKind.CLOSURE ? null : closes,
                recurring && Boolean.TRUE.equals(s.skipSchoolHolidays()),
                recurring && !Boolean.FALSE.equals(s.skipPublicHolidays()),
                s.holidayRegion(),
                attending,
                s.scheduleLink(),
                s.description(),
                notes,
                Boolean.TRUE.equals(s.exampleData()));
    }

    private static ScheduleKind kind(HsdsModel.Schedule s, ScheduleFrequency freq, LocalTime opens) {
        if (s.scheduleKind() != null) {
            switch (s.scheduleKind().strip().toLowerCase(Locale.ROOT)) {
                case "recurring":
                    return ScheduleKind.RECURRING;
                case "one_off":
                    return ScheduleKind.ONE_OFF;
                case "closure":
                    return ScheduleKind.CLOSURE;
                default:
                    break;
            }
        }
        if (freq != null || s.byday() != null) {
            return ScheduleKind.RECURRING;
        }
        if (opens == null && s.validFrom() != null && s.validTo() != null) {
            return ScheduleKind.CLOSURE;
        }
        return ScheduleKind.ONE_OFF;
    }

    static List<ServiceDraft.PhoneDraft> phones(String path, List<HsdsModel.Phone> list, HsdsImportReport.Problems p) {
        List<ServiceDraft.PhoneDraft> drafts = new ArrayList<>();
        if (list == null) {
            return drafts;
        }
        for (int i = 0; i < list.size(); i++) {
            HsdsModel.Phone phone = list.get(i);
            p.required(path + "phones[" + i + "].number", phone.number());
            String extension =
                    phone.extension() == null ? null : phone.extension().toPlainString();
            String description = phone.description();
            if (extension == null && description != null) {
                Matcher m = EXTENSION_NOTE.matcher(description);
                if (m.matches()) {
                    extension = m.group(2);
                    description = m.group(1).isBlank() ? null : m.group(1);
                }
            }
            drafts.add(new ServiceDraft.PhoneDraft(
                    phone.number(), extension, phone.type(), description, exampleData(phone.attributes())));
        }
        return drafts;
    }

    static List<ServiceDraft.ContactDraft> contacts(List<HsdsModel.Contact> list) {
        if (list == null) {
            return List.of();
        }
        return list.stream()
                .map(c -> new ServiceDraft.ContactDraft(
                        c.name(), c.title(), c.department(), c.email(), exampleData(c.attributes())))
                .toList();
    }

    /** Whether the attributes carry the profile flag example_data = true. */
    static boolean exampleData(List<HsdsModel.Attribute> attributes) {
        return "true".equalsIgnoreCase(profileValue(attributes, "example_data"));
    }

    /** The value of a profile attribute, by its link_type; null when absent. */
    static String profileValue(List<HsdsModel.Attribute> attributes, String linkType) {
        if (attributes == null) {
            return null;
        }
        return attributes.stream()
                .filter(a -> linkType.equals(a.linkType()))
                .map(HsdsModel.Attribute::value)
                .findFirst()
                .orElse(null);
    }

    static Boolean bool(String value) {
        return value == null ? null : Boolean.valueOf("true".equalsIgnoreCase(value.strip()));
    }
}
