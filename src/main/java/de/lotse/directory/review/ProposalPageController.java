package de.lotse.directory.review;

import de.lotse.directory.ServiceDraft;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * The provider's proposal pages: a new proposal, a change proposal started from the published entry, the proposal's
 * page with its state and differences, the form (rows of places, hours and phones are added and removed with
 * buttons, without JavaScript), submitting and withdrawing. A save based on an old version keeps the input and says
 * who changed the proposal in the meantime.
 */
@Controller
class ProposalPageController {

    static final String SAVED = "proposalSaved";

    private final DirectoryProposals proposals;
    private final ReviewAccess access;
    private final ReviewChoices choices;
    private final ReviewFormat format;

    ProposalPageController(
            DirectoryProposals proposals, ReviewAccess access, ReviewChoices choices, ReviewFormat format) {
        this.proposals = proposals;
        this.access = access;
        this.choices = choices;
        this.format = format;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder, org.springframework.web.context.request.WebRequest request) {
        de.lotse.shared.web.FormIndexes.bindFields(binder, request, 200);
    }

    @GetMapping("/verzeichnis/vorschlaege/neu")
    String newForm(@RequestParam(required = false) Long organisation, Model model, Locale locale) {
        List<ReviewChoices.Option> organisations = proposingOrganisations();
        Long chosen = organisation != null
                ? organisation
                : organisations.size() == 1
                        ? Long.valueOf(organisations.getFirst().value())
                        : null;
        return form(model, ProposalForm.empty(chosen), null, Map.of(), locale);
    }

    @PostMapping("/verzeichnis/vorschlaege/neu")
    String create(
            @ModelAttribute("form") ProposalForm form,
            @RequestParam(required = false) String action,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        proposingOrganisations();
        if (action != null && form.applyRowAction(action)) {
            return form(model, form, null, Map.of(), locale);
        }
        ProposalFormProblems problems = new ProposalFormProblems();
        if (form.organisationId == null) {
            problems.add("organisationId", "required");
        }
        ServiceDraft draft = form.toDraft(null, form.organisationId == null ? 0 : form.organisationId, problems);
        if (!problems.isEmpty()) {
            return form(model, form, null, format.formTexts(problems.all(), locale), locale);
        }
        try {
            Proposal created = proposals.proposeNew(draft);
            redirect.addFlashAttribute(SAVED, created.title());
            return "redirect:/verzeichnis/vorschlaege/" + created.id();
        } catch (ProposalException e) {
            if (e.reason() != ProposalException.Reason.INVALID) {
                throw e;
            }
            return form(model, form, null, format.texts(e.problems(), locale), locale);
        }
    }

    @PostMapping("/verzeichnis/vorschlaege/aenderung")
    String proposeChange(@RequestParam UUID serviceId, RedirectAttributes redirect) {
        ServiceEntry entry = proposals.entry(serviceId);
        if (entry.openProposalId() != null) {
            return "redirect:/verzeichnis/vorschlaege/" + entry.openProposalId();
        }
        Proposal created = proposals.proposeChange(serviceId, null);
        return "redirect:/verzeichnis/vorschlaege/" + created.id() + "/bearbeiten";
    }

    @GetMapping("/verzeichnis/vorschlaege/{id}")
    String show(@PathVariable UUID id, Model model) {
        ProposalReview review = proposals.review(id);
        model.addAttribute("review", review);
        model.addAttribute("proposal", review.proposal());
        model.addAttribute("planner", access.isPlanner());
        return "directory/review/proposal";
    }

    @GetMapping("/verzeichnis/vorschlaege/{id}/bearbeiten")
    String editForm(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
        Proposal proposal = proposals.find(id);
        if (!proposal.isEditable()) {
            redirect.addFlashAttribute("notEditable", true);
            return "redirect:/verzeichnis/vorschlaege/" + id;
        }
        ProposalForm form = ProposalForm.of(proposal.draft());
        form.version = proposal.version();
        return form(model, form, proposal, Map.of(), locale);
    }

