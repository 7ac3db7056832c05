package de.lotse.indicator.web;

import de.lotse.indicator.EarlyWarning;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorFilter;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.InvalidThresholdException;
import de.lotse.indicator.StaleThresholdException;
import de.lotse.indicator.Threshold;
import de.lotse.indicator.ThresholdRule;
import de.lotse.indicator.Thresholds;
import de.lotse.indicator.UnknownThresholdException;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Pages of the early warning: the public dashboard {@code /fruehwarnung} with the current alerts of an area, and the
 * threshold management for planners under {@code /fruehwarnung/schwellen} (list, create, edit, delete with
 * confirmation; the security chain restricts that path to planners and the forms carry the CSRF token).
 */
@Controller
class WarningPageController {

    static final String THRESHOLDS = "/fruehwarnung/schwellen";

    private final EarlyWarning earlyWarning;
    private final Thresholds thresholds;
    private final IndicatorCatalog catalog;
    private final Territories territories;
    private final MessageSource messages;

    WarningPageController(
            EarlyWarning earlyWarning,
            Thresholds thresholds,
            IndicatorCatalog catalog,
            Territories territories,
            MessageSource messages) {
        this.earlyWarning = earlyWarning;
        this.thresholds = thresholds;
        this.catalog = catalog;
        this.territories = territories;
        this.messages = messages;
    }

    // --- dashboard ---------------------------------------------------------------------------------------------

    @GetMapping("/fruehwarnung")
    String dashboard(
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale) {
        Optional<Territory> home = territories.homeCounty();
        Territory area;
        if (parent == null || parent.isBlank()) {
            area = home.orElse(null);
        } else {
            try {
                area = territories
                        .find(new TerritoryKey(parent), null)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No territory " + parent));
            } catch (TerritoryKey.MalformedKeyException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
            }
        }
        model.addAttribute("parentOptions", parentOptions(home, area));
        model.addAttribute("area", area);
        if (area == null) {
            return "warning/dashboard";
        }
        IndicatorReadModel.Audience audience = IndicatorApiController.audience();
        EarlyWarning.Report report = earlyWarning.evaluate(area, audience);
        List<WarningViews.AlertRow> rows = report.alerts().stream()
                .map(a -> WarningViews.AlertRow.of(a, locale, messages))
                .toList();
        model.addAttribute("report", report);
        model.addAttribute("table", WarningViews.AlertTable.of(rows, sort, dir));
        model.addAttribute(
                "warnings",
                rows.stream()
                        .filter(r -> r.severity() == Threshold.Severity.WARNING)
                        .count());
        model.addAttribute("permitted", audience == IndicatorReadModel.Audience.PERMITTED);
        return "warning/dashboard";
    }

    /** The areas to choose from: the home county's Land and its Kreise (and the chosen area if it is elsewhere). */
    private List<Territory> parentOptions(Optional<Territory> home, Territory chosen) {
        List<Territory> options = new ArrayList<>();
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Optional<Territory> state = home.flatMap(h -> h.parentKey() == null
                ? Optional.empty()
                : territories.find(new TerritoryKey(h.key().substring(0, 2)), TerritoryLevel.STATE));
        if (state.isPresent()) {
            options.add(state.get());
            options.addAll(territories.children(state.get(), TerritoryLevel.COUNTY).stream()
                    .filter(Territory::isCurrent)
                    .sorted(Comparator.comparing(Territory::name, collator))
                    .toList());
        } else {
            options.addAll(territories.states());
        }
        if (chosen != null && options.stream().noneMatch(o -> o.id() == chosen.id())) {
            options.addFirst(chosen);
        }
        return options;
    }

    // --- threshold management ------------------------------------------------------------------------------------

    @GetMapping(THRESHOLDS)
    String list(Model model, Locale locale) {
        Map<IndicatorKey, Indicator> indicators = catalog.list(IndicatorFilter.all()).stream()
                .collect(Collectors.toMap(Indicator::key, Function.identity()));
        model.addAttribute(
                "rows",
                thresholds.all().stream()
                        .map(t -> WarningViews.ThresholdRow.of(t, indicators.get(t.indicator()), locale, messages))
                        .toList());
        return "warning/thresholds";
    }

    @GetMapping(THRESHOLDS + "/neu")
    String initCreateForm(@RequestParam(required = false) String indicator, Model model) {
        ThresholdForm form = new ThresholdForm();
        if (indicator != null) {
            form.setIndicator(indicator);
        }
        return form(model, form, null);
    }

