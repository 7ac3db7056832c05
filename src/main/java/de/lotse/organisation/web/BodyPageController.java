package de.lotse.organisation.web;

import de.lotse.organisation.Body;
import de.lotse.organisation.BodyKind;
import de.lotse.organisation.BodyMember;
import de.lotse.organisation.InvalidOrganisationException;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.organisation.StaleOrganisationException;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
 * Pages of the bodies (Gremien): the list grouped by kind ({@code /gremien}), a body's page with its convenor and
 * member organisations, and the planners' forms, which edit the body and its members (organisation and role per
 * row) in one save.
 */
@Controller
class BodyPageController {

    static final String SAVED = "bodySaved";

    private final Organisations organisations;
    private final Territories territories;
    private final FormChoices choices;
    private final FormProblems problems;

    BodyPageController(
            Organisations organisations, Territories territories, FormChoices choices, FormProblems problems) {
        this.organisations = organisations;
        this.territories = territories;
        this.choices = choices;
        this.problems = problems;
    }

    /** A member organisation of a body with its role. */
    record MemberView(Organisation organisation, String role) {}

    @GetMapping("/gremien")
    String list(@RequestParam(required = false) String kind, Model model) {
        BodyKind only = Choices.parse(BodyKind.class, kind);
        List<Body> all = organisations.bodies();
        Map<BodyKind, List<Body>> groups = new EnumMap<>(BodyKind.class);
        all.stream().filter(b -> only == null || b.kind() == only).forEach(b -> groups.computeIfAbsent(
                        b.kind(), k -> new ArrayList<>())
                .add(b));
        Map<BodyKind, Long> counts = new EnumMap<>(BodyKind.class);
        all.forEach(b -> counts.merge(b.kind(), 1L, Long::sum));
        model.addAttribute("groups", groups);
        model.addAttribute(
                "shown", groups.values().stream().mapToInt(List::size).sum());
        model.addAttribute("total", all.size());
        model.addAttribute("kindCounts", counts);
        model.addAttribute("kind", only);
        model.addAttribute("kinds", BodyKind.values());
        return "organisation/bodies";
    }

    @GetMapping("/gremien/{key}")
    String show(@PathVariable String key, Model model) {
        Body body = body(key);
        List<BodyMember> members = organisations.bodyMembers(body.id());
        Map<Long, Organisation> byId = organisations.findAllById(
                members.stream().map(BodyMember::organisationId).toList());
        model.addAttribute("body", body);
        model.addAttribute(
                "members",
                members.stream()
                        .map(m -> new MemberView(byId.get(m.organisationId()), m.role()))
                        .toList());
        model.addAttribute(
                "convenor",
                body.convenorId() == null
                        ? null
                        : organisations.findById(body.convenorId()).orElse(null));
        model.addAttribute(
                "territory",
                body.territoryId() == null
                        ? null
                        : territories
                                .findById(body.territoryId())
                                .map(Territory::name)
                                .orElse(null));
        return "organisation/body";
    }

    @GetMapping("/gremien/neu")
    String createForm(Model model) {
        return form(model, new BodyForm(), null, Map.of());
    }

    @PostMapping("/gremien/neu")
    String create(@ModelAttribute("form") BodyForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Body created = organisations.createBody(form.draft(), form.bodyMembers());
            redirect.addFlashAttribute(SAVED, created.name());
            return "redirect:/gremien/" + created.key();
        } catch (InvalidOrganisationException e) {
            return form(model, form, null, problems.texts(e.problems(), locale));
        }
    }

    @GetMapping("/gremien/{key}/bearbeiten")
    String editForm(@PathVariable String key, Model model) {
        Body body = body(key);
        return form(model, BodyForm.of(body, organisations.bodyMembers(body.id())), body, Map.of());
    }

    @PostMapping("/gremien/{key}/bearbeiten")
    String update(
            @PathVariable String key,
            @ModelAttribute("form") BodyForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Body current = body(key);
        if (form.getVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        form.setKey(current.key());
        try {
            Body updated = organisations.updateBody(key, form.getVersion(), form.draft(), form.bodyMembers());
            redirect.addFlashAttribute(SAVED, updated.name());
            return "redirect:/gremien/" + updated.key();
        } catch (InvalidOrganisationException e) {
            return form(model, form, current, problems.texts(e.problems(), locale));
        } catch (StaleOrganisationException e) {
            Body now = body(key);
            model.addAttribute(
                    "conflict", new Conflict(e.expectedVersion(), now.version(), now.updatedBy(), now.updatedAt()));
            model.addAttribute("conflictCurrent", currentValues(form, now, locale));
            form.setVersion(now.version());
            return form(model, form, now, Map.of());
        }
    }

    /** The stored values of the fields where the user's input differs from them. */
    private Map<String, String> currentValues(BodyForm form, Body now, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        String empty = problems.text("organisation.form.conflict.empty", locale);
        for (String field : form.draft().changedFields(now)) {
            String value =
                    switch (field) {
                        case "name" -> now.name();
                        case "shortName" -> now.shortName();
                        case "kind" -> problems.text("organisation.bodyKind." + now.kind(), locale);
                        case "territoryId" ->
                            now.territoryId() == null
                                    ? null
                                    : territories
                                            .findById(now.territoryId())
                                            .map(Territory::name)
                                            .orElse(null);
                        case "convenorId" ->
                            now.convenorId() == null
                                    ? null
                                    : organisations
                                            .findById(now.convenorId())
                                            .map(Organisation::name)
                                            .orElse(null);
                        case "description" -> now.description();
                        case "exampleData" -> problems.text("organisation.form.yesNo." + now.exampleData(), locale);
                        case "sourceNote" -> now.sourceNote();
                        default -> null;
                    };
            values.put(field, value == null ? empty : value);
        }
        List<BodyMember> stored = organisations.bodyMembers(now.id());
        if (!BodyMember.sameMembers(stored, form.bodyMembers())) {
            Map<Long, Organisation> byId = organisations.findAllById(
                    stored.stream().map(BodyMember::organisationId).toList());
            String members = stored.stream()
                    .map(m -> byId.get(m.organisationId()).name() + (m.role() == null ? "" : " (" + m.role() + ")"))
                    .collect(java.util.stream.Collectors.joining(", "));
            values.put("members", members.isEmpty() ? empty : members);
        }
        return values;
    }

    private String form(Model model, BodyForm form, Body body, Map<String, String> errors) {
        form.padMembers();
        model.addAttribute("form", form);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", null);
            model.addAttribute("conflictCurrent", Map.of());
        }
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("organisationChoices", choices.organisations(null));
        model.addAttribute("territoryChoices", choices.territories(form.getTerritoryId()));
        return "organisation/body-form";
    }

    private Body body(String key) {
        return organisations
                .findBody(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No body " + key));
    }
}
