package de.lotse.territory;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports territory files: the Destatis municipality register GV100AD (units, areas, populations) and boundary
 * GeoJSON. The format is detected from the content. Each import runs in one transaction: a file with any error writes
 * nothing, a dry run writes nothing, and a committed import is recorded with its report and in the audit trail.
 */
@Service
public class TerritoryImporter {

    /** Largest file accepted (the full German register is about 3.5 MB, all Kreis boundaries about 4 MB). */
    public static final long MAX_FILE_BYTES = 60L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(TerritoryImporter.class);
    private static final int MAX_AUDITED_CHANGES = 2000;

    private final TerritoryWriter writer;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final ImportMessages messages;

    TerritoryImporter(
            TerritoryWriter writer,
            PlatformTransactionManager transactionManager,
            JsonMapper json,
            AuditTrail audit,
            ImportMessages messages) {
        this.messages = messages;
        this.writer = writer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.audit = audit;
    }

    /**
     * Imports one file; never throws for bad content, the report lists the errors instead, with messages in the
     * language of the current request (German by default).
     */
    public TerritoryImportReport importFile(String fileName, byte[] content, ImportOptions options) {
        return messages.localize(importUnlocalized(fileName, content, options));
    }

    private TerritoryImportReport importUnlocalized(String fileName, byte[] content, ImportOptions options) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        if (content.length > MAX_FILE_BYTES) {
            return TerritoryImportReport.failed(
                    name,
                    "UNKNOWN",
                    List.of(ImportProblem.of(name, 0, null, "file.tooLarge", content.length, MAX_FILE_BYTES)),
                    options.dryRun());
        }
        if (Gv100adParser.looksLikeGv100ad(content)) {
            return importRegister(name, content, options);
        }
        if (BoundaryImport.looksLikeJson(content)) {
            return importBoundaries(new BoundaryImport(json, name, options.level()).prepare(content), options);
        }
        return TerritoryImportReport.failed(
                name,
                "UNKNOWN",
                List.of(ImportProblem.of(
                        name,
                        content.length == 0 ? 0 : 1,
                        null,
                        content.length == 0 ? "file.empty" : "format.unknown")),
                options.dryRun());
    }

    /** Imports boundaries read beforehand with {@link BoundaryImport#prepare}; the report is not yet localized. */
    TerritoryImportReport importBoundaries(BoundaryImport.Prepared prepared, ImportOptions options) {
        if (!prepared.errors().isEmpty()) {
            return TerritoryImportReport.failed(prepared.fileName(), "GEOJSON", prepared.errors(), options.dryRun());
        }
        return inTransaction(options, () -> BoundaryImport.apply(prepared, writer, options.dryRun()));
    }

    private TerritoryImportReport importRegister(String name, byte[] content, ImportOptions options) {
        long started = System.nanoTime();
        Gv100adParser.Result parsed = Gv100adParser.parse(name, content);
        if (!parsed.errors().isEmpty()) {
            return TerritoryImportReport.failed(name, "GV100AD", parsed.errors(), options.dryRun());
        }
        TerritoryImportReport report;
        try {
            report = inTransaction(options, () -> new Gv100adImport(
                            writer, name, parsed, options.populationDate(), options.populationBasis(), options.dryRun())
                    .apply());
        } catch (Gv100adImport.Rejected rejected) {
            return TerritoryImportReport.failed(name, "GV100AD", rejected.problems, options.dryRun());
        }
        log.info(
                "GV100AD {} ({} records) {} in {} ms: {} created, {} changed, {} closed",
                name,
                parsed.records().size(),
                options.dryRun() ? "checked" : "imported",
                (System.nanoTime() - started) / 1_000_000,
                report.created(),
                report.changed(),
                report.closed());
        return report;
    }

    private TerritoryImportReport inTransaction(
            ImportOptions options, java.util.function.Supplier<TerritoryImportReport> work) {
        return transactions.execute(status -> {
            TerritoryImportReport report = work.get();
            if (options.dryRun() || report.hasErrors()) {
                status.setRollbackOnly();
            } else {
                record(report);
            }
            return report;
        });
    }

    private void record(TerritoryImportReport report) {
        writer.recordImport(
                report.fileName(),
                report.format(),
                report.edition(),
                Actors.currentUsername(),
                json.writeValueAsString(report));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", report.format());
        details.put(
                "edition", report.edition() == null ? null : report.edition().toString());
        details.put("created", report.created());
        details.put("changed", report.changed());
        details.put("closed", report.closed());
        details.put("populationAdded", report.populationAdded());
        details.put("populationChanged", report.populationChanged());
        details.put("boundariesUpdated", report.boundariesUpdated());
        audit.record("TERRITORY_IMPORTED", "territory-import", report.fileName(), summary(report), details);
        report.changes().stream()
                .filter(c -> !"CREATED".equals(c.kind()) && !"BOUNDARY".equals(c.kind()))
                .limit(MAX_AUDITED_CHANGES)
                .forEach(c -> audit.record(
                        "TERRITORY_" + c.kind(),
                        "territory",
                        c.level() + ":" + c.key(),
                        c.summary(),
                        Map.of("file", report.fileName())));
    }

    private static String summary(TerritoryImportReport r) {
        return r.format() + "-Import " + r.fileName() + ": " + r.created() + " neu, " + r.changed() + " geändert, "
                + r.closed() + " geschlossen, " + r.populationAdded() + " Einwohnerzahlen neu, "
                + r.populationChanged() + " korrigiert, " + r.boundariesUpdated() + " Grenzen";
    }

    /** Recently committed imports for the import page. */
    public List<ImportRun> recentImports() {
        return writer.recentImports(20);
    }
}
