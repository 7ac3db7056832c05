package de.lotse.planning.web;

import de.lotse.planning.CrossCuttingAspect;
import de.lotse.planning.CrossCuttingAspects;
import de.lotse.planning.InvalidPlanningException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of cross-cutting aspects with a form to add one ({@code /querschnittsaspekte}, planners). */
@Controller
class AspectEditController {

    static final String ASPECT_SAVED = "planningAspectSaved";

    private final CrossCuttingAspects aspects;
    private final FormText text;

    AspectEditController(CrossCuttingAspects aspects, FormText text) {
        this.aspects = aspects;
        this.text = text;
    }

    /** The add form's fields as typed. */
    record AspectForm(String key, String nameDe, String nameEn) {}

    @GetMapping("/querschnittsaspekte")
    String list(Model model, Locale locale) {
        return page(model, new AspectForm("", "", ""), Map.of(), locale);
    }

    @PostMapping("/querschnittsaspekte")
    String create(
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String nameDe,
            @RequestParam(required = false) String nameEn,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            CrossCuttingAspect created = aspects.create(key, nameDe, nameEn);
            redirect.addFlashAttribute(ASPECT_SAVED, created.name(locale.getLanguage()));
            return "redirect:/querschnittsaspekte";
        } catch (InvalidPlanningException e) {
            return page(model, new AspectForm(key, nameDe, nameEn), text.errors(e.problems(), locale), locale);
        }
    }

    private String page(Model model, AspectForm form, Map<String, String> errors, Locale locale) {
        model.addAttribute("aspects", aspects.list());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflictCurrent", Map.of());
        model.addAttribute("conflict", List.of());
        model.addAttribute(
                "errorSummary",
                errors.entrySet().stream()
                        .map(e -> new PlanningFormChoices.SummaryItem(
                                e.getKey(),
                                text.label("strategy.aspects." + e.getKey(), e.getKey(), locale) + ": " + e.getValue()))
                        .toList());
        return "planning/edit/aspects";
    }
}
