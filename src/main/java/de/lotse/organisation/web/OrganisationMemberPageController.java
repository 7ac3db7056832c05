package de.lotse.organisation.web;

import de.lotse.organisation.InvalidOrganisationException;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators decide which users act for an organisation ({@code /organisationen/{key}/mitglieder}): those users
 * may post status reports and performance values for the measures it leads. Adding an unknown username shows a
 * field error; every change is in the audit trail.
 */
@Controller
class OrganisationMemberPageController {

    static final String NOTICE = "memberNotice";

    private final Organisations organisations;
    private final FormProblems problems;

    OrganisationMemberPageController(Organisations organisations, FormProblems problems) {
        this.organisations = organisations;
        this.problems = problems;
    }

    @GetMapping("/organisationen/{key}/mitglieder")
    String members(@PathVariable String key, Model model) {
        return page(model, organisation(key), "", Map.of());
    }

    @PostMapping("/organisationen/{key}/mitglieder")
    String add(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String username,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Organisation organisation = organisation(key);
        String name = username.strip();
        try {
            organisations.addMember(organisation.id(), name);
        } catch (InvalidOrganisationException e) {
            return page(model, organisation, username, problems.texts(e.problems(), locale));
        }
        redirect.addFlashAttribute(NOTICE, problems.text("organisation.members.added", locale, name));
        return "redirect:/organisationen/" + key + "/mitglieder";
    }

    @PostMapping("/organisationen/{key}/mitglieder/entfernen")
    String remove(@PathVariable String key, @RequestParam String username, Locale locale, RedirectAttributes redirect) {
        Organisation organisation = organisation(key);
        organisations.removeMember(organisation.id(), username);
        redirect.addFlashAttribute(NOTICE, problems.text("organisation.members.removed", locale, username));
        return "redirect:/organisationen/" + key + "/mitglieder";
    }

    private String page(Model model, Organisation organisation, String username, Map<String, String> errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", organisations.members(organisation.id()));
        model.addAttribute("username", username);
        model.addAttribute("errors", errors);
        return "organisation/members";
    }

    private Organisation organisation(String key) {
        return organisations
                .find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation " + key));
    }
}
