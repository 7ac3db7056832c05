package de.lotse.directory.schedule;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The planners' page of school holidays and public holidays: the imported entries of a year by kind with their
 * source, and the upload with a dry run first (the checked file waits in the session until it is taken over).
 */
@Controller
@RequestMapping("/verzeichnis/feiertage")
class HolidayPageController {

    static final String PENDING = "schedules.pendingHolidayImport";

    private final Holidays holidays;
    private final HolidayImport importer;

    HolidayPageController(Holidays holidays, HolidayImport importer) {
        this.holidays = holidays;
        this.importer = importer;
    }

    /** An uploaded file that passed its dry run and waits for the planner's confirmation. */
    record Pending(String token, String fileName, byte[] content, HolidayKind kind, String source)
            implements Serializable {}

    /** The entries of one kind in the year shown. */
    record Group(HolidayKind kind, List<Holiday> entries) {}

    @GetMapping
    String show(@RequestParam(required = false) String year, Model model) {
        List<Integer> years = holidays.years("NI");
        int current = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
        int shown = parseYear(year, years.contains(current) || years.isEmpty() ? current : years.getLast());
        model.addAttribute("hasData", !years.isEmpty());
        model.addAttribute(
                "years",
                java.util.stream.Stream.concat(years.stream(), java.util.stream.Stream.of(shown))
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("year", shown);
        model.addAttribute(
                "groups",
                List.of(
                        new Group(HolidayKind.SCHOOL_HOLIDAY, holidays.ofYear("NI", shown, HolidayKind.SCHOOL_HOLIDAY)),
                        new Group(
                                HolidayKind.PUBLIC_HOLIDAY, holidays.ofYear("NI", shown, HolidayKind.PUBLIC_HOLIDAY))));
        model.addAttribute("kinds", HolidayKind.values());
        if (!model.containsAttribute("kind")) {
            model.addAttribute("kind", HolidayKind.SCHOOL_HOLIDAY.name());
        }
        return "schedules/holidays";
    }

    @PostMapping
    String upload(
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean commitNow,
            HttpSession session,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        HolidayKind icsKind = kind == null ? null : HolidayFileReader.kind(kind);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "schedules.holidays.error.noFile");
            model.addAttribute("kind", kind);
            model.addAttribute("source", source);
            return show(null, model);
        }
        byte[] content = file.getBytes();
        HolidayImportReport report =
                importer.importFile(file.getOriginalFilename(), content, "NI", icsKind, source, !commitNow);
        redirect.addFlashAttribute("report", report);
        if (report.dryRun() && !report.hasErrors()) {
            Pending pending = new Pending(UUID.randomUUID().toString(), report.fileName(), content, icsKind, source);
            session.setAttribute(PENDING, pending);
            redirect.addFlashAttribute("pendingToken", pending.token());
        }
        return "redirect:/verzeichnis/feiertage" + yearOf(report) + "#report";
    }

    @PostMapping("/uebernehmen")
    String commit(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)
                || !pending.token().equals(token)) {
            model.addAttribute("fileError", "schedules.holidays.error.expired");
            return show(null, model);
        }
        session.removeAttribute(PENDING);
        HolidayImportReport report = importer.importFile(
                pending.fileName(), pending.content(), "NI", pending.kind(), pending.source(), false);
        redirect.addFlashAttribute("report", report);
        return "redirect:/verzeichnis/feiertage" + yearOf(report) + "#report";
    }

    private static String yearOf(HolidayImportReport report) {
        return report.rows().isEmpty()
                ? ""
                : "?year=" + report.rows().getFirst().startDate().getYear();
    }

    private static int parseYear(String text, int fallback) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return fallback;
        }
        return Integer.parseInt(text.strip());
    }
}
