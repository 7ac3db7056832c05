package de.lotse.indicator.web;

import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorFilter;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKeyTakenException;
import de.lotse.indicator.IndicatorKind;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ReferenceDateSemantics;
import de.lotse.indicator.StaleIndicatorException;
import de.lotse.indicator.Topic;
import de.lotse.territory.TerritoryLevel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Pages of the indicator catalogue: the list with filters ({@code /indikatoren}), the create and edit forms for
 * planners and the version history of an indicator. Saving redirects to the indicator's page with a notice
 * ({@code catalogueSaved}, shown by the fragment {@code indicator/catalogue-notice :: saved}).
 */
@Controller
class IndicatorCataloguePageController {

    static final String SAVED = "catalogueSaved";

    private final IndicatorCatalog catalog;
    private final MessageSource messages;

    IndicatorCataloguePageController(IndicatorCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** What the page after a save tells the planner. */
    record SavedNotice(String key, String name, boolean created, boolean newVersion, int version, boolean unchanged)
            implements Serializable {}

    @GetMapping("/indikatoren")
    String list(
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String lifeStage,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String q,
            Model model) {
        IndicatorFilter filter = new IndicatorFilter(
                parse(Topic.class, topic), parse(LifeStage.class, lifeStage), parse(TerritoryLevel.class, level), q);
        List<Indicator> indicators = catalog.list(filter);
        model.addAttribute("indicators", indicators);
        model.addAttribute("filter", filter);
        model.addAttribute("q", filter.text() == null ? "" : filter.text());
        model.addAttribute(
                "filtered",
                filter.topic() != null
                        || filter.lifeStage() != null
                        || filter.level() != null
                        || filter.text() != null);
        addChoices(model);
        return "indicator/catalogue";
    }

    @GetMapping("/indikatoren/neu")
    String createForm(Model model) {
        return form(model, new IndicatorForm(), null, Map.of());
    }

    @PostMapping("/indikatoren/neu")
    String create(
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireNoBindingErrors(binding);
        IndicatorInput.Result result = form.input().validate(catalog, null);
        if (!result.valid()) {
            return form(model, form, null, errors(result, locale));
        }
        Indicator created;
        try {
            created = catalog.create(result.definition());
        } catch (IndicatorKeyTakenException e) {
            return form(
                    model,
                    form,
                    null,
                    Map.of(
                            "key",
                            messages.getMessage("catalogue.error.keyTaken", new Object[] {form.getKey()}, locale)));
        }
        redirect.addFlashAttribute(
                SAVED,
                new SavedNotice(
                        created.key().value(),
                        created.definition().name().in(locale.getLanguage()),
                        true,
                        false,
                        created.version(),
                        false));
        return "redirect:/indikatoren/" + created.key();
    }

    @GetMapping("/indikatoren/{key}/bearbeiten")
    String editForm(@PathVariable String key, Model model) {
        Indicator indicator = indicator(key);
        return form(model, IndicatorForm.of(indicator), indicator, Map.of());
    }

    @PostMapping("/indikatoren/{key}/bearbeiten")
    String update(
            @PathVariable String key,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireNoBindingErrors(binding);
        Indicator current = indicator(key);
        if (form.getRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no revision");
        }
        form.setKey(current.key().value());
        IndicatorInput.Result result = form.input().validate(catalog, current.key());
        long based = form.getRevision();
        if (based != current.revision()) {
            List<StaleIndicatorException.Change> since = catalog.changes(current.key()).stream()
                    .filter(c -> c.revision() > based)
                    .toList();
            return conflict(model, form, current, since, result.valid() ? Map.of() : errors(result, locale), locale);
        }
        if (!result.valid()) {
            return form(model, form, current, errors(result, locale));
        }
        IndicatorDefinition definition = result.definition();
        boolean unchanged = definition.changesFrom(current.definition()).isEmpty();
        boolean newVersion = definition.changesMeaningOf(current.definition());
        Indicator updated;
        try {
            updated = catalog.update(current.key(), based, definition);
        } catch (StaleIndicatorException e) {
            Indicator now = catalog.get(current.key());
            return conflict(model, form, now, e.changes(), Map.of(), locale);
        }
        redirect.addFlashAttribute(
                SAVED,
                new SavedNotice(
                        updated.key().value(),
                        updated.definition().name().in(locale.getLanguage()),
                        false,
                        newVersion,
                        updated.version(),
                        unchanged));
        return "redirect:/indikatoren/" + updated.key();
    }

    @GetMapping("/indikatoren/{key}/versionen")
    String versions(@PathVariable String key, Model model) {
        Indicator indicator = indicator(key);
        model.addAttribute("indicator", indicator);
        model.addAttribute("versions", catalog.versions(indicator.key()).reversed());
        model.addAttribute("changes", catalog.changes(indicator.key()).reversed());
        model.addAttribute("meaning", IndicatorDefinition.MEANING);
        return "indicator/versions";
    }

    private String conflict(
            Model model,
            IndicatorForm form,
            Indicator current,
            List<StaleIndicatorException.Change> since,
            Map<String, String> errors,
            Locale locale) {
        // the planner's input stays; saving again (after looking at the current values) is based on the current
        // revision
        form.setRevision(current.revision());
        Set<String> changedGroups = new LinkedHashSet<>();
        since.forEach(c -> changedGroups.addAll(c.fields()));
        Map<String, String> currentValues = new LinkedHashMap<>();
        IndicatorForm now = IndicatorForm.of(current);
        for (String group : changedGroups) {
            for (String field : IndicatorForm.CHANGE_FIELDS.getOrDefault(group, List.of())) {
                currentValues.put(field, display(now, field, locale));
            }
        }
        model.addAttribute(
                "conflict",
                since.stream()
                        .map(c -> new ConflictItem(
                                c.changedBy(),
                                c.changedAt(),
                                c.fields().stream()
                                        .map(f -> label("catalogue.change." + f, locale))
                                        .collect(Collectors.joining(", "))))
                        .toList());
        model.addAttribute("conflictCurrent", currentValues);
        return form(model, form, current, errors);
    }

    private String form(Model model, IndicatorForm form, Indicator indicator, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("indicator", indicator);
        model.addAttribute("errors", errors);
        List<SummaryItem> summary = new ArrayList<>();
        errors.forEach((field, message) ->
                summary.add(new SummaryItem(IndicatorForm.GROUP_ANCHORS.getOrDefault(field, field), field, message)));
        model.addAttribute("errorSummary", summary);
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", List.of());
            model.addAttribute("conflictCurrent", Map.of());
        }
        model.addAttribute(
                "keys",
                catalog.list(IndicatorFilter.all()).stream()
                        .map(i -> i.key().value())
                        .toList());
        model.addAttribute("referenceDateRules", ReferenceDateSemantics.Rule.values());
        model.addAttribute("formulaTypes", List.of("RAW", "RATIO", "EXPRESSION"));
        addChoices(model);
        return "indicator/form";
    }

