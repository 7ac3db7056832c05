package de.lotse.planning.web;

import de.lotse.planning.PerformanceException;
import de.lotse.planning.PerformanceMeasureDraft;
import de.lotse.planning.PerformanceMeasures;
import de.lotse.planning.PerformanceOverview;
import de.lotse.planning.PerformanceQuestion;
import de.lotse.planning.PerformanceValueEntry;
import de.lotse.planning.TargetDraft;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance measures of a measure: the public page with their values and the entry form for planners and the
 * users of the lead organisation ({@code /massnahmen/{id}/kennzahlen}), and the planners' page to define them
 * ({@code /massnahmen/{id}/bearbeiten/kennzahlen}).
 */
@Controller
class PerformancePageController {

    static final String SAVED = "performanceSaved";

    private final PerformanceMeasures performance;
    private final MessageSource messages;

    PerformancePageController(PerformanceMeasures performance, MessageSource messages) {
        this.performance = performance;
        this.messages = messages;
    }

    @GetMapping("/massnahmen/{id}/kennzahlen")
    String values(@PathVariable long id, Model model) {
        return valuesPage(model, overview(id), new PerformanceForms.Entry(), Map.of());
    }

    @PostMapping("/massnahmen/{id}/kennzahlen")
    String enter(
            @PathVariable long id,
            @ModelAttribute("entry") PerformanceForms.Entry form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PerformanceOverview overview = overview(id);
        if (!performance.mayEnterValues(id)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only planners and the lead organisation enter performance values");
        }
        Map<String, String> readErrors = new LinkedHashMap<>();
        BigDecimal value = TargetForm.number("value", form.getValue(), locale, readErrors);
        if (!readErrors.isEmpty()) {
            return valuesPage(model, overview, form, messages(readErrors, List.of(), locale));
        }
        try {
            performance.enter(
                    id,
                    new PerformanceValueEntry(form.getPerformanceMeasureId(), form.getPeriod(), value, form.getNote()));
        } catch (PerformanceException e) {
            return switch (e.kind()) {
                case INVALID -> valuesPage(model, overview, form, messages(Map.of(), e.problems(), locale));
                case FORBIDDEN -> throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
                case NOT_FOUND ->
                    valuesPage(
                            model,
                            overview,
                            form,
                            Map.of(
                                    "performanceMeasureId",
                                    messages.getMessage("targets.error.required", null, locale)));
            };
        }
        redirect.addFlashAttribute(SAVED, "value");
        return "redirect:/massnahmen/" + id + "/kennzahlen";
    }

    @GetMapping("/massnahmen/{id}/bearbeiten/kennzahlen")
    String definitions(@PathVariable long id, Model model) {
        return definitionsPage(model, overview(id), new PerformanceForms.Definition(), Map.of());
    }

    @PostMapping("/massnahmen/{id}/bearbeiten/kennzahlen")
    String define(
            @PathVariable long id,
            @ModelAttribute("definition") PerformanceForms.Definition form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PerformanceOverview overview = overview(id);
        PerformanceQuestion question = null;
        if (form.getQuestion() != null && !form.getQuestion().isBlank()) {
            try {
                question = PerformanceQuestion.valueOf(form.getQuestion());
            } catch (IllegalArgumentException e) {
                question = null;
            }
        }
        try {
            performance.define(id, new PerformanceMeasureDraft(question, form.getName(), form.getUnit()));
        } catch (PerformanceException e) {
            if (e.kind() != PerformanceException.Kind.INVALID) {
                throw status(e);
            }
            return definitionsPage(model, overview, form, messages(Map.of(), e.problems(), locale));
        }
        redirect.addFlashAttribute(SAVED, "defined");
        return "redirect:/massnahmen/" + id + "/bearbeiten/kennzahlen";
    }

    @PostMapping("/massnahmen/{id}/bearbeiten/kennzahlen/{performanceMeasureId}/entfernen")
    String remove(@PathVariable long id, @PathVariable long performanceMeasureId, RedirectAttributes redirect) {
        try {
            performance.remove(id, performanceMeasureId);
        } catch (PerformanceException e) {
            throw status(e);
        }
        redirect.addFlashAttribute(SAVED, "removed");
        return "redirect:/massnahmen/" + id + "/bearbeiten/kennzahlen";
    }

    private String valuesPage(
            Model model, PerformanceOverview overview, PerformanceForms.Entry form, Map<String, String> errors) {
        model.addAttribute("performance", overview);
        model.addAttribute("questions", PerformanceQuestion.values());
        model.addAttribute("entry", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayEnter", performance.mayEnterValues(overview.measureId()));
        return "planning/targets/performance";
    }

    private String definitionsPage(
            Model model, PerformanceOverview overview, PerformanceForms.Definition form, Map<String, String> errors) {
        model.addAttribute("performance", overview);
        model.addAttribute("questions", PerformanceQuestion.values());
        model.addAttribute("definition", form);
        model.addAttribute("errors", errors);
        return "planning/targets/performance-definitions";
    }

    private Map<String, String> messages(
            Map<String, String> readErrors, List<TargetDraft.Problem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        readErrors.forEach((field, code) -> byField.put(field, messages.getMessage(code, null, locale)));
        problems.forEach(p -> byField.putIfAbsent(p.field(), messages.getMessage(p.code(), null, p.message(), locale)));
        return byField;
    }

    private static ResponseStatusException status(PerformanceException e) {
        return new ResponseStatusException(
                e.kind() == PerformanceException.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND,
                e.getMessage());
    }

    private PerformanceOverview overview(long id) {
        return performance
                .forMeasure(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no measure " + id));
    }
}
