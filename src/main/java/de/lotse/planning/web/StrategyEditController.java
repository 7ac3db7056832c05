package de.lotse.planning.web;

import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.SectionKind;
import de.lotse.planning.StalePlanningException;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import de.lotse.planning.StrategyDraft;
import de.lotse.planning.StrategyStatus;
import de.lotse.planning.StrategyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planners' form of a strategy document with its sections and adopting decision: create ({@code /planung/neu})
 * and edit ({@code /planung/{key}/bearbeiten}). Saving redirects to the strategy's page.
 */
@Controller
class StrategyEditController {

    private static final Map<String, String> GROUPS = Map.of(
            "decision", "decisionDate",
            "decision.body", "decisionBodyId",
            "territory", "territoryId",
            "steeringBody", "steeringBodyId",
            "leadOrganisation", "leadOrganisationId",
            "predecessor", "predecessorId");

    private final Strategies strategies;
    private final PlanningFormChoices choices;
    private final FormText text;

    StrategyEditController(Strategies strategies, PlanningFormChoices choices, FormText text) {
        this.strategies = strategies;
        this.choices = choices;
        this.text = text;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder, org.springframework.web.context.request.WebRequest request) {
        de.lotse.shared.web.FormIndexes.bindFields(binder, request, 100);
    }

    @GetMapping("/planung/neu")
    String createForm(Model model, Locale locale) {
        StrategyForm form = new StrategyForm();
        form.ensureRows();
        return form(model, form, null, Map.of(), locale);
    }

    @PostMapping("/planung/neu")
    String create(
            @ModelAttribute("form") StrategyForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        MeasureEditController.requireNoBindingErrors(binding);
        if ("sections".equals(form.add)) {
            form.sections.add(new StrategyForm.SectionRow());
            return form(model, form, null, Map.of(), locale);
        }
        List<PlanningProblem> problems = new ArrayList<>();
        StrategyDraft draft = form.toDraft(null, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidPlanningException(problems);
            }
            Strategy created = strategies.create(draft);
            redirect.addFlashAttribute(MeasureEditController.SAVED, created.title());
            return "redirect:/planung/" + created.key();
        } catch (InvalidPlanningException e) {
            return form(model, form, null, text.errors(e.problems(), locale), locale);
        }
    }

    @GetMapping("/planung/{key}/bearbeiten")
    String editForm(@PathVariable String key, Model model, Locale locale) {
        Strategy s = strategy(key);
        StrategyForm form = StrategyForm.of(s);
        form.ensureRows();
        return form(model, form, s, Map.of(), locale);
    }

    @PostMapping("/planung/{key}/bearbeiten")
    String update(
            @PathVariable String key,
            @ModelAttribute("form") StrategyForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        MeasureEditController.requireNoBindingErrors(binding);
        Strategy current = strategy(key);
        if (form.version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        if ("sections".equals(form.add)) {
            form.sections.add(new StrategyForm.SectionRow());
            return form(model, form, current, Map.of(), locale);
        }
        List<PlanningProblem> problems = new ArrayList<>();
        StrategyDraft draft = form.toDraft(current.key(), problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidPlanningException(problems);
            }
            strategies.update(current.id(), form.version, draft);
            redirect.addFlashAttribute(MeasureEditController.SAVED, draft.title());
            return "redirect:/planung/" + current.key();
        } catch (InvalidPlanningException e) {
            return form(model, form, current, text.errors(e.problems(), locale), locale);
        } catch (StalePlanningException e) {
            Strategy now = strategy(key);
            form.version = now.version();
            model.addAttribute("conflict", text.conflict(e, "strategy.strategy.field.", locale));
            model.addAttribute("conflictCurrent", Map.of());
            return form(model, form, now, Map.of(), locale);
        }
    }

    private String form(Model model, StrategyForm form, Strategy strategy, Map<String, String> errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("strategy", strategy);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "errorSummary",
                errors.entrySet().stream()
                        .map(e -> new PlanningFormChoices.SummaryItem(
                                PlanningFormChoices.anchor(e.getKey(), GROUPS),
                                text.label(
                                                "strategy.strategy.field."
                                                        + e.getKey().replaceAll("\\[\\d+\\]", ""),
                                                e.getKey(),
                                                locale)
                                        + ": " + e.getValue()))
                        .toList());
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", List.of());
            model.addAttribute("conflictCurrent", Map.of());
        }
        choices.add(model, locale);
        model.addAttribute("types", StrategyType.values());
        model.addAttribute("statuses", StrategyStatus.values());
        model.addAttribute("sectionKinds", SectionKind.values());
        model.addAttribute(
                "predecessorOptions",
                strategies.list().stream()
                        .filter(s -> strategy == null || s.id() != strategy.id())
                        .map(s -> new PlanningFormChoices.Option(Long.toString(s.id()), s.title()))
                        .toList());
        return "planning/edit/strategy";
    }

    private Strategy strategy(String key) {
        return strategies
                .find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No strategy " + key));
    }
}