    @PostMapping(THRESHOLDS + "/neu")
    String processCreateForm(
            @ModelAttribute("form") ThresholdForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<IndicatorKey> key = indicatorKey(form.getIndicator(), result);
        if (key.isEmpty()) {
            return form(model, form, null);
        }
        try {
            Threshold created = thresholds.create(key.get(), form.draft());
            redirect.addFlashAttribute(
                    "message", messages.getMessage("warning.thresholds.created", new Object[] {created.id()}, locale));
            return "redirect:" + THRESHOLDS;
        } catch (InvalidThresholdException e) {
            reject(e, result);
            return form(model, form, null);
        }
    }

    @GetMapping(THRESHOLDS + "/{key}/{id}/bearbeiten")
    String initUpdateForm(@PathVariable String key, @PathVariable long id, Model model) {
        Threshold t = threshold(key, id);
        return form(model, ThresholdForm.of(t), t);
    }

    @PostMapping(THRESHOLDS + "/{key}/{id}/bearbeiten")
    String processUpdateForm(
            @PathVariable String key,
            @PathVariable long id,
            @ModelAttribute("form") ThresholdForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Threshold current = threshold(key, id);
        form.setIndicator(current.indicator().value());
        try {
            thresholds.update(current.indicator(), id, form.getVersion(), form.draft());
            redirect.addFlashAttribute(
                    "message", messages.getMessage("warning.thresholds.updated", new Object[] {id}, locale));
            return "redirect:" + THRESHOLDS;
        } catch (InvalidThresholdException e) {
            reject(e, result);
            return form(model, form, current);
        } catch (StaleThresholdException e) {
            model.addAttribute("error", messages.getMessage("warning.thresholds.stale", null, locale));
            return form(model, ThresholdForm.of(threshold(key, id)), current);
        }
    }

    @GetMapping(THRESHOLDS + "/{key}/{id}/loeschen")
    String confirmDelete(@PathVariable String key, @PathVariable long id, Model model, Locale locale) {
        Threshold t = threshold(key, id);
        model.addAttribute(
                "row",
                WarningViews.ThresholdRow.of(t, catalog.find(t.indicator()).orElse(null), locale, messages));
        return "warning/threshold-delete";
    }

    @PostMapping(THRESHOLDS + "/{key}/{id}/loeschen")
    String delete(
            @PathVariable String key,
            @PathVariable long id,
            @RequestParam long version,
            Locale locale,
            RedirectAttributes redirect) {
        Threshold t = threshold(key, id);
        try {
            thresholds.delete(t.indicator(), id, version);
            redirect.addFlashAttribute(
                    "message", messages.getMessage("warning.thresholds.deleted", new Object[] {id}, locale));
        } catch (StaleThresholdException e) {
            redirect.addFlashAttribute("error", messages.getMessage("warning.thresholds.stale", null, locale));
        }
        return "redirect:" + THRESHOLDS;
    }

    private String form(Model model, ThresholdForm form, Threshold existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("indicators", catalog.list(IndicatorFilter.all()));
        model.addAttribute("kinds", ThresholdRule.Kind.values());
        model.addAttribute("directions", ThresholdRule.Direction.values());
        model.addAttribute("severities", Threshold.Severity.values());
        model.addAttribute("levels", TerritoryLevel.values());
        return "warning/threshold-form";
    }

    private Optional<IndicatorKey> indicatorKey(String text, BindingResult result) {
        if (text == null || text.isBlank()) {
            result.rejectValue("indicator", "warning.error.indicator.required");
            return Optional.empty();
        }
        try {
            IndicatorKey key = IndicatorKey.of(text.strip());
            if (catalog.find(key).isPresent()) {
                return Optional.of(key);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        result.rejectValue("indicator", "warning.error.indicator.unknown");
        return Optional.empty();
    }

    private static void reject(InvalidThresholdException e, BindingResult result) {
        for (InvalidThresholdException.FieldError error : e.errors()) {
            result.rejectValue(error.field(), error.code(), error.message());
        }
    }

    private Threshold threshold(String key, long id) {
        try {
            return thresholds.get(IndicatorKey.of(key), id);
        } catch (UnknownThresholdException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No threshold " + id + " of " + key);
        }
    }
}
