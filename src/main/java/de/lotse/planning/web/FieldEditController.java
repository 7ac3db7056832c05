package de.lotse.planning.web;

import de.lotse.planning.FieldDraft;
import de.lotse.planning.FieldOfAction;
import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.StalePlanningException;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import java.util.ArrayList;
import java.util.Collections;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fields of action of a strategy for planners: the list with their objectives and buttons to move a field up or
 * down ({@code /planung/{key}/bearbeiten/felder}), and the form of one field with its situation and objectives
 * ({@code …/felder/neu}, {@code …/felder/{id}}).
 */
@Controller
class FieldEditController {

    static final String FIELD_SAVED = "planningFieldSaved";

    private final Strategies strategies;
    private final PlanningFormChoices choices;
    private final FormText text;

    FieldEditController(Strategies strategies, PlanningFormChoices choices, FormText text) {
        this.strategies = strategies;
        this.choices = choices;
        this.text = text;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder, org.springframework.web.context.request.WebRequest request) {
        de.lotse.shared.web.FormIndexes.bindFields(binder, request, 100);
    }

    @GetMapping("/planung/{key}/bearbeiten/felder")
    String list(@PathVariable String key, Model model) {
        model.addAttribute("strategy", strategy(key));
        return "planning/edit/fields-list";
    }

    @PostMapping("/planung/{key}/bearbeiten/felder/reihenfolge")
    String move(
            @PathVariable String key,
            @RequestParam long field,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        Strategy s = strategy(key);
        List<Long> ids =
                new ArrayList<>(s.fields().stream().map(FieldOfAction::id).toList());
        int i = ids.indexOf(field);
        int j = "up".equals(direction) ? i - 1 : i + 1;
        if (i < 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No field " + field + " in " + key);
        }
        if (j >= 0 && j < ids.size()) {
            Collections.swap(ids, i, j);
            strategies.reorderFields(s.id(), ids);
        }
        redirect.addFlashAttribute(FIELD_SAVED, "moved");
        return "redirect:/planung/" + key + "/bearbeiten/felder";
    }

    @GetMapping("/planung/{key}/bearbeiten/felder/neu")
    String createForm(@PathVariable String key, Model model, Locale locale) {
        FieldForm form = new FieldForm();
        form.ensureRows();
        return form(model, form, strategy(key), null, Map.of(), locale);
    }

    @PostMapping("/planung/{key}/bearbeiten/felder/neu")
    String create(
            @PathVariable String key,
            @ModelAttribute("form") FieldForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        MeasureEditController.requireNoBindingErrors(binding);
        Strategy s = strategy(key);
        if ("objectives".equals(form.add)) {
            form.objectives.add(new FieldForm.ObjectiveRow());
            return form(model, form, s, null, Map.of(), locale);
        }
        try {
            FieldOfAction created = strategies.addField(s.id(), form.toDraft());
            redirect.addFlashAttribute(FIELD_SAVED, created.title());
            return "redirect:/planung/" + key + "/bearbeiten/felder";
        } catch (InvalidPlanningException e) {
            return form(model, form, s, null, text.errors(e.problems(), locale), locale);
        }
    }

    @GetMapping("/planung/{key}/bearbeiten/felder/{fieldId}")
    String editForm(@PathVariable String key, @PathVariable long fieldId, Model model, Locale locale) {
        Strategy s = strategy(key);
        FieldOfAction field = field(s, fieldId);
        FieldForm form = FieldForm.of(field);
        form.ensureRows();
        return form(model, form, s, field, Map.of(), locale);
    }

    @PostMapping("/planung/{key}/bearbeiten/felder/{fieldId}")
    String update(
            @PathVariable String key,
            @PathVariable long fieldId,
            @ModelAttribute("form") FieldForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        MeasureEditController.requireNoBindingErrors(binding);
        Strategy s = strategy(key);
        FieldOfAction field = field(s, fieldId);
        if (form.version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        if ("objectives".equals(form.add)) {
            form.objectives.add(new FieldForm.ObjectiveRow());
            return form(model, form, s, field, Map.of(), locale);
        }
        FieldDraft draft = form.toDraft();
        try {
            strategies.updateField(fieldId, form.version, draft);
            redirect.addFlashAttribute(FIELD_SAVED, draft.title());
            return "redirect:/planung/" + key + "/bearbeiten/felder";
        } catch (InvalidPlanningException e) {
            return form(model, form, s, field, text.errors(e.problems(), locale), locale);
        } catch (StalePlanningException e) {
            FieldOfAction now = field(strategy(key), fieldId);
            form.version = now.version();
            model.addAttribute("conflict", text.conflict(e, "strategy.fieldOfAction.field.", locale));
            model.addAttribute("conflictCurrent", Map.of());
            return form(model, form, s, now, Map.of(), locale);
        }
    }

    private String form(
            Model model,
            FieldForm form,
            Strategy strategy,
            FieldOfAction field,
            Map<String, String> errors,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("strategy", strategy);
        model.addAttribute("field", field);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "errorSummary",
                errors.entrySet().stream()
                        .map(e -> new PlanningFormChoices.SummaryItem(
                                PlanningFormChoices.anchor(e.getKey(), Map.of("aspects", "group-aspects")),
                                text.label(
                                                "strategy.fieldOfAction.field."
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
        return "planning/edit/field";
    }

    private Strategy strategy(String key) {
        return strategies
                .find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No strategy " + key));
    }

    private static FieldOfAction field(Strategy s, long fieldId) {
        return s.fields().stream()
                .filter(f -> f.id() == fieldId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No field " + fieldId));
    }
}