    /** A change made since the revision the form was based on, with the changed fields named for people. */
    record ConflictItem(String changedBy, java.time.Instant changedAt, String fields) {}

    /** One entry of the error summary: the id to jump to, the field (for its label) and the message. */
    record SummaryItem(String anchor, String field, String message) {}

    private Map<String, String> errors(IndicatorInput.Result result, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (IndicatorInput.Problem p : result.problems()) {
            String field = IndicatorForm.FIELDS.getOrDefault(p.field(), "form");
            errors.putIfAbsent(field, messages.getMessage(p.code(), p.args().toArray(), locale));
        }
        return errors;
    }

    /** The current value of a form field as text for the conflict notice. */
    private String display(IndicatorForm now, String field, Locale locale) {
        String empty = messages.getMessage("catalogue.form.conflict.empty", null, locale);
        return switch (field) {
            case "formulaType" -> label("catalogue.formula." + now.getFormulaType(), locale);
            case "referenceDateRule" -> label("catalogue.referenceDate." + now.getReferenceDateRule(), locale);
            case "polarity" -> label("catalogue.polarity." + now.getPolarity(), locale);
            case "topic" -> label("catalogue.topic." + now.getTopic(), locale);
            case "kind" -> label("catalogue.kind." + now.getKind(), locale);
            case "levels" ->
                now.getLevels().isEmpty()
                        ? empty
                        : now.getLevels().stream()
                                .map(l -> label("level." + l, locale))
                                .collect(Collectors.joining(", "));
            case "lifeStages" ->
                now.getLifeStages().isEmpty()
                        ? empty
                        : now.getLifeStages().stream()
                                .map(s -> label("catalogue.lifeStage." + s, locale))
                                .collect(Collectors.joining(", "));
            default -> {
                String value = property(now, field);
                yield value == null || value.isBlank() ? empty : value;
            }
        };
    }

    private static String property(IndicatorForm f, String field) {
        return switch (field) {
            case "nameDe" -> f.getNameDe();
            case "nameEn" -> f.getNameEn();
            case "shortNameDe" -> f.getShortNameDe();
            case "shortNameEn" -> f.getShortNameEn();
            case "definition" -> f.getDefinition();
            case "interpretation" -> f.getInterpretation();
            case "numerator" -> f.getNumerator();
            case "denominator" -> f.getDenominator();
            case "factor" -> f.getFactor();
            case "expression" -> f.getExpression();
            case "unit" -> f.getUnit();
            case "decimals" -> f.getDecimals();
            case "publisher" -> f.getPublisher();
            case "statistic" -> f.getStatistic();
            case "tableCode" -> f.getTableCode();
            case "licence" -> f.getLicence();
            case "attribution" -> f.getAttribution();
            case "referenceDateNote" -> f.getReferenceDateNote();
            case "minimumCount" -> f.getMinimumCount();
            case "minimumDenominator" -> f.getMinimumDenominator();
            default -> null;
        };
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static void addChoices(Model model) {
        model.addAttribute("topics", Topic.values());
        model.addAttribute("lifeStageValues", LifeStage.values());
        model.addAttribute("levelValues", TerritoryLevel.values());
        model.addAttribute("polarities", Polarity.values());
        model.addAttribute("kinds", IndicatorKind.values());
    }

    private Indicator indicator(String key) {
        IndicatorKey parsed;
        try {
            parsed = IndicatorKey.of(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return catalog.find(parsed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + parsed));
    }

    private static void requireNoBindingErrors(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed form: " + binding.getFieldErrors());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // an unknown choice in a hand-made URL filters nothing
        }
    }
}
