package de.lotse.planning.web;

import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorFilter;
import de.lotse.planning.InvalidTargetException;
import de.lotse.planning.StaleTargetException;
import de.lotse.planning.Target;
import de.lotse.planning.TargetDraft;
import de.lotse.planning.TargetEvaluations;
import de.lotse.planning.TargetKind;
import de.lotse.planning.TargetOwner;
import de.lotse.planning.Targets;
import de.lotse.planning.UnknownTargetException;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a target value (definition, the numbers behind its verdict, a chart of the values against the target line
 * and the trend, with a table) and the planners' forms to create and change targets. A save based on an older version
 * is refused with a message naming who changed which fields; the planner's input stays in the form.
 */
@Controller
class TargetPageController {

    static final String SAVED = "targetSaved";

    private final Targets targets;
    private final TargetEvaluations evaluations;
    private final IndicatorCatalog catalog;
    private final Territories territories;
    private final TargetFormat format;
    private final MessageSource messages;

    TargetPageController(
            Targets targets,
            TargetEvaluations evaluations,
            IndicatorCatalog catalog,
            Territories territories,
            TargetFormat format,
            MessageSource messages) {
        this.targets = targets;
        this.evaluations = evaluations;
        this.catalog = catalog;
        this.territories = territories;
        this.format = format;
        this.messages = messages;
    }

    /** One change made by somebody else since the form was loaded. */
    record ConflictItem(String changedBy, String changedAt, String fields) {}

    @GetMapping("/ziele/{id}")
    String show(@PathVariable long id, @RequestParam(name = "stichtag", required = false) String asOf, Model model) {
        Target target = target(id);
        LocalDate date = asOf(asOf, model);
        model.addAttribute("target", target);
        model.addAttribute("evaluation", evaluations.evaluate(id, date));
        model.addAttribute("owner", targets.owner(target));
        model.addAttribute("asOf", date);
        model.addAttribute("today", date.equals(LocalDate.now()));
        return "planning/targets/target";
    }

    @GetMapping("/ziele/neu")
    String createForm(
            @RequestParam(name = "measure", required = false) Long measure,
            @RequestParam(name = "objective", required = false) Long objective,
            Model model) {
        TargetOwner owner = owner(measure, objective);
        TargetForm form = new TargetForm();
        form.setMeasureId(owner.measureId());
        form.setObjectiveId(owner.objectiveId());
        territories.homeCounty().ifPresent(t -> form.setTerritoryKey(t.key()));
        return form(model, form, owner, null, Map.of());
    }

    @PostMapping("/ziele/neu")
    String create(
            @ModelAttribute("form") TargetForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireNoBindingErrors(binding);
        TargetOwner owner = owner(form.getMeasureId(), form.getObjectiveId());
        TargetForm.Parsed parsed = form.parse(locale);
        if (!parsed.errors().isEmpty()) {
            return form(model, form, owner, null, errors(parsed.errors(), List.of(), locale));
        }
        Target created;
        try {
            created = targets.create(parsed.draft());
        } catch (InvalidTargetException e) {
            return form(model, form, owner, null, errors(Map.of(), e.problems(), locale));
        }
        redirect.addFlashAttribute(SAVED, "created");
        return "redirect:/ziele/" + created.id();
    }

    @GetMapping("/ziele/{id}/bearbeiten")
    String editForm(@PathVariable long id, Model model) {
        Target target = target(id);
        return form(
                model, TargetForm.of(target, territoryKey(target), format), targets.owner(target), target, Map.of());
    }

