package de.lotse.indicator;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import de.lotse.indicator.StatisticsImportReport.FileColumn;
import de.lotse.indicator.StatisticsImportReport.Problem;
import de.lotse.indicator.StatisticsImportReport.ProblemCount;
import de.lotse.territory.Territories;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports indicator values from statistics files: GENESIS / Regionaldatenbank tables (table CSV, flat file), whose
 * columns a planner maps to indicators once per table, and Lotse's generic long format (CSV or XLSX). The format is
 * detected from the content; the file is read as a stream. Every row that cannot be imported is reported with its
 * line. A file with errors writes nothing, unless the planner asks for its valid rows; a file whose whole content is in
 * doubt (wrong encoding, cut off, unknown format, a header that does not fit) never writes anything. All values of a
 * file are written in one transaction, in chunks as they are read ({@link IndicatorValues#write}), so that memory
 * stays bounded; whether the transaction commits is decided at the end of the file. A dry run computes the same report
 * and rolls back. A committed import saves the mapping for the table's code and is recorded in the audit trail.
 */
@Service
public class StatisticsImporter {

    /** Problems of the reader that put the whole file in doubt (as opposed to single rows). */
    static final Set<String> FILE_PROBLEMS = Set.of(
            "file.empty",
            "format.unknown",
            "format.other",
            "encoding.mixed",
            "encoding.invalid",
            "record.tooLong",
            "title.missing",
            "header.missing",
            "header.invalid",
            "header.missingColumn",
            "header.unknownColumn",
            "header.duplicateColumn",
            "data.missing",
            "file.truncated",
            "mapping.missing",
            "xlsx.invalid",
            "xlsx.tooLarge");

    /** Most distinct columns listed for a planner to map. */
    static final int MAX_COLUMNS = 500;

    private static final Logger log = LoggerFactory.getLogger(StatisticsImporter.class);
    private static final Pattern TABLE_CODE_IN_NAME = Pattern.compile("^([0-9A-Z]+(?:-[0-9A-Z]+)+)[_.]");

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final GenesisKeyResolver resolver;
    private final ColumnMappings mappings;
    private final AuditTrail audit;
    private final StatisticsImportMessages messages;
    private final TransactionTemplate transactions;
    private final ComputedIndicators computed;

    StatisticsImporter(
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            GenesisKeyResolver resolver,
            ColumnMappings mappings,
            AuditTrail audit,
            StatisticsImportMessages messages,
            PlatformTransactionManager transactionManager,
            ComputedIndicators computed) {
        this.computed = computed;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
        this.resolver = resolver;
        this.mappings = mappings;
        this.audit = audit;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports one file; never throws for bad content, the report lists the errors instead, with messages in the
     * language of the current request (German by default). The stream is read to its end and closed.
     */
    public StatisticsImportReport importFile(String fileName, InputStream in, ImportRequest request) {
        return importFile(fileName, in, request, ImportProgress.NONE);
    }

    /**
     * Imports one file as {@link #importFile(String, InputStream, ImportRequest)} does and tells the progress how far
     * it has got while it reads.
     */
    public StatisticsImportReport importFile(
            String fileName, InputStream in, ImportRequest request, ImportProgress progress) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        long started = System.nanoTime();
        CountingInputStream counted = new CountingInputStream(in);
        BufferedInputStream buffered = StatisticsFormat.buffered(counted);
        byte[] head = StatisticsFormat.head(buffered);
        StatisticsImportReport report;
        try {
            StatisticsFormat format = StatisticsFormat.detect(head);
            if (format == StatisticsFormat.ZIP_ARCHIVE) {
                report = importArchive(name, buffered, request, progress, counted);
            } else if (format == StatisticsFormat.UNKNOWN && LongFormatReader.looksLikeLongFormat(head)) {
                report = importLongFormat(
                        name, LongFormatReader.open(buffered), "LONG_FORMAT", request, progress, counted::count);
            } else {
                report = importGenesis(name, buffered, request, progress, counted::count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info(
                "Statistics {} ({}, {} rows) {} in {} ms: {} created, {} changed, {} unchanged, {} rejected",
                name,
                report.format(),
                report.rowsRead(),
                report.committed() ? "imported" : "checked",
                (System.nanoTime() - started) / 1_000_000,
                report.created(),
                report.changed(),
                report.unchanged(),
                report.rejected());
        return messages.localize(report);
    }

    /**
     * A ZIP archive: an Excel workbook is read as the long format; any other archive (or one that cannot be opened) is
     * reported. The archive is unpacked from a temporary copy, as a workbook cannot be read front to back.
     */
    private StatisticsImportReport importArchive(
            String name, InputStream in, ImportRequest request, ImportProgress progress, CountingInputStream counted)
            throws IOException {
        Path copy = Files.createTempFile("lotse-import-", ".zip");
        try {
            try (in) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            long bytes = counted.count();
            LongFormatReader.ZipKind kind = LongFormatReader.zipKind(copy);
            if (kind == LongFormatReader.ZipKind.OTHER) {
                return importGenesis(name, Files.newInputStream(copy), request, progress, () -> bytes);
            }
            Path owned = copy;
            copy = null; // the reader deletes it
            return importLongFormat(
                    name, LongFormatReader.openXlsx(owned, true), "LONG_FORMAT_XLSX", request, progress, () -> bytes);
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private StatisticsImportReport importLongFormat(
            String name,
            LongFormatReader opened,
            String format,
            ImportRequest request,
            ImportProgress progress,
            LongSupplier bytesRead)
            throws IOException {
        try (LongFormatReader reader = opened) {
            return transactions.execute(status -> {
                ImportedRows rows =
                        ImportedRows.forLongFormat(name, catalog, territories).writingTo(values::write);
                int read = 0;
                while (reader.hasNext()) {
                    Observation o = reader.next();
                    read++;
                    if (read % ImportProgress.EVERY_ROWS == 0) {
                        progress.update(read, bytesRead.getAsLong());
                    }
                    IndicatorKey key;
                    try {
                        key = IndicatorKey.of(o.column().getFirst());
                    } catch (IllegalArgumentException e) {
                        rows.reject(
                                o.line(),
                                "indicator",
                                "indicator.invalid",
                                o.column().getFirst());
                        continue;
                    }
                    rows.add(o, key);
                }
                rows.finish();
                progress.update(read, bytesRead.getAsLong());
                return complete(
                        status,
                        new Outcome(name, format, null, null, null, read, List.of()),
                        reader.problems(),
                        reader.problemCounts(),
                        rows,
                        request);
            });
        }
    }

    private StatisticsImportReport importGenesis(
            String name, InputStream in, ImportRequest request, ImportProgress progress, LongSupplier bytesRead)
            throws IOException {
        try (StatisticsReader reader = StatisticsReader.open(in)) {
            return transactions.execute(status -> {
                boolean any = reader.hasNext(); // a flat file names its statistic in the rows
                String tableCode = tableCode(name, reader);
                ColumnMapping mapping = request.mapping();
                String source = mapping != null ? "REQUEST" : null;
                if (mapping == null && tableCode != null) {
                    mapping = mappings.find(tableCode).orElse(null);
                    source = mapping != null ? "SAVED" : null;
                }
                ImportedRows rows =
                        ImportedRows.forGenesis(name, catalog, resolver, reader).writingTo(values::write);
                Map<List<String>, FileColumn> columns = new LinkedHashMap<>();
                int read = 0;
                while (any && reader.hasNext()) {
                    Observation o = reader.next();
                    read++;
                    if (read % ImportProgress.EVERY_ROWS == 0) {
                        progress.update(read, bytesRead.getAsLong());
                    }
                    if (mapping == null) {
                        if (columns.size() < MAX_COLUMNS) {
                            List<String> id = new ArrayList<>(o.column());
                            id.add("|");
                            id.addAll(o.columnCodes());
                            columns.putIfAbsent(id, new FileColumn(o.column(), o.columnCodes(), o.line()));
                        }
                        continue;
                    }
                    IndicatorKey key = mapping.indicatorFor(o);
                    if (key == null) {
                        rows.skip();
                    } else {
                        rows.add(o, key);
                    }
                }
                rows.finish();
                progress.update(read, bytesRead.getAsLong());
                if (mapping == null && reader.problemCounts().keySet().stream().noneMatch(FILE_PROBLEMS::contains)) {
                    rows.error(Problem.of(name, 0, null, "mapping.missing", tableCode, columns.size()));
                }
                return complete(
                        status,
                        new Outcome(
                                name,
                                reader.format().name(),
                                tableCode,
                                source,
                                "REQUEST".equals(source) ? mapping : null,
                                read,
                                mapping == null ? List.copyOf(columns.values()) : List.of()),
                        reader.problems(),
                        reader.problemCounts(),
                        rows,
                        request);
            });
        }
    }

    /** What was read, before the values are written. */
    private record Outcome(
            String fileName,
            String format,
            String tableCode,
            String mappingSource,
            ColumnMapping mappingToSave,
            int rowsRead,
            List<FileColumn> columns) {}

    /**
     * Decides, once the whole file is read and its valid values have gone to the value store in the transaction of
     * {@code status}, whether they stay (commit) or not (rollback), and makes the report.
     */
    private StatisticsImportReport complete(
            TransactionStatus status,
            Outcome read,
            List<ReadProblem> readProblems,
            Map<String, Integer> readCounts,
            ImportedRows rows,
            ImportRequest request) {
        List<Problem> errors = new ArrayList<>();
        for (ReadProblem p : readProblems) {
            errors.add(new Problem(read.fileName(), p.line(), p.field(), p.code(), p.args(), null));
        }
        errors.addAll(rows.errors());
        errors.addAll(rows.writeErrors());
        Map<String, Integer> counts = new LinkedHashMap<>(readCounts);
        rows.errorCounts().forEach((code, n) -> counts.merge(code, n, Integer::sum));
        boolean fileInDoubt = counts.keySet().stream().anyMatch(FILE_PROBLEMS::contains);
        int rejectedByReader = readCounts.entrySet().stream()
                .filter(e -> !FILE_PROBLEMS.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
        boolean hasErrors = !counts.isEmpty();
        boolean write =
                !request.dryRun() && !fileInDoubt && !rows.writeFailed() && (!hasErrors || request.importValidRows());
        WriteReport written = rows.writeFailed() ? new WriteReport(0, 0, 0) : rows.writeReport();
        if (!write) {
            status.setRollbackOnly();
        } else {
            record(
                    read,
                    written,
                    rows,
                    counts.values().stream().mapToInt(Integer::intValue).sum());
            // materialised ratios and expressions over these values, in the same transaction
            computed.recomputeDependentsOf(rows.indicatorsWritten());
        }
        List<ProblemCount> summary = new ArrayList<>();
        counts.forEach((code, n) -> summary.add(new ProblemCount(
                code,
                n,
                (int) errors.stream().filter(e -> e.code().equals(code)).count(),
                null)));
        return new StatisticsImportReport(
                read.fileName(),
                read.format(),
                read.tableCode(),
                read.mappingSource(),
                request.dryRun(),
                write,
                read.rowsRead(),
                written.created(),
                written.changed(),
                written.unchanged(),
                rows.rejected() + rejectedByReader + counts.getOrDefault("value.rejected", 0),
                rows.skipped(),
                read.columns(),
                List.copyOf(errors),
                List.copyOf(summary),
                List.copyOf(rows.warnings()));
    }

    private void record(Outcome read, WriteReport written, ImportedRows rows, int errors) {
        if (read.mappingToSave() != null && read.tableCode() != null) {
            mappings.save(read.tableCode(), read.mappingToSave(), Actors.currentUsername());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", read.format());
        details.put("tableCode", read.tableCode());
        details.put("mapping", read.mappingSource());
        details.put("rowsRead", read.rowsRead());
        details.put("created", written.created());
        details.put("changed", written.changed());
        details.put("unchanged", written.unchanged());
        details.put("rejected", rows.rejected());
        details.put("skipped", rows.skipped());
        details.put("errors", errors);
        audit.record(
                "STATISTICS_IMPORTED",
                "statistics-import",
                read.fileName(),
                "Statistik-Import " + read.fileName() + " (" + read.format() + "): " + written.created() + " neu, "
                        + written.changed() + " geändert, " + written.unchanged() + " unverändert, "
                        + rows.rejected() + " abgewiesen",
                details);
    }

    /** The GENESIS table code: from the title of a table CSV, else from the file name, else the statistic's code. */
    private static String tableCode(String fileName, StatisticsReader reader) {
        if (reader instanceof ClassicTableReader table && table.header() != null) {
            return table.header().tableCode();
        }
        String base = fileName.replaceAll(".*[/\\\\]", "");
        Matcher m = TABLE_CODE_IN_NAME.matcher(base);
        if (m.find()) {
            return m.group(1);
        }
        return reader instanceof FlatFileReader flat ? flat.statisticsCode() : null;
    }
}
