package de.lotse.indicator.web;

import de.lotse.indicator.ColumnMapping;
import de.lotse.indicator.ImportRequest;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorFilter;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.StatisticsImportReport;
import de.lotse.indicator.StatisticsImportReport.FileColumn;
import de.lotse.indicator.StatisticsImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statistics import page for planners: upload, dry run with report, column mapping for GENESIS tables, then
 * commit of the file kept from the dry run. Dry runs and commits run in the background ({@link StatisticsImportJobs}):
 * the form leads to the page of the job, {@code /statistik/import/auftrag/{id}}, which shows the progress (updated by
 * {@code imports.js} from {@code …/status}, or by the link "Status aktualisieren" without JavaScript) and, when the
 * job is done, the report. The templates of the long format are at {@code vorlage.csv} and {@code vorlage.xlsx}.
 */
@Controller
@RequestMapping(StatisticsImportPageController.PATH)
class StatisticsImportPageController {

    static final String PATH = "/statistik/import";

    private static final String VIEW = "indicator/import";
    private static final String REDIRECT = "redirect:" + PATH;

    private final StatisticsImporter importer;
    private final IndicatorCatalog catalog;
    private final PendingStatisticsFiles pendingFiles;
    private final StatisticsImportJobs jobs;

    StatisticsImportPageController(
            StatisticsImporter importer,
            IndicatorCatalog catalog,
            PendingStatisticsFiles pendingFiles,
            StatisticsImportJobs jobs) {
        this.importer = importer;
        this.catalog = catalog;
        this.pendingFiles = pendingFiles;
        this.jobs = jobs;
    }

    @GetMapping
    String initImportForm(Model model) {
        model.addAttribute("indicators", catalog.list(IndicatorFilter.all()));
        return VIEW;
    }

