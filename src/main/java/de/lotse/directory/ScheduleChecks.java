package de.lotse.directory;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks consultation hours, phones and contacts of a draft (the parts a service and a place share). */
final class ScheduleChecks {

    private static final String DAY = "(MO|TU|WE|TH|FR|SA|SU)";
    private static final Pattern WEEKLY_DAYS = Pattern.compile("^" + DAY + "(," + DAY + ")*$");
    private static final Pattern MONTHLY_DAYS =
            Pattern.compile("^([+-]?[1-5])?" + DAY + "(,([+-]?[1-5])?" + DAY + ")*$");
    private static final Pattern MONTH_DAYS = Pattern.compile("^-?\\d{1,2}(,-?\\d{1,2})*$");
    /** A weekday with its ordinal in the month, e.g. 2MO or -1FR (a MONTHLY schedule without days of the month). */
    private static final Pattern MONTHLY_ORDINAL_DAYS =
            Pattern.compile("^[+-]?[1-5]" + DAY + "(,[+-]?[1-5]" + DAY + ")*$");
    /** The 16 German states whose school and public holidays are known (as in {@code ScheduleValidator}). */
    private static final Set<String> REGIONS =
            Set.of("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH");

    private static final Set<String> PHONE_TYPES =
            Set.of("text", "voice", "fax", "cell", "video", "pager", "textphone");

    private ScheduleChecks() {}

    static void schedules(DraftProblems p, String prefix, List<ScheduleDraft> schedules) {
        for (int i = 0; i < schedules.size(); i++) {
            schedule(p, prefix + "schedules[" + i + "].", schedules.get(i));
        }
    }

    static void schedule(DraftProblems p, String path, ScheduleDraft s) {
        if (s.kind() == null) {
            p.required(path + "kind", (Object) null);
            return;
        }
        switch (s.kind()) {
            case RECURRING -> recurring(p, path, s);
            case ONE_OFF -> {
                p.required(path + "dtstart", s.dtstart());
                times(p, path, s, true);
            }
            case CLOSURE -> {
                p.required(path + "validFrom", s.validFrom());
                p.required(path + "validTo", s.validTo());
                times(p, path, s, false);
            }
        }
        // for every kind: the calendar refuses a schedule with an interval below 1, whatever its kind
        if (s.interval() < 1 || s.interval() > 52) {
            p.add(path + "interval", "interval", "must be between 1 and 52");
        }
        if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
            p.add(path + "validTo", "ends-before-start", "ends before it starts");
        }
        if (!REGIONS.contains(s.holidayRegion())) {
            p.add(path + "holidayRegion", "holiday-region", "must be a state code such as NI");
        }
        p.url(path + "scheduleLink", s.scheduleLink());
    }

    private static void recurring(DraftProblems p, String path, ScheduleDraft s) {
        p.required(path + "freq", s.freq());
        p.required(path + "dtstart", s.dtstart());
        boolean monthly = s.freq() == ScheduleFrequency.MONTHLY;
        p.length(path + "byday", s.byday(), 60);
        p.length(path + "bymonthday", s.bymonthday(), 60);
        if (s.byday() == null || s.byday().isBlank()) {
            p.add(path + "byday", "byday.required", "a recurring schedule names its weekday(s), e.g. TU or MO,WE");
        } else {
            String days = s.byday().strip().toUpperCase(java.util.Locale.ROOT);
            boolean withMonthDays = s.bymonthday() != null && !s.bymonthday().isBlank();
            // MONTHLY without days of the month: every weekday needs its ordinal ("MO" alone gives no date)
            Pattern allowed = !monthly ? WEEKLY_DAYS : withMonthDays ? MONTHLY_DAYS : MONTHLY_ORDINAL_DAYS;
            if (!allowed.matcher(days).matches()) {
                p.add(
                        path + "byday",
                        monthly ? "byday.monthly" : "byday.weekly",
                        "'" + s.byday() + "' is not a list of weekdays such as "
                                + (monthly ? "2MO or -1FR" : "TU or MO,WE"),
                        s.byday());
            }
        }
        if (s.bymonthday() != null && !s.bymonthday().isBlank()) {
            boolean valid = MONTH_DAYS.matcher(s.bymonthday().strip()).matches();
            if (valid) {
                for (String d : s.bymonthday().strip().split(",")) {
                    int day = Math.abs(Integer.parseInt(d));
                    valid &= day >= 1 && day <= 31;
                }
            }
            if (!valid || !monthly) {
                p.add(path + "bymonthday", "bymonthday", "days of the month (1 to 31) are for MONTHLY schedules only");
            }
        }
        times(p, path, s, true);
        if (s.dtstart() != null && s.validTo() != null && s.validTo().isBefore(s.dtstart())) {
            p.add(path + "validTo", "ends-before-start", "ends before it starts");
        }
    }

    private static void times(DraftProblems p, String path, ScheduleDraft s, boolean required) {
        if (required) {
            p.required(path + "opensAt", s.opensAt());
            p.required(path + "closesAt", s.closesAt());
        }
        if (s.opensAt() != null && s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            p.add(path + "closesAt", "closes-before-opens", "closes before (or when) it opens");
        }
    }

    static void phones(DraftProblems p, String prefix, List<ServiceDraft.PhoneDraft> phones) {
        for (int i = 0; i < phones.size(); i++) {
            String path = prefix + "phones[" + i + "].";
            ServiceDraft.PhoneDraft phone = phones.get(i);
            p.requiredText(path + "number", phone.number(), 60);
            p.length(path + "extension", phone.extension(), 20);
            p.length(path + "description", phone.description(), 300);
            if (phone.type() != null
                    && !phone.type().isBlank()
                    && !PHONE_TYPES.contains(phone.type().strip())) {
                p.add(path + "type", "phone-type", "must be one of " + PHONE_TYPES, phone.type());
            }
        }
    }

    static void contacts(DraftProblems p, String prefix, List<ServiceDraft.ContactDraft> contacts) {
        for (int i = 0; i < contacts.size(); i++) {
            String path = prefix + "contacts[" + i + "].";
            ServiceDraft.ContactDraft c = contacts.get(i);
            if (DraftProblems.strip(c.name()) == null
                    && DraftProblems.strip(c.title()) == null
                    && DraftProblems.strip(c.department()) == null
                    && DraftProblems.strip(c.email()) == null) {
                p.add(path + "name", "contact.empty", "a contact needs a name, title, department or e-mail");
            }
            p.length(path + "name", c.name(), 200);
            p.length(path + "title", c.title(), 200);
            p.length(path + "department", c.department(), 200);
            p.email(path + "email", c.email());
        }
    }
}
