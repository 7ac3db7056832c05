package de.lotse.organisation.web;

import de.lotse.organisation.InvalidOrganisationException;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.Organisations;
import de.lotse.organisation.ProviderType;
import de.lotse.organisation.StaleOrganisationException;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the register of organisations: the list with filters ({@code /organisationen}), an organisation's page
 * and the planners' create and edit forms. A save redirects to the organisation's page with the notice
 * {@code organisationSaved}; a save based on an old version shows the form again with the user's input, the current
 * stored values of the fields that differ and who changed the entry.
 */
@Controller
class OrganisationPageController {

    static final String SAVED = "organisationSaved";

    private final Organisations organisations;
    private final Territories territories;
    private final FormChoices choices;
    private final FormProblems problems;

    OrganisationPageController(
            Organisations organisations, Territories territories, FormChoices choices, FormProblems problems) {
        this.organisations = organisations;
        this.territories = territories;
        this.choices = choices;
        this.problems = problems;
    }

    /** One row of the list: the organisation and the name of the organisation it belongs to. */
    record Row(Organisation organisation, String parentName) {}

    @GetMapping("/organisationen")
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String providerType,
            @RequestParam(required = false) String q,
            Model model) {
        OrganisationFilter filter = new OrganisationFilter(
                Choices.parse(OrganisationKind.class, kind), Choices.parse(ProviderType.class, providerType), q);
        List<Organisation> all = organisations.list();
        Map<Long, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        model.addAttribute(
                "rows",
                all.stream()
                        .filter(filter::matches)
                        .map(o -> new Row(
                                o,
                                o.parentId() == null
                                        ? null
                                        : byId.get(o.parentId()).displayName()))
                        .toList());
        model.addAttribute("filter", filter);
        model.addAttribute("total", all.size());
        Map<OrganisationKind, Long> kindCounts = new EnumMap<>(OrganisationKind.class);
        all.forEach(o -> kindCounts.merge(o.kind(), 1L, Long::sum));
        Map<ProviderType, Long> typeCounts = new EnumMap<>(ProviderType.class);
        all.stream()
                .filter(o -> o.providerType() != null)
                .forEach(o -> typeCounts.merge(o.providerType(), 1L, Long::sum));
        model.addAttribute("kindCounts", kindCounts);
        model.addAttribute("typeCounts", typeCounts);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("providerTypes", ProviderType.values());
        return "organisation/list";
    }

    @GetMapping("/organisationen/{key}")
    String show(@PathVariable String key, Authentication authentication, Model model) {
        Organisation organisation = organisation(key);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "parent",
                organisation.parentId() == null
                        ? null
                        : organisations.findById(organisation.parentId()).orElse(null));
        model.addAttribute("subUnits", organisations.subUnits(organisation.id()));
        model.addAttribute("memberships", organisations.bodyMemberships(organisation.id()));
        model.addAttribute(
                "convened",
                organisations.bodies().stream()
                        .filter(b -> Objects.equals(b.convenorId(), organisation.id()))
                        .toList());
        model.addAttribute(
                "territory",
                organisation.territoryId() == null
                        ? null
                        : territories
                                .findById(organisation.territoryId())
                                .map(Territory::name)
                                .orElse(null));
        boolean planner = FormProblems.isPlanner(authentication);
        model.addAttribute("planner", planner);
        // who acts for the organisation is internal: only planners and administrators see the usernames
        model.addAttribute("members", planner ? organisations.members(organisation.id()) : List.of());
        return "organisation/organisation";
    }

    @GetMapping("/organisationen/neu")
    String createForm(Model model) {
        return form(model, new OrganisationForm(), null, Map.of());
    }

    @PostMapping("/organisationen/neu")
    String create(
            @ModelAttribute("form") OrganisationForm form, Model model, Locale locale, RedirectAttributes redirect) {
        Organisation created;
        try {
            created = organisations.create(form.draft());
        } catch (InvalidOrganisationException e) {
            return form(model, form, null, problems.texts(e.problems(), locale));
        }
        redirect.addFlashAttribute(SAVED, created.name());
        return "redirect:/organisationen/" + created.key();
    }

    @GetMapping("/organisationen/{key}/bearbeiten")
    String editForm(@PathVariable String key, Model model) {
        Organisation organisation = organisation(key);
        return form(model, OrganisationForm.of(organisation), organisation, Map.of());
    }

    @PostMapping("/organisationen/{key}/bearbeiten")
    String update(
            @PathVariable String key,
            @ModelAttribute("form") OrganisationForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Organisation current = organisation(key);
        if (form.getVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        form.setKey(current.key());
        OrganisationDraft draft = form.draft();
        try {
            Organisation updated = organisations.update(key, form.getVersion(), draft);
            redirect.addFlashAttribute(SAVED, updated.name());
            return "redirect:/organisationen/" + updated.key();
        } catch (InvalidOrganisationException e) {
            return form(model, form, current, problems.texts(e.problems(), locale));
        } catch (StaleOrganisationException e) {
            Organisation now = organisation(key);
            model.addAttribute(
                    "conflict", new Conflict(e.expectedVersion(), now.version(), now.updatedBy(), now.updatedAt()));
            model.addAttribute("conflictCurrent", currentValues(draft.changedFields(now), now, locale));
            // the input stays; saving again is based on the version the user has now seen
            form.setVersion(now.version());
            return form(model, form, now, Map.of());
        }
    }

    private Map<String, String> currentValues(List<String> fields, Organisation now, Locale locale) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, display(field, now, locale));
        }
        return values;
    }

    private String display(String field, Organisation o, Locale locale) {
        String empty = problems.text("organisation.form.conflict.empty", locale);
        Object value =
                switch (field) {
                    case "name" -> o.name();
                    case "shortName" -> o.shortName();
                    case "kind" -> problems.text("organisation.kind." + o.kind(), locale);
                    case "providerType" ->
                        o.providerType() == null
                                ? null
                                : problems.text("organisation.providerType." + o.providerType(), locale);
                    case "parentId" ->
                        o.parentId() == null
                                ? null
                                : organisations
                                        .findById(o.parentId())
                                        .map(Organisation::name)
                                        .orElse(null);
                    case "territoryId" ->
                        o.territoryId() == null
                                ? null
                                : territories
                                        .findById(o.territoryId())
                                        .map(Territory::name)
                                        .orElse(null);
                    case "description" -> o.description();
                    case "website" -> o.website();
                    case "email" -> o.email();
                    case "phone" -> o.phone();
                    case "exampleData" -> problems.text("organisation.form.yesNo." + o.exampleData(), locale);
                    case "sourceNote" -> o.sourceNote();
                    default -> null;
                };
        return value == null ? empty : value.toString();
    }

    private String form(Model model, OrganisationForm form, Organisation organisation, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", null);
            model.addAttribute("conflictCurrent", Map.of());
        }
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("providerTypes", ProviderType.values());
        model.addAttribute("parentChoices", choices.organisations(organisation == null ? null : organisation.id()));
        model.addAttribute("territoryChoices", choices.territories(form.getTerritoryId()));
        return "organisation/form";
    }

    private Organisation organisation(String key) {
        return organisations
                .find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation " + key));
    }
}