    @PostMapping
    String processImportForm(
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean importValidRows,
            Principal principal,
            Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "indicator.importPage.error.noFile");
            model.addAttribute("importValidRows", importValidRows);
            return initImportForm(model);
        }
        String token;
        try {
            token = pendingFiles.put(
                    file.getInputStream(), file.getOriginalFilename(), principal.getName(), importValidRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PendingStatisticsFiles.Pending pending =
                pendingFiles.find(token, principal.getName()).orElseThrow();
        return redirectTo(dryRun(token, pending, null, principal));
    }

    /** The page of an import job: its progress while it runs, its report when it is done. */
    @GetMapping("/auftrag/{id}")
    String showJob(@PathVariable String id, Principal principal, Model model, RedirectAttributes redirect) {
        Optional<StatisticsImportJobs.Job> found = jobs.find(id, principal.getName());
        if (found.isEmpty()) {
            redirect.addFlashAttribute("fileError", "indicator.importPage.error.expired");
            return REDIRECT;
        }
        StatisticsImportJobs.Job job = found.get();
        model.addAttribute("job", ImportJobStatus.of(job));
        if (job.state() == StatisticsImportJobs.State.DONE) {
            model.addAttribute("report", job.report());
            model.addAttribute("importValidRows", job.importValidRows());
            if (job.pendingToken() != null
                    && pendingFiles
                            .find(job.pendingToken(), principal.getName())
                            .isPresent()) {
                model.addAttribute("pendingToken", job.pendingToken());
            }
        }
        return initImportForm(model);
    }

    /** The progress of an import job as JSON, for {@code imports.js}. */
    @GetMapping(path = "/auftrag/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<ImportJobStatus> jobStatus(@PathVariable String id, Principal principal) {
        return jobs.find(id, principal.getName())
                .map(job ->
                        ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ImportJobStatus.of(job)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/zuordnung")
    String processMappingForm(
            @RequestParam String token,
            @RequestParam(required = false) String job,
            @RequestParam Map<String, String> form,
            Principal principal,
            RedirectAttributes redirect) {
        Optional<PendingStatisticsFiles.Pending> pending = pendingFiles.find(token, principal.getName());
        if (pending.isEmpty() || pending.get().report() == null) {
            redirect.addFlashAttribute("fileError", "indicator.importPage.error.expired");
            return REDIRECT;
        }
        ColumnMapping mapping = mapping(pending.get().report().columns(), form);
        if (mapping == null) {
            redirect.addFlashAttribute("mappingError", "indicator.importPage.error.noMapping");
            return jobs.find(job, principal.getName()).map(this::redirectTo).orElse(REDIRECT);
        }
        return redirectTo(dryRun(token, pending.get(), mapping, principal));
    }

    @PostMapping("/uebernehmen")
    String commitPending(@RequestParam String token, Principal principal, RedirectAttributes redirect) {
        Optional<PendingStatisticsFiles.Pending> pending = pendingFiles.find(token, principal.getName());
        if (pending.isEmpty() || pending.get().report() == null) { // unknown, or already being committed
            redirect.addFlashAttribute("fileError", "indicator.importPage.error.expired");
            return REDIRECT;
        }
        PendingStatisticsFiles.Pending p = pending.get();
        pendingFiles.update(token, p.checked(null, p.mapping())); // no second commit while this one runs
        StatisticsImportJobs.Job job = jobs.start(
                principal.getName(),
                p.fileName(),
                pendingFiles.size(p),
                true,
                progress -> {
                    try (InputStream in = pendingFiles.open(p)) {
                        return importer.importFile(
                                p.fileName(), in, new ImportRequest(false, p.importValidRows(), p.mapping()), progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        pendingFiles.discard(token);
                    }
                },
                done -> {});
        return redirectTo(job);
    }

    /** The template of the long format as CSV: the header and an example row marked as a comment. */
    @GetMapping("/vorlage.csv")
    ResponseEntity<byte[]> longFormatTemplate() {
        return download(
                LongFormatTemplates.csv(),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "lotse-statistik-vorlage.csv");
    }

    /** The template of the long format as an Excel workbook, with a sheet that explains the columns. */
    @GetMapping("/vorlage.xlsx")
    ResponseEntity<byte[]> longFormatWorkbookTemplate() {
        return download(
                LongFormatTemplates.xlsx(),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "lotse-statistik-vorlage.xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    private String redirectTo(StatisticsImportJobs.Job job) {
        return "redirect:" + PATH + "/auftrag/" + job.id() + "#report";
    }

    /** Starts a dry run; when it is done, the file is kept for the mapping or commit, or discarded. */
    private StatisticsImportJobs.Job dryRun(
            String token, PendingStatisticsFiles.Pending pending, ColumnMapping mapping, Principal principal) {
        pendingFiles.update(token, pending.checked(null, mapping));
        return jobs.start(
                principal.getName(),
                pending.fileName(),
                pendingFiles.size(pending),
                false,
                progress -> {
                    try (InputStream in = pendingFiles.open(pending)) {
                        return importer.importFile(
                                pending.fileName(),
                                in,
                                new ImportRequest(true, pending.importValidRows(), mapping),
                                progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                job -> {
                    StatisticsImportReport report = job.report();
                    if (report.mappingRequired() || committable(report, pending.importValidRows())) {
                        pendingFiles.update(token, pending.checked(report, mapping));
                        job.pending(token, pending.importValidRows());
                    } else {
                        pendingFiles.discard(token);
                        job.pending(null, pending.importValidRows());
                    }
                });
    }

    /** Whether committing the checked file would write something. */
    private static boolean committable(StatisticsImportReport report, boolean importValidRows) {
        return (!report.hasErrors() || importValidRows) && report.created() + report.changed() > 0;
    }

    /** The mapping chosen in the form ({@code column-0}, {@code column-1}, …), or null if no column was chosen. */
    private ColumnMapping mapping(List<FileColumn> columns, Map<String, String> form) {
        List<ColumnMapping.Column> rules = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String choice = form.get("column-" + i);
            if (choice == null || choice.isBlank()) {
                continue;
            }
            IndicatorKey key;
            try {
                key = IndicatorKey.of(choice.strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (catalog.find(key).isEmpty()) {
                continue;
            }
            FileColumn column = columns.get(i);
            rules.add(new ColumnMapping.Column(
                    column.codes(), column.codes().isEmpty() ? column.path() : List.of(), key));
        }
        return rules.isEmpty() ? null : new ColumnMapping(rules);
    }
}
