package de.lotse.directory.web;

import de.lotse.directory.DirectoryLocations;
import de.lotse.directory.DirectoryProblem;
import de.lotse.directory.DirectoryServiceQueries;
import de.lotse.directory.InvalidServiceException;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.StaleServiceException;
import de.lotse.directory.StoredLocation;
import de.lotse.territory.Territories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * The planners' places ({@code /verzeichnis/orte}): the list with the municipality of each place and how it was
 * assigned ("automatisch aus Koordinaten" or "gewählt"), and the create and edit forms.
 */
@Controller
class DirectoryLocationPageController {

    private static final int PAGE_SIZE = 100;
    private static final Pattern PHONE = Pattern.compile("^phones\\[(\\d+)](.*)$");

    private final DirectoryLocations locations;
    private final DirectoryServiceQueries queries;
    private final DirectoryViews views;
    private final DirectoryAccess access;
    private final DirectoryFormChoices choices;
    private final Territories territories;
    private final MessageSource messages;
    private final DirectoryFormNotices notices;

    DirectoryLocationPageController(
            DirectoryLocations locations,
            DirectoryServiceQueries queries,
            DirectoryViews views,
            DirectoryAccess access,
            DirectoryFormChoices choices,
            Territories territories,
            DirectoryFormNotices notices,
            MessageSource messages) {
        this.locations = locations;
        this.queries = queries;
        this.views = views;
        this.access = access;
        this.choices = choices;
        this.territories = territories;
        this.messages = messages;
        this.notices = notices;
    }

    @InitBinder("form")
    void directFields(WebDataBinder binder, org.springframework.web.context.request.WebRequest request) {
        de.lotse.shared.web.FormIndexes.bindFields(binder, request, 200);
    }

    /** A place in the list with its municipality and how many services are offered there. */
    record Row(StoredLocation place, DirectoryJson.Municipality municipality, long services) {}

    @GetMapping("/verzeichnis/orte")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        access.requireInternalReaderPage();
        int current = Math.max(0, page);
        var result = queries.locations(q, current * PAGE_SIZE, PAGE_SIZE);
        Map<UUID, Long> counts = queries.serviceCounts(
                result.rows().stream().map(StoredLocation::id).toList());
        model.addAttribute(
                "rows",
                result.rows().stream()
                        .map(l -> new Row(l, views.location(l).municipality(), counts.getOrDefault(l.id(), 0L)))
                        .toList());
        model.addAttribute("total", result.total());
        model.addAttribute("q", q);
        model.addAttribute("page", current);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("planner", access.isPlanner());
        return "directory/places";
    }

    @GetMapping("/verzeichnis/orte/neu")
    String createForm(Model model, Locale locale) {
        access.requirePlannerPage();
        LocationForm form = new LocationForm();
        form.phones.add(new ServiceForm.Phone());
        return form(model, locale, form, null, Map.of());
    }

    @PostMapping("/verzeichnis/orte/neu")
    String create(
            @ModelAttribute("form") LocationForm form,
            @RequestParam(required = false) String add,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requirePlannerPage();
        if ("phone".equals(add)) {
            form.phones.add(new ServiceForm.Phone());
            return form(model, locale, form, null, Map.of());
        }
        List<Integer> phoneRows = new ArrayList<>();
        LocationDraft draft = form.draft(phoneRows);
        if (chosenWithout(form)) {
            return form(model, locale, form, null, chosenMissing(locale));
        }
        try {
            StoredLocation created = locations.create(draft, access.username());
            redirect.addFlashAttribute(
                    DirectoryServicePageController.SAVED, created.content().name());
            return "redirect:/verzeichnis/orte/" + created.id() + "/bearbeiten";
        } catch (InvalidServiceException e) {
            return form(model, locale, form, null, errors(e.problems(), phoneRows, locale));
        }
    }

    @GetMapping("/verzeichnis/orte/{id}/bearbeiten")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        access.requirePlannerPage();
        StoredLocation l = existing(id);
        return form(model, locale, LocationForm.of(l), l, Map.of());
    }

    @PostMapping("/verzeichnis/orte/{id}/bearbeiten")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") LocationForm form,
            @RequestParam(required = false) String add,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requirePlannerPage();
        StoredLocation current = existing(id);
        if (form.version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        if ("phone".equals(add)) {
            form.phones.add(new ServiceForm.Phone());
            return form(model, locale, form, current, Map.of());
        }
        List<Integer> phoneRows = new ArrayList<>();
        LocationDraft draft = form.draft(phoneRows);
        if (chosenWithout(form)) {
            return form(model, locale, form, current, chosenMissing(locale));
        }
        try {
            StoredLocation updated = locations.update(id, form.version, draft, access.username());
            redirect.addFlashAttribute(
                    DirectoryServicePageController.SAVED, updated.content().name());
            return "redirect:/verzeichnis/orte/" + id + "/bearbeiten";
        } catch (InvalidServiceException e) {
            return form(model, locale, form, current, errors(e.problems(), phoneRows, locale));
        } catch (StaleServiceException e) {
            StoredLocation now = existing(id);
            notices.conflict(model, e, now.updatedAt(), locale);
            form.version = now.version();
            return form(model, locale, form, now, Map.of());
        }
    }

    private static boolean chosenWithout(LocationForm form) {
        return "CHOSEN".equals(form.assignment) && form.territoryId == null;
    }

    private Map<String, String> chosenMissing(Locale locale) {
        return Map.of("territoryId", messages.getMessage("directory.problem.territory.choose", null, locale));
    }

    private Map<String, String> errors(List<DirectoryProblem> problems, List<Integer> phoneRows, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (DirectoryProblem p : problems) {
            String path = p.path();
            Matcher m = PHONE.matcher(path);
            if (m.matches() && Integer.parseInt(m.group(1)) < phoneRows.size()) {
                path = "phones[" + phoneRows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
            }
            errors.putIfAbsent(
                    path, messages.getMessage(p.messageKey(), p.arguments().toArray(), p.message(), locale));
        }
        return errors;
    }

    private String form(
            Model model, Locale locale, LocationForm form, StoredLocation place, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("place", place);
        notices.addTo(model, errors, locale);
        model.addAttribute(
                "municipality",
                place == null || place.territoryId() == null
                        ? null
                        : DirectoryViews.municipality(
                                territories.findById(place.territoryId()).orElse(null)));
        choices.addTo(model, locale);
        return "directory/place-form";
    }

    private StoredLocation existing(UUID id) {
        return locations
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No place " + id));
    }
}
