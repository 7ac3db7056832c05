package de.lotse.territory.web;

import de.lotse.territory.ImportOptions;
import de.lotse.territory.TerritoryImportReport;
import de.lotse.territory.TerritoryImporter;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import page for administrators: upload, dry run with report, then commit. */
@Controller
@RequestMapping("/admin/imports/territories")
class TerritoryImportPageController {

    private final TerritoryImporter importer;
    private final PendingUploads pendingUploads;

    TerritoryImportPageController(TerritoryImporter importer, PendingUploads pendingUploads) {
        this.importer = importer;
        this.pendingUploads = pendingUploads;
    }

    @GetMapping
    String initImportForm(Model model) {
        model.addAttribute("recent", importer.recentImports());
        return "territory/import";
    }

    @PostMapping
    String processImportForm(
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commitNow,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String populationDate,
            Principal principal,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("recent", importer.recentImports());
        model.addAttribute("level", level);
        model.addAttribute("populationDate", populationDate);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "import.error.noFile");
            return "territory/import";
        }
        Optional<ImportOptions> options = options(!commitNow, level, populationDate, model);
        if (options.isEmpty()) {
            return "territory/import";
        }
        byte[] content = file.getBytes();
        TerritoryImportReport report = importer.importFile(file.getOriginalFilename(), content, options.get());
        redirect.addFlashAttribute("report", report);
        if (report.dryRun() && !report.hasErrors()) {
            redirect.addFlashAttribute(
                    "pendingToken",
                    pendingUploads.put(content, report.fileName(), principal.getName(), level, populationDate));
        }
        return "redirect:/admin/imports/territories#report";
    }

    @PostMapping("/commit")
    String commitPending(@RequestParam String token, Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("recent", importer.recentImports());
        Optional<PendingUploads.Pending> pending = pendingUploads.take(token, principal.getName());
        if (pending.isEmpty()) {
            model.addAttribute("fileError", "import.error.expired");
            return "territory/import";
        }
        PendingUploads.Pending p = pending.get();
        Optional<ImportOptions> options = options(false, p.level(), p.populationDate(), model);
        if (options.isEmpty()) {
            return "territory/import";
        }
        TerritoryImportReport report = importer.importFile(p.fileName(), pendingUploads.read(p), options.get());
        redirect.addFlashAttribute("report", report);
        return "redirect:/admin/imports/territories#report";
    }

    private static Optional<ImportOptions> options(boolean dryRun, String level, String populationDate, Model model) {
        LocalDate date = null;
        if (populationDate != null && !populationDate.isBlank()) {
            try {
                date = LocalDate.parse(populationDate.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("dateError", "import.error.date");
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new ImportOptions(dryRun, TerritoryApiController.parseLevel(level), date, null));
        } catch (RuntimeException e) {
            model.addAttribute("levelError", "import.error.level");
            return Optional.empty();
        }
    }
}
