package de.lotse.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frozen state of one measure at the date of an evaluation round (Stichtag): where it stood, how far it was, whether
 * its deadline had passed, its budget and the latest status report up to that date. Stored as a versioned JSON record
 * ({@link #schema()}) in {@code evaluation_measure_entry.state}; once written it never changes.
 *
 * <p>Status and progress are reconstructed from the dated status reports (see {@link Basis}); deadline, budget, lead
 * and fields of action have no history in the schema, so the snapshot takes their values at the moment of freezing.
 *
 * @param schema the version of this JSON record, {@value #SCHEMA}
 * @param measureId the measure
 * @param code the numbering of the document, e.g. "3.4"; may be null
 * @param title the title at freezing time
 * @param position the position within the strategy, for a stable order
 * @param fields the fields of action the measure served at freezing time
 * @param lead the lead (Federführung) as a name, null when none is named
 * @param status the status at the date
 * @param progress the progress at the date, 0..100
 * @param basis where status and progress come from
 * @param reportedOn the day the status report used speaks about; null without one
 * @param reportAuthor who wrote that report; null without one
 * @param reportText the text of that report; null without one
 * @param startDate the start of the measure; may be null
 * @param deadline the deadline; may be null
 * @param overdue whether the deadline had passed at the date while the measure was still open
 * @param budgetPlanned planned budget in euro; null: unknown
 * @param budgetApproved approved budget in euro; null: unknown
 * @param budgetSpent spent budget in euro; null: unknown
 */
public record MeasureSnapshot(
        int schema,
        long measureId,
        String code,
        String title,
        int position,
        List<FieldRef> fields,
        String lead,
        MeasureStatus status,
        int progress,
        Basis basis,
        LocalDate reportedOn,
        String reportAuthor,
        String reportText,
        LocalDate startDate,
        LocalDate deadline,
        boolean overdue,
        BigDecimal budgetPlanned,
        BigDecimal budgetApproved,
        BigDecimal budgetSpent) {

    /** The current version of the JSON record. */
    public static final int SCHEMA = 1;

    /** The same state with another report author, e.g. {@code null} where usernames may not be shown. */
    public MeasureSnapshot withReportAuthor(String author) {
        return new MeasureSnapshot(
                schema,
                measureId,
                code,
                title,
                position,
                fields,
                lead,
                status,
                progress,
                basis,
                reportedOn,
                author,
                reportText,
                startDate,
                deadline,
                overdue,
                budgetPlanned,
                budgetApproved,
                budgetSpent);
    }

    public MeasureSnapshot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(basis, "basis");
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress must be 0..100, was " + progress);
        }
    }

    /** Where status and progress of a snapshot come from. */
    public enum Basis {
        /** The latest status report with a date on or before the round's date. */
        REPORT,
        /**
         * The measure's own record: it has no status report at all and was last changed on or before the round's
         * date, so its stored status already held then (e.g. content entered from a document).
         */
        RECORD,
        /** Nothing known up to the date: the initial state, planned with 0 % progress. */
        INITIAL
    }

    /** A field of action as it was named when the round was frozen. */
    public record FieldRef(long id, String code, String title, int position) {}

    /** The measure as stored now (input of the reconstruction). */
    record Recorded(
            long id,
            String code,
            String title,
            int position,
            List<FieldRef> fields,
            String lead,
            MeasureStatus status,
            int progress,
            LocalDate lastChangedOn,
            LocalDate startDate,
            LocalDate deadline,
            BigDecimal budgetPlanned,
            BigDecimal budgetApproved,
            BigDecimal budgetSpent) {}

    /** One dated status report of the measure (input of the reconstruction). */
    record Report(long id, LocalDate asOf, String author, MeasureStatus status, int progress, String text) {}

    /**
     * Reconstructs the state of a measure at a date: the latest report dated on or before it (the later entry wins
     * on the same day); without one the measure's own record if it has no reports at all and was last changed by
     * then; otherwise the initial state (planned, 0 %).
     */
    static MeasureSnapshot at(Recorded measure, List<Report> reports, LocalDate asOf) {
        Optional<Report> latest = reports.stream()
                .filter(r -> !r.asOf().isAfter(asOf))
                .max(Comparator.comparing(Report::asOf).thenComparingLong(Report::id));
        if (latest.isPresent()) {
            Report r = latest.get();
            return of(measure, r.status(), r.progress(), Basis.REPORT, r, asOf);
        }
        boolean recordHeld = reports.isEmpty()
                && measure.lastChangedOn() != null
                && !measure.lastChangedOn().isAfter(asOf);
        return recordHeld
                ? of(measure, measure.status(), measure.progress(), Basis.RECORD, null, asOf)
                : of(measure, MeasureStatus.PLANNED, 0, Basis.INITIAL, null, asOf);
    }

    private static MeasureSnapshot of(
            Recorded m, MeasureStatus status, int progress, Basis basis, Report report, LocalDate asOf) {
        return new MeasureSnapshot(
                SCHEMA,
                m.id(),
                m.code(),
                m.title(),
                m.position(),
                m.fields(),
                m.lead(),
                status,
                progress,
                basis,
                report == null ? null : report.asOf(),
                report == null ? null : report.author(),
                report == null ? null : report.text(),
                m.startDate(),
                m.deadline(),
                overdue(status, m.deadline(), asOf),
                m.budgetPlanned(),
                m.budgetApproved(),
                m.budgetSpent());
    }

    /**
     * Whether a measure with this status and deadline is overdue at a date: the deadline lies before the date and the
     * measure is neither implemented nor abandoned. Postponed and delayed measures past their deadline are overdue.
     */
    static boolean overdue(MeasureStatus status, LocalDate deadline, LocalDate asOf) {
        return deadline != null
                && deadline.isBefore(asOf)
                && status != MeasureStatus.DONE
                && status != MeasureStatus.ABANDONED;
    }

    /** The label of the measure: "3.4 Title", or the title alone without a code. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }
}