    @PostMapping("/ziele/{id}/bearbeiten")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") TargetForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireNoBindingErrors(binding);
        Target current = target(id);
        if (form.getVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        form.setMeasureId(current.measureId());
        form.setObjectiveId(current.objectiveId());
        TargetOwner owner = targets.owner(current);
        TargetForm.Parsed parsed = form.parse(locale);
        long based = form.getVersion();
        if (based != current.version()) {
            return conflict(model, form, owner, current, targets.changesAfter(id, based), locale);
        }
        if (!parsed.errors().isEmpty()) {
            return form(model, form, owner, current, errors(parsed.errors(), List.of(), locale));
        }
        try {
            targets.update(id, based, parsed.draft());
        } catch (StaleTargetException e) {
            return conflict(model, form, owner, target(id), e.changes(), locale);
        } catch (InvalidTargetException e) {
            return form(model, form, owner, current, errors(Map.of(), e.problems(), locale));
        } catch (UnknownTargetException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute(SAVED, "updated");
        return "redirect:/ziele/" + id;
    }

    private String conflict(
            Model model,
            TargetForm form,
            TargetOwner owner,
            Target current,
            List<StaleTargetException.TargetChange> since,
            Locale locale) {
        // the planner's input stays; saving again (after looking at the current values) is based on the current version
        form.setVersion(current.version());
        TargetForm now = TargetForm.of(current, territoryKey(current), format);
        Map<String, String> currentValues = new LinkedHashMap<>();
        since.stream()
                .flatMap(c -> c.fields().stream())
                .distinct()
                .forEach(field -> currentValues.put(field, display(now, field, locale)));
        model.addAttribute(
                "conflict",
                since.stream()
                        .map(c -> new ConflictItem(
                                c.changedBy(),
                                format.time(c.changedAt()),
                                String.join(
                                        ", ",
                                        c.fields().stream()
                                                .map(f -> messages.getMessage("targets.field." + f, null, f, locale))
                                                .toList())))
                        .toList());
        model.addAttribute("conflictCurrent", currentValues);
        return form(model, form, owner, current, Map.of());
    }

    private String display(TargetForm now, String field, Locale locale) {
        String value =
                switch (field) {
                    case "title" -> now.getTitle();
                    case "indicatorKey" -> now.getIndicatorKey();
                    case "territoryKey" -> now.getTerritoryKey();
                    case "targetGroup" -> now.getTargetGroup();
                    case "baselineValue" -> now.getBaselineValue();
                    case "baselinePeriod" -> now.getBaselinePeriod();
                    case "kind" -> messages.getMessage("targets.kind." + now.getKind(), null, locale);
                    case "targetValue" -> now.getTargetValue();
                    case "targetDate" -> format.date(LocalDate.parse(now.getTargetDate()));
                    case "description" -> now.getDescription();
                    case "sourceNote" -> now.getSourceNote();
                    default -> null;
                };
        return value == null || value.isBlank() ? messages.getMessage("targets.form.empty", null, locale) : value;
    }

    private String form(Model model, TargetForm form, TargetOwner owner, Target target, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("owner", owner);
        model.addAttribute("target", target);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", List.of());
            model.addAttribute("conflictCurrent", Map.of());
        }
        model.addAttribute("indicators", catalog.list(IndicatorFilter.all()));
        model.addAttribute("kinds", TargetKind.values());
        territories.homeCounty().ifPresent(t -> model.addAttribute("homeCounty", t));
        return "planning/targets/form";
    }

    /** Field → message in the reader's language, in form order, the owner's problem first. */
    private Map<String, String> errors(
            Map<String, String> readErrors, List<TargetDraft.Problem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        readErrors.forEach((field, code) -> byField.put(field, messages.getMessage(code, null, locale)));
        problems.forEach(p -> byField.putIfAbsent(p.field(), messages.getMessage(p.code(), null, p.message(), locale)));
        Map<String, String> ordered = new LinkedHashMap<>();
        if (byField.containsKey("owner")) {
            ordered.put("owner", byField.get("owner"));
        }
        TargetForm.FIELDS.stream().filter(byField::containsKey).forEach(f -> ordered.put(f, byField.get(f)));
        return ordered;
    }

    private TargetOwner owner(Long measure, Long objective) {
        return targets.owner(measure, objective)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "A new target needs an existing measure or objective"));
    }

    private Target target(long id) {
        return targets.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no target " + id));
    }

    private String territoryKey(Target target) {
        return territories.findById(target.territoryId()).map(Territory::key).orElse(null);
    }

    /** The evaluation date: the parameter (ISO date) or today; an unreadable one is reported and today used. */
    static LocalDate asOf(String text, Model model) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("asOfInvalid", true);
            return LocalDate.now();
        }
    }

    private static void requireNoBindingErrors(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form could not be read");
        }
    }
}
