package de.lotse.planning.web;

import de.lotse.account.Actors;
import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureStatus;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningAccessDeniedException;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.StatusReportDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The status report form of a measure ({@code /massnahmen/{id}/statusbericht}) for planners and the members of the
 * measure's lead organisation; everybody else gets 403 (visitors who are not signed in are sent to the login).
 */
@Controller
class StatusReportFormController {

    static final String REPORTED = "planningStatusReported";

    private static final Map<String, String> LABELS = Map.of(
            "status", "strategy.report.status",
            "progress", "strategy.report.progressLabel",
            "asOf", "strategy.report.asOf",
            "text", "strategy.report.text");

    private final Measures measures;
    private final FormText text;

    StatusReportFormController(Measures measures, FormText text) {
        this.measures = measures;
        this.text = text;
    }

    /** The form's fields as typed. */
    record ReportForm(String status, String progress, String asOf, String text, boolean reopen) {}

    @GetMapping("/massnahmen/{id}/statusbericht")
    String form(@PathVariable long id, Model model, Locale locale) {
        if (Actors.ANONYMOUS.equals(Actors.currentUsername())) {
            return "redirect:/login";
        }
        Measure m = allowed(id);
        return page(
                model,
                m,
                new ReportForm(
                        m.status().name(),
                        Integer.toString(m.progress()),
                        measures.today().toString(),
                        "",
                        false),
                Map.of(),
                locale);
    }

    @PostMapping("/massnahmen/{id}/statusbericht")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String progress,
            @RequestParam(required = false) String asOf,
            @RequestParam(name = "text", required = false) String reportText,
            @RequestParam(required = false, defaultValue = "false") boolean reopen,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Measure m = allowed(id);
        ReportForm form = new ReportForm(status, progress, asOf, reportText, reopen);
        List<PlanningProblem> problems = new ArrayList<>();
        LocalDate day = FormText.date(asOf, "asOf", problems);
        Integer percent = null;
        if (progress != null && !progress.isBlank()) {
            try {
                percent = Integer.valueOf(progress.strip().replace("%", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new PlanningProblem("progress", "strategy.error.progress", "0 to 100"));
            }
        }
        MeasureStatus next = MeasureForm.enumOf(MeasureStatus.class, status);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidPlanningException(problems);
            }
            measures.reportStatus(id, new StatusReportDraft(day, next, percent, reportText, reopen));
        } catch (InvalidPlanningException e) {
            return page(model, m, form, text.errors(e.problems(), locale), locale);
        } catch (PlanningAccessDeniedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
        redirect.addFlashAttribute(REPORTED, m.title());
        return "redirect:/massnahmen/" + id;
    }

    private String page(Model model, Measure m, ReportForm form, Map<String, String> errors, Locale locale) {
        model.addAttribute("measure", m);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflictCurrent", Map.of());
        model.addAttribute("conflict", List.of());
        model.addAttribute(
                "errorSummary",
                errors.entrySet().stream()
                        .map(e -> new PlanningFormChoices.SummaryItem(
                                e.getKey(),
                                text.label(LABELS.getOrDefault(e.getKey(), "strategy.report.text"), e.getKey(), locale)
                                        + ": " + e.getValue()))
                        .toList());
        List<MeasureStatus> statuses = new ArrayList<>(m.status().next());
        if (measures.mayReopen(m)) {
            for (MeasureStatus s : MeasureStatus.values()) {
                if (m.status().canBeReopenedAs(s)) {
                    statuses.add(s);
                }
            }
        }
        statuses.sort(null);
        model.addAttribute("statuses", statuses);
        model.addAttribute("closed", m.status().isFinal());
        model.addAttribute("mayReopen", measures.mayReopen(m));
        model.addAttribute("reports", m.statusReports().reversed());
        return "planning/edit/status-report";
    }

    private Measure allowed(long id) {
        Measure m = measures.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + id));
        if (!measures.mayReport(m)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Only planners and members of the lead organisation report the status of this measure");
        }
        return m;
    }
}