    @PostMapping("/verzeichnis/vorschlaege/{id}/bearbeiten")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") ProposalForm form,
            @RequestParam(required = false) String action,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Proposal proposal = proposals.find(id);
        if (form.version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
        if (action != null && form.applyRowAction(action)) {
            return form(model, form, proposal, Map.of(), locale);
        }
        ProposalFormProblems problems = new ProposalFormProblems();
        ServiceDraft draft = form.toDraft(proposal.draft(), proposal.organisationId(), problems);
        if (!problems.isEmpty()) {
            return form(model, form, proposal, format.formTexts(problems.all(), locale), locale);
        }
        try {
            Proposal updated = proposals.update(id, form.version, draft);
            if ("submit".equals(action)) {
                return submit(id, updated.version(), model, locale, redirect);
            }
            redirect.addFlashAttribute(SAVED, updated.title());
            return "redirect:/verzeichnis/vorschlaege/" + id;
        } catch (ProposalException e) {
            return switch (e.reason()) {
                case INVALID -> form(model, form, proposal, format.texts(e.problems(), locale), locale);
                case STALE -> {
                    Proposal now = proposals.find(id);
                    model.addAttribute("conflict", now);
                    form.version = now.version();
                    yield form(model, form, now, Map.of(), locale);
                }
                default -> throw e;
            };
        }
    }

    @PostMapping("/verzeichnis/vorschlaege/{id}/einreichen")
    String submit(
            @PathVariable UUID id,
            @RequestParam Long version,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Proposal submitted = proposals.submit(id, version);
            redirect.addFlashAttribute("proposalSubmitted", submitted.title());
            return "redirect:/verzeichnis/vorschlaege/" + id;
        } catch (ProposalException e) {
            if (e.reason() != ProposalException.Reason.INVALID) {
                throw e;
            }
            Proposal proposal = proposals.find(id);
            ProposalForm form = ProposalForm.of(proposal.draft());
            form.version = proposal.version();
            model.addAttribute("submitRefused", true);
            return form(model, form, proposal, format.texts(e.problems(), locale), locale);
        }
    }

    @PostMapping("/verzeichnis/vorschlaege/{id}/zurueckziehen")
    String withdraw(@PathVariable UUID id, @RequestParam Long version, RedirectAttributes redirect) {
        Proposal proposal = proposals.find(id);
        proposals.withdraw(id, version);
        redirect.addFlashAttribute("proposalWithdrawn", proposal.title());
        return "redirect:/verzeichnis";
    }

    private List<ReviewChoices.Option> proposingOrganisations() {
        List<ReviewChoices.Option> organisations = choices.organisations(access.isPlanner(), access.organisationIds());
        if (organisations.isEmpty()) {
            throw ProposalException.forbidden("Only members of an organisation (and planners) propose services.");
        }
        return organisations;
    }

    private String form(Model model, ProposalForm form, Proposal proposal, Map<String, String> errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("proposal", proposal);
        model.addAttribute("errors", errors);
        if (proposal == null) {
            model.addAttribute("organisationOptions", proposingOrganisations());
        }
        model.addAttribute("categoryOptions", choices.terms("lotse-beratung", locale));
        model.addAttribute("audienceOptions", choices.terms("lotse-zielgruppe", locale));
        model.addAttribute(
                "locationOptions", form.organisationId == null ? List.of() : choices.locations(form.organisationId));
        model.addAttribute("statusOptions", choices.statuses(locale));
        model.addAttribute("facilityOptions", choices.facilityTypes(locale));
        model.addAttribute("kindOptions", choices.scheduleKinds(locale));
        model.addAttribute("attendingOptions", choices.attendingTypes(locale));
        model.addAttribute("yesNoOptions", choices.yesNo(locale));
        model.addAttribute("weekdayOptions", choices.weekdays(locale));
        model.addAttribute("weekOfMonthOptions", choices.weeksOfMonth(locale));
        return "directory/review/form";
    }
}
