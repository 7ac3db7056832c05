package de.lotse.directory.hsds;

import de.lotse.account.Actors;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page {@code /verzeichnis/import} (planners): upload an HSDS JSON dataset, see the dry run (what would be created
 * or updated, which organisations would be new, or every problem with its JSON path) and then import it. The uploaded
 * dataset waits in the session between the dry run and the import, so it need not be uploaded twice.
 */
@Controller
@RequestMapping("/verzeichnis/import")
class HsdsImportPageController {

    private static final String PENDING = HsdsImportPageController.class.getName() + ".pending";

    private final HsdsImport imports;

    HsdsImportPageController(HsdsImport imports) {
        this.imports = imports;
    }

    /** A dataset checked in a dry run, waiting to be imported. */
    record Pending(String token, String fileName, String body) implements java.io.Serializable {}

    @GetMapping
    String form(Model model, HttpSession session) {
        Object pending = session.getAttribute(PENDING);
        if (pending instanceof Pending p && model.containsAttribute("report")) {
            model.addAttribute("pending", p);
        }
        return "hsds/import";
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            HttpSession session,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "hsds.import.file.missing");
            return "hsds/import";
        }
        String body = new String(file.getBytes(), StandardCharsets.UTF_8);
        String name = file.getOriginalFilename() == null ? "dataset.json" : file.getOriginalFilename();
        HsdsImportReport report = imports.run(body, dryRun, Actors.currentUsername());
        session.removeAttribute(PENDING);
        if (dryRun && report.ok()) {
            session.setAttribute(PENDING, new Pending(UUID.randomUUID().toString(), name, body));
        }
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("fileName", name);
        return "redirect:/verzeichnis/import#report";
    }

    @PostMapping("/uebernehmen")
    String commit(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        Object pending = session.getAttribute(PENDING);
        if (!(pending instanceof Pending p) || !p.token().equals(token)) {
            redirect.addFlashAttribute("expired", true);
            return "redirect:/verzeichnis/import";
        }
        session.removeAttribute(PENDING);
        HsdsImportReport report = imports.run(p.body(), false, Actors.currentUsername());
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("fileName", p.fileName());
        return "redirect:/verzeichnis/import#report";
    }
}
