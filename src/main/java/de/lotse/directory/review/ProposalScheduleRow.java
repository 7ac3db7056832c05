package de.lotse.directory.review;

import de.lotse.directory.AttendingType;
import de.lotse.directory.ScheduleDraft;
import de.lotse.directory.ScheduleFrequency;
import de.lotse.directory.ScheduleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Consultation hours at a place (a row of the proposal form); weekdays and a week of the month become RRULE byday. */
public class ProposalScheduleRow {
    public Integer baseIndex;
    public String kind;
    /** Weekday codes (MO..SU) of recurring hours. */
    public List<String> weekdays = new ArrayList<>();
    /** Empty: every (interval) week; 1..4 or -1: that week of each month. */
    public String weekOfMonth;

    public String interval;
    public String dtstart;
    public String validFrom;
    public String validTo;
    public String opensAt;
    public String closesAt;
    public boolean skipSchoolHolidays;
    public boolean skipPublicHolidays = true;
    public String attendingType;
    public String description;

    static ProposalScheduleRow of(ScheduleDraft s, int index) {
        ProposalScheduleRow row = new ProposalScheduleRow();
        row.baseIndex = index;
        row.kind = s.kind() == null ? null : s.kind().name();
        if (s.byday() != null) {
            for (String day : s.byday().split(",")) {
                String code = day.strip().toUpperCase(Locale.ROOT);
                String weekday = code.length() >= 2 ? code.substring(code.length() - 2) : code;
                if (s.freq() == ScheduleFrequency.MONTHLY && code.length() > 2) {
                    row.weekOfMonth = code.substring(0, code.length() - 2);
                }
                if (ProposalFormRows.WEEKDAYS.contains(weekday) && !row.weekdays.contains(weekday)) {
                    row.weekdays.add(weekday);
                }
            }
        }
        row.interval =
                s.interval() == null || s.interval() == 1 ? null : s.interval().toString();
        row.dtstart = ProposalForm.text(s.dtstart());
        row.validFrom = ProposalForm.text(s.validFrom());
        row.validTo = ProposalForm.text(s.validTo());
        row.opensAt = ProposalForm.text(s.opensAt());
        row.closesAt = ProposalForm.text(s.closesAt());
        row.skipSchoolHolidays = s.skipSchoolHolidays();
        row.skipPublicHolidays = s.skipPublicHolidays();
        row.attendingType = s.attendingType() == null ? null : s.attendingType().name();
        row.description = s.description();
        return row;
    }

    boolean blank() {
        return ProposalForm.isBlank(kind)
                && weekdays.isEmpty()
                && ProposalForm.isBlank(dtstart)
                && ProposalForm.isBlank(opensAt)
                && ProposalForm.isBlank(closesAt)
                && ProposalForm.isBlank(validFrom)
                && ProposalForm.isBlank(validTo);
    }

    /** The schedule, or null with problems named under {@code path}. */
    ScheduleDraft toDraft(String path, ScheduleDraft base, ProposalFormProblems problems) {
        ScheduleKind k = problems.choice(path + ".kind", kind, ScheduleKind.class, true);
        boolean monthly = !ProposalForm.isBlank(weekOfMonth);
        String prefix = monthly ? weekOfMonth.strip() : "";
        if (monthly && !prefix.matches("-1|[1-4]")) {
            problems.add(path + ".weekOfMonth", "invalid");
        }
        List<String> days =
                ProposalFormRows.WEEKDAYS.stream().filter(weekdays::contains).toList();
        String byday = days.isEmpty()
                ? null
                : String.join(",", days.stream().map(d -> prefix + d).toList());
        Integer every = problems.integer(path + ".interval", interval, 1, 52);
        var start = problems.date(path + ".dtstart", dtstart);
        var from = problems.date(path + ".validFrom", validFrom);
        var to = problems.date(path + ".validTo", validTo);
        var opens = problems.time(path + ".opensAt", opensAt);
        var closes = problems.time(path + ".closesAt", closesAt);
        if (k == ScheduleKind.RECURRING) {
            if (byday == null) {
                problems.add(path + ".weekdays", "required");
            }
            problems.require(path + ".dtstart", start, dtstart);
        }
        if (k == ScheduleKind.ONE_OFF) {
            problems.require(path + ".dtstart", start, dtstart);
        }
        if (k == ScheduleKind.RECURRING || k == ScheduleKind.ONE_OFF) {
            problems.require(path + ".opensAt", opens, opensAt);
            problems.require(path + ".closesAt", closes, closesAt);
        }
        if (k == ScheduleKind.CLOSURE) {
            problems.require(path + ".validFrom", from, validFrom);
            problems.require(path + ".validTo", to, validTo);
        }
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(path + ".closesAt", "beforeOpens");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(path + ".validTo", "beforeFrom");
        }
        AttendingType attending = problems.choice(path + ".attendingType", attendingType, AttendingType.class, false);
        if (k == null) {
            return null;
        }
        return new ScheduleDraft(
                k,
                k == ScheduleKind.RECURRING ? (monthly ? ScheduleFrequency.MONTHLY : ScheduleFrequency.WEEKLY) : null,
                every,
                k == ScheduleKind.RECURRING ? byday : null,
                base == null ? null : base.bymonthday(),
                start,
                from,
                to,
                opens,
                closes,
                skipSchoolHolidays,
                skipPublicHolidays,
                base == null ? null : base.holidayRegion(),
                attending,
                base == null ? null : base.scheduleLink(),
                ProposalForm.trim(description),
                base == null ? null : base.notes(),
                base != null && base.exampleData());
    }
}
