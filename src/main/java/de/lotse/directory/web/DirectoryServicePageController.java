package de.lotse.directory.web;

import de.lotse.directory.DirectoryProblem;
import de.lotse.directory.DirectoryServiceQueries;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.InvalidServiceException;
import de.lotse.directory.ServiceListFilter;
import de.lotse.directory.ServiceListRow;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.StaleServiceException;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.StoredService;
import de.lotse.directory.Taxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * The planners' editor of services: the list ({@code /verzeichnis/angebote}) with filters and sorting, a service's
 * internal page, the create and edit forms (the whole service with its places and consultation hours; repeatable rows
 * are added with submit buttons, so the form works without JavaScript) and the "Geprüft" button. A save based on an
 * old version shows the form again with the input kept and names what changed and who changed it.
 */
@Controller
class DirectoryServicePageController {

    static final String SAVED = "directorySaved";

    /** A place of the service with its consultation hours in words. */
    record SiteView(DirectoryJson.Place place, List<String> hours, de.lotse.directory.LocationDraft location) {}

    private static final int PAGE_SIZE = 50;

    private final DirectoryServices services;
    private final DirectoryServiceQueries queries;
    private final DirectoryViews views;
    private final DirectoryAccess access;
    private final DirectoryFormChoices choices;
    private final MessageSource messages;
    private final DirectoryFormNotices notices;
    private final DirectoryFormat format;
    private final de.lotse.directory.DirectoryLocations locations;

    DirectoryServicePageController(
            DirectoryServices services,
            DirectoryServiceQueries queries,
            DirectoryViews views,
            DirectoryAccess access,
            DirectoryFormChoices choices,
            DirectoryFormNotices notices,
            MessageSource messages,
            DirectoryFormat format,
            de.lotse.directory.DirectoryLocations locations) {
        this.locations = locations;
        this.format = format;
        this.services = services;
        this.queries = queries;
        this.views = views;
        this.access = access;
        this.choices = choices;
        this.messages = messages;
        this.notices = notices;
    }

    @InitBinder("form")
    void directFields(WebDataBinder binder, org.springframework.web.context.request.WebRequest request) {
        de.lotse.shared.web.FormIndexes.bindFields(binder, request, 200);
    }

    @GetMapping("/verzeichnis/angebote")
    String list(
            @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Long municipality,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        access.requireInternalReaderPage();
        ServiceStatus only = status == null || status.isBlank()
                ? null
                : java.util.Arrays.stream(ServiceStatus.values())
                        .filter(s -> s.hsds().equals(status))
                        .findFirst()
                        .orElse(null);
        ServiceListFilter filter = new ServiceListFilter(
                organisation, blankToNull(category), municipality, only, blankToNull(q), blankToNull(sort));
        int current = Math.max(0, page);
        DirectoryServiceQueries.Page<ServiceListRow> result = queries.services(filter, current * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "filterActive",
                organisation != null
                        || filter.categoryCode() != null
                        || municipality != null
                        || only != null
                        || filter.text() != null);
        model.addAttribute("result", result);
        model.addAttribute("page", current);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("municipalityNames", views.municipalitiesOf(result.rows()));
        Map<String, String> categoryNames = new LinkedHashMap<>();
        choices.terms(Taxonomy.CATEGORIES, locale.getLanguage()).forEach(c -> categoryNames.put(c.value(), c.label()));
        model.addAttribute("categoryNames", categoryNames);
        model.addAttribute("planner", access.isPlanner());
        choices.addTo(model, locale);
        return "directory/services";
    }

    @GetMapping("/verzeichnis/angebote/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        access.requireInternalReaderPage();
        StoredService s = existing(id);
        model.addAttribute("service", s);
        DirectoryJson.ServiceResponse view = views.service(s, true);
        model.addAttribute("view", view);
        model.addAttribute(
                "sites",
                view.places().stream()
                        .map(p -> new SiteView(
                                p,
                                s.content().sites().stream()
                                        .filter(site -> site.id().equals(p.siteId()))
                                        .flatMap(site -> site.schedules().stream())
                                        .map(format::hours)
                                        .toList(),
                                locations
                                        .find(p.locationId())
                                        .map(StoredLocation::content)
                                        .orElse(null)))
                        .toList());
        model.addAttribute("history", services.history(id, 30));
        model.addAttribute("planner", access.isPlanner());
        choices.addTo(model, locale);
        return "directory/service";
    }

