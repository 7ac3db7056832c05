package de.lotse.directory.schedule;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports school holidays and public holidays from an iCalendar or CSV file (see {@link HolidayFileReader}). All or
 * nothing per file: any error (end before start, unknown kind or region, malformed date, overlapping duplicate, not an
 * all-day event …) rejects the whole file, each error with file, line and field. A file replaces, per region and kind
 * it contains, every stored entry whose start date lies in one of the years it covers; other years stay. A dry run
 * reads and checks everything and reports what would be replaced, without writing.
 */
@Component
public class HolidayImport {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final MessageSource messages;

    HolidayImport(
            JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditTrail audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Reads, checks and (unless dry run) stores one file.
     *
     * @param region for iCalendar rows (CSV rows name their own); null = NI
     * @param kind for iCalendar rows; null = SCHOOL_HOLIDAY (the usual content of published Ferien calendars)
     * @param source for rows that name none (iCalendar, CSV without 6th column); null = "Datei &lt;fileName&gt;"
     */
    public HolidayImportReport importFile(
            String fileName, byte[] content, String region, HolidayKind kind, String source, boolean dryRun) {
        String file = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        String defaultSource = source == null || source.isBlank() ? "Datei " + file : source.strip();
        HolidayFileReader.Result read = HolidayFileReader.read(
                content,
                new HolidayFileReader.Defaults(
                        region == null || region.isBlank()
                                ? "NI"
                                : region.strip().toUpperCase(Locale.ROOT),
                        kind == null ? HolidayKind.SCHOOL_HOLIDAY : kind,
                        defaultSource));
        Locale locale = LocaleContextHolder.getLocale();
        List<HolidayImportProblem> errors = read.errors().stream()
                .map(e -> new HolidayImportProblem(
                        file, e.line(), e.field(), messages.getMessage(e.key(), e.args(), locale)))
                .toList();
        if (!errors.isEmpty()) {
            return new HolidayImportReport(file, read.format(), dryRun, read.rows(), List.of(), errors);
        }
        if (dryRun) {
            return new HolidayImportReport(file, read.format(), true, read.rows(), scopes(read.rows(), false), errors);
        }
        List<HolidayImportReport.Scope> scopes = transactions.execute(status -> store(file, read.rows()));
        return new HolidayImportReport(file, read.format(), false, read.rows(), scopes, errors);
    }

    private List<HolidayImportReport.Scope> store(String file, List<HolidayRow> rows) {
        List<HolidayImportReport.Scope> scopes = scopes(rows, true);
        String actor = Actors.currentUsername();
        for (HolidayRow row : rows) {
            jdbc.sql("""
                            INSERT INTO directory_holiday (region, kind, name, start_date, end_date, source, imported_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            row.region(),
                            row.kind().name(),
                            row.name(),
                            row.startDate(),
                            row.endDate(),
                            row.source(),
                            actor)
                    .update();
        }
        audit.record(
                "HOLIDAYS_IMPORTED",
                "directory_holiday",
                file,
                "Ferien/Feiertage aus " + file + " importiert: " + rows.size() + " Einträge",
                Map.of(
                        "file",
                        file,
                        "rows",
                        rows.size(),
                        "scopes",
                        scopes.stream()
                                .map(s -> s.region() + " " + s.kind() + " " + s.years() + " ersetzt " + s.replaced())
                                .toList()));
        return scopes;
    }

    /** Per region and kind the years of the rows; counts (and, when deleting, removes) the stored entries replaced. */
    private List<HolidayImportReport.Scope> scopes(List<HolidayRow> rows, boolean delete) {
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        rows.forEach(r -> years.computeIfAbsent(r.region() + "/" + r.kind().name(), k -> new TreeSet<>())
                .add(r.startDate().getYear()));
        List<HolidayImportReport.Scope> scopes = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Integer>> e : years.entrySet()) {
            String[] key = e.getKey().split("/");
            Integer[] covered = e.getValue().toArray(Integer[]::new);
            String where = " FROM directory_holiday WHERE region = ? AND kind = ?"
                    + " AND extract(YEAR FROM start_date)::int = ANY (?)";
            int replaced = delete
                    ? jdbc.sql("DELETE" + where).params(key[0], key[1], covered).update()
                    : jdbc.sql("SELECT count(*)" + where)
                            .params(key[0], key[1], covered)
                            .query(Integer.class)
                            .single();
            scopes.add(new HolidayImportReport.Scope(
                    key[0], HolidayKind.valueOf(key[1]), List.copyOf(e.getValue()), replaced));
        }
        return scopes;
    }
}
