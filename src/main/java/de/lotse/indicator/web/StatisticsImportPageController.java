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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statistics import page for planners: upload, dry run with report, column mapping for GENESIS tables, then
 * commit of the file kept from the dry run.
 */
@Controller
@RequestMapping(StatisticsImportPageController.PATH)
class StatisticsImportPageController {

    static final String PATH = "/statistik/import";

    /** The header of the generic long format; the template has no data rows. */
    static final String LONG_FORMAT_HEADER = "territory;indicator;period;value;status";

    private static final String VIEW = "indicator/import";
    private static final String REDIRECT = "redirect:" + PATH + "#report";

    private final StatisticsImporter importer;
    private final IndicatorCatalog catalog;
    private final PendingStatisticsFiles pendingFiles;

    StatisticsImportPageController(
            StatisticsImporter importer, IndicatorCatalog catalog, PendingStatisticsFiles pendingFiles) {
        this.importer = importer;
        this.catalog = catalog;
        this.pendingFiles = pendingFiles;
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
            Model model,
            RedirectAttributes redirect) {
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
        return dryRun(token, pending, null, redirect);
    }

    @PostMapping("/zuordnung")
    String processMappingForm(
            @RequestParam String token,
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
            redirect.addFlashAttribute("report", pending.get().report());
            redirect.addFlashAttribute("pendingToken", token);
            redirect.addFlashAttribute("mappingError", "indicator.importPage.error.noMapping");
            return REDIRECT;
        }
        return dryRun(token, pending.get(), mapping, redirect);
    }

    @PostMapping("/uebernehmen")
    String commitPending(@RequestParam String token, Principal principal, RedirectAttributes redirect) {
        Optional<PendingStatisticsFiles.Pending> pending = pendingFiles.find(token, principal.getName());
        if (pending.isEmpty()) {
            redirect.addFlashAttribute("fileError", "indicator.importPage.error.expired");
            return REDIRECT;
        }
        PendingStatisticsFiles.Pending p = pending.get();
        StatisticsImportReport report;
        try (InputStream in = pendingFiles.open(p)) {
            report = importer.importFile(p.fileName(), in, new ImportRequest(false, p.importValidRows(), p.mapping()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pendingFiles.discard(token);
        }
        redirect.addFlashAttribute("report", report);
        return REDIRECT;
    }

    /** The template of the long format: its header and nothing else. */
    @GetMapping("/vorlage.csv")
    ResponseEntity<String> longFormatTemplate() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("lotse-statistik-vorlage.csv")
                                .build()
                                .toString())
                .body(LONG_FORMAT_HEADER + "\r\n");
    }

    private String dryRun(
            String token, PendingStatisticsFiles.Pending pending, ColumnMapping mapping, RedirectAttributes redirect) {
        StatisticsImportReport report;
        try (InputStream in = pendingFiles.open(pending)) {
            report = importer.importFile(
                    pending.fileName(), in, new ImportRequest(true, pending.importValidRows(), mapping));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("importValidRows", pending.importValidRows());
        if (report.mappingRequired() || committable(report, pending.importValidRows())) {
            pendingFiles.update(token, pending.checked(report, mapping));
            redirect.addFlashAttribute("pendingToken", token);
        } else {
            pendingFiles.discard(token);
        }
        return REDIRECT;
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