    @PostMapping("/verzeichnis/angebote/{id}/pruefen")
    String verify(@PathVariable UUID id, RedirectAttributes redirect) {
        access.requirePlannerPage();
        StoredService verified = services.verify(existing(id).id(), access.username());
        redirect.addFlashAttribute("directoryVerified", verified.content().name());
        return "redirect:/verzeichnis/angebote/" + id;
    }

    @GetMapping("/verzeichnis/angebote/neu")
    String createForm(Model model, Locale locale) {
        access.requirePlannerPage();
        ServiceForm form = new ServiceForm();
        form.languages.add(new ServiceForm.Language());
        form.languages.getFirst().code = "de";
        ServiceForm.Site site = new ServiceForm.Site();
        site.schedules.add(new ServiceForm.Schedule());
        form.sites.add(site);
        return form(model, locale, form, null, Map.of());
    }

    @PostMapping("/verzeichnis/angebote/neu")
    String create(
            @ModelAttribute("form") ServiceForm form,
            @RequestParam(required = false) String add,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requirePlannerPage();
        if (add != null) {
            ServiceRows.add(form, add);
            return form(model, locale, form, null, Map.of());
        }
        ServiceForms.Converted converted = ServiceForms.draft(form, null);
        try {
            StoredService created = services.create(converted.draft(), access.username());
            redirect.addFlashAttribute(SAVED, created.content().name());
            return "redirect:/verzeichnis/angebote/" + created.id();
        } catch (InvalidServiceException e) {
            return form(model, locale, form, null, errors(e.problems(), converted, locale));
        }
    }

    @GetMapping("/verzeichnis/angebote/{id}/bearbeiten")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        access.requirePlannerPage();
        StoredService s = existing(id);
        return form(model, locale, ServiceForms.of(s), s, Map.of());
    }

    @PostMapping("/verzeichnis/angebote/{id}/bearbeiten")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") ServiceForm form,
            @RequestParam(required = false) String add,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requirePlannerPage();
        StoredService current = existing(id);
        if (form.version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        if (add != null) {
            ServiceRows.add(form, add);
            return form(model, locale, form, current, Map.of());
        }
        keepAreasOutsideTheChoices(form, current);
        ServiceForms.Converted converted = ServiceForms.draft(form, current);
        try {
            StoredService updated = services.update(id, form.version, converted.draft(), access.username());
            redirect.addFlashAttribute(SAVED, updated.content().name());
            return "redirect:/verzeichnis/angebote/" + id;
        } catch (InvalidServiceException e) {
            return form(model, locale, form, current, errors(e.problems(), converted, locale));
        } catch (StaleServiceException e) {
            StoredService now = existing(id);
            notices.conflict(model, e, now.updatedAt(), locale);
            // the input stays; saving again is based on the version the user has now been shown
            form.version = now.version();
            return form(model, locale, form, now, Map.of());
        }
    }

    private Map<String, String> errors(
            List<DirectoryProblem> problems, ServiceForms.Converted converted, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (DirectoryProblem p : problems) {
            errors.putIfAbsent(
                    converted.formPath(p.path()),
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), p.message(), locale));
        }
        return errors;
    }

    private String form(
            Model model, Locale locale, ServiceForm form, StoredService service, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("service", service);
        notices.addTo(model, errors, locale);
        choices.addTo(
                model,
                locale,
                form.sites.stream()
                        .map(site -> site.locationId)
                        .filter(v -> v != null && v.matches("[0-9a-fA-F-]{36}"))
                        .map(UUID::fromString)
                        .toList());
        return "directory/service-form";
    }

    /** Areas the form does not offer (outside the home county, set through the API) stay as they are. */
    private void keepAreasOutsideTheChoices(ServiceForm form, StoredService current) {
        java.util.Set<String> offered = choices.areas().stream()
                .map(DirectoryFormChoices.Choice::value)
                .collect(java.util.stream.Collectors.toSet());
        current.content().areas().stream()
                .map(de.lotse.directory.ServiceDraft.ServiceAreaDraft::territoryId)
                .filter(t -> t != null && !offered.contains(t.toString()) && !form.areaTerritoryIds.contains(t))
                .forEach(form.areaTerritoryIds::add);
    }

    private StoredService existing(UUID id) {
        return services.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No service " + id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
