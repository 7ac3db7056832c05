package de.lotse.planning.web;

import de.lotse.indicator.LifeStage;
import de.lotse.planning.ActivityKind;
import de.lotse.planning.CostCategory;
import de.lotse.planning.InvalidPlanningException;
import de.lotse.planning.LinkKind;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureDraft;
import de.lotse.planning.Measures;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.StalePlanningException;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The planners' form of a measure: create ({@code /massnahmen/neu?strategy=key}) and edit
 * ({@code /massnahmen/{id}/bearbeiten}). Lists get another row with a "weitere Zeile" button (no JavaScript needed).
 * A stale save shows who changed which fields since, keeps the input and is based on the current version when sent
 * again. Saving redirects to the measure's page.
 */
@Controller
class MeasureEditController {

    static final String SAVED = "planningSaved";

    /** Problem fields that stand for a group of inputs, with the id of the group to jump to. */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("lead", "leadOrganisationId"),
            Map.entry("strategy", "measure-form"),
            Map.entry("fields", "group-fields"),
            Map.entry("objectives", "group-fields"),
            Map.entry("territories", "group-territories"),
            Map.entry("aspects", "group-aspects"),
            Map.entry("partners", "group-partners"),
            Map.entry("targetGroups", "group-targetGroups"),
            Map.entry("trialSites", "group-trialSites"),
            Map.entry("activities", "group-activities"));

    private final Measures measures;
    private final Strategies strategies;
    private final PlanningFormChoices choices;
    private final FormText text;

    MeasureEditController(Measures measures, Strategies strategies, PlanningFormChoices choices, FormText text) {
        this.measures = measures;
        this.strategies = strategies;
        this.choices = choices;
        this.text = text;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder, org.springframework.web.context.request.WebRequest request) {
        de.lotse.shared.web.FormIndexes.bindFields(binder, request, 200);
    }

    @GetMapping("/massnahmen/neu")
    String createForm(@RequestParam String strategy, Model model, Locale locale) {
        MeasureForm form = new MeasureForm();
        form.ensureRows();
        return form(model, form, strategy(strategy), null, Map.of(), locale);
    }

    @PostMapping("/massnahmen/neu")
    String create(
            @RequestParam String strategy,
            @ModelAttribute("form") MeasureForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireNoBindingErrors(binding);
        Strategy s = strategy(strategy);
        if (form.addRow()) {
            return form(model, form, s, null, Map.of(), locale);
        }
        List<PlanningProblem> problems = new ArrayList<>();
        MeasureDraft draft = form.toDraft(s.id(), problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidPlanningException(problems);
            }
            Measure created = measures.create(draft);
            redirect.addFlashAttribute(SAVED, created.title());
            return "redirect:/massnahmen/" + created.id();
        } catch (InvalidPlanningException e) {
            return form(model, form, s, null, text.errors(e.problems(), locale), locale);
        }
    }

    @GetMapping("/massnahmen/{id}/bearbeiten")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Measure m = measure(id);
        MeasureForm form = MeasureForm.of(m);
        form.ensureRows();
        return form(model, form, strategies.find(m.strategyId()).orElseThrow(), m, Map.of(), locale);
    }

    @PostMapping("/massnahmen/{id}/bearbeiten")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") MeasureForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireNoBindingErrors(binding);
        Measure current = measure(id);
        Strategy s = strategies.find(current.strategyId()).orElseThrow();
        if (form.version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        if (form.addRow()) {
            return form(model, form, s, current, Map.of(), locale);
        }
        List<PlanningProblem> problems = new ArrayList<>();
        MeasureDraft draft = form.toDraft(s.id(), problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidPlanningException(problems);
            }
            Measure updated = measures.update(id, form.version, draft);
            redirect.addFlashAttribute(SAVED, updated.title());
            return "redirect:/massnahmen/" + id;
        } catch (InvalidPlanningException e) {
            return form(model, form, s, current, text.errors(e.problems(), locale), locale);
        } catch (StalePlanningException e) {
            return conflict(model, form, s, measure(id), e, locale);
        }
    }

    private String conflict(
            Model model, MeasureForm form, Strategy s, Measure now, StalePlanningException e, Locale locale) {
        // the planner's input stays; saving again is based on the current version
        form.version = now.version();
        model.addAttribute("conflict", text.conflict(e, "strategy.measure.field.", locale));
        model.addAttribute("conflictCurrent", currentValues(now, e.changedFields()));
        return form(model, form, s, now, Map.of(), locale);
    }

    /** The stored values of the changed simple fields, as text, by form field. */
    private Map<String, String> currentValues(Measure now, List<String> changed) {
        Map<String, String> values = new LinkedHashMap<>();
        MeasureForm stored = MeasureForm.of(now);
        for (String field : changed) {
            switch (field) {
                case "title" -> values.put("title", stored.title);
                case "code" -> values.put("code", nullToDash(stored.code));
                case "description" -> values.put("description", nullToDash(stored.description));
                case "leadNote" -> values.put("leadNote", nullToDash(stored.leadNote));
                case "startDate" -> values.put("startDate", nullToDash(text.germanDate(now.startDate())));
                case "deadline" -> values.put("deadline", nullToDash(text.germanDate(now.deadline())));
                case "sourceNote" -> values.put("sourceNote", nullToDash(stored.sourceNote));
                case "budget" -> {
                    values.put("budgetPlanned", nullToDash(stored.budgetPlanned));
                    values.put("budgetApproved", nullToDash(stored.budgetApproved));
                    values.put("budgetSpent", nullToDash(stored.budgetSpent));
                }
                default -> {
                    // lists and references: the change list names them; their rows are not repeated here
                }
            }
        }
        return values;
    }

    private static String nullToDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private String form(
            Model model,
            MeasureForm form,
            Strategy strategy,
            Measure measure,
            Map<String, String> errors,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("strategy", strategy);
        model.addAttribute("measure", measure);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "errorSummary",
                errors.entrySet().stream()
                        .map(e -> new PlanningFormChoices.SummaryItem(
                                PlanningFormChoices.anchor(e.getKey(), GROUPS),
                                label(e.getKey(), locale) + ": " + e.getValue()))
                        .toList());
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", List.of());
            model.addAttribute("conflictCurrent", Map.of());
        }
        choices.add(model, locale);
        model.addAttribute("municipalityOptions", choices.municipalities());
        model.addAttribute("lifeStageValues", LifeStage.values());
        model.addAttribute("costCategories", CostCategory.values());
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("activityKinds", ActivityKind.values());
        return "planning/edit/measure";
    }

    /** "costItems[1].label" → "Kostenposition 2: Bezeichnung". */
    private String label(String field, Locale locale) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?$")
                .matcher(field);
        if (m.matches()) {
            String row = text.label("strategy.measure.row." + m.group(1), m.group(1), locale) + " "
                    + (Integer.parseInt(m.group(2)) + 1);
            return m.group(3) == null
                    ? row
                    : row + ", " + text.label("strategy.measure.col." + m.group(3), m.group(3), locale);
        }
        return text.label("strategy.measure.field." + field, field, locale);
    }

    private Strategy strategy(String key) {
        return strategies
                .find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No strategy " + key));
    }

    private Measure measure(long id) {
        return measures.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + id));
    }

    static void requireNoBindingErrors(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed form: " + binding.getFieldErrors());
        }
    }
}
