package de.lotse.directory.review;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planners' pages: the review queue ({@code /verzeichnis/pruefung}), one proposal with its differences to the
 * published entry and the decision (publish, or return with a note; a change to the entry made in the meantime must
 * be confirmed), and the list of stale entries ({@code /verzeichnis/veraltet}).
 */
@Controller
class ReviewPageController {

    private final DirectoryProposals proposals;
    private final Organisations organisations;
    private final ReviewFormat format;

    ReviewPageController(DirectoryProposals proposals, Organisations organisations, ReviewFormat format) {
        this.proposals = proposals;
        this.organisations = organisations;
        this.format = format;
    }

    @GetMapping("/verzeichnis/pruefung")
    String queue(Model model) {
        List<Proposal> submitted = proposals.submitted();
        model.addAttribute("proposals", submitted);
        model.addAttribute(
                "organisationNames",
                names(submitted.stream().map(Proposal::organisationId).toList()));
        return "directory/review/queue";
    }

    @GetMapping("/verzeichnis/pruefung/{id}")
    String review(@PathVariable UUID id, Model model) {
        return page(model, id, Map.of(), null, false);
    }

    @PostMapping("/verzeichnis/pruefung/{id}/veroeffentlichen")
    String publish(
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam(defaultValue = "false") boolean confirmServiceChanged,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Proposal published = proposals.publish(id, version, confirmServiceChanged);
            redirect.addFlashAttribute("proposalPublished", published.title());
            return "redirect:/verzeichnis/pruefung";
        } catch (ProposalException e) {
            return switch (e.reason()) {
                case INVALID -> page(model, id, format.texts(e.problems(), locale), null, false);
                case SERVICE_CHANGED -> page(model, id, Map.of(), null, true);
                default -> throw e;
            };
        }
    }

    @PostMapping("/verzeichnis/pruefung/{id}/zurueckgeben")
    String giveBack(
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam(required = false) String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Proposal returned = proposals.returnToProvider(id, version, note);
            redirect.addFlashAttribute("proposalReturned", returned.title());
            return "redirect:/verzeichnis/pruefung";
        } catch (ProposalException e) {
            if (e.reason() != ProposalException.Reason.INVALID) {
                throw e;
            }
            return page(model, id, format.texts(e.problems(), locale), note, false);
        }
    }

    @GetMapping("/verzeichnis/veraltet")
    String stale(Model model) {
        model.addAttribute("entries", proposals.stale());
        return "directory/review/stale";
    }

    private String page(Model model, UUID id, Map<String, String> errors, String note, boolean mustConfirm) {
        ProposalReview review = proposals.review(id);
        model.addAttribute("review", review);
        model.addAttribute("proposal", review.proposal());
        model.addAttribute(
                "organisation",
                organisations.findById(review.proposal().organisationId()).orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        model.addAttribute("mustConfirm", mustConfirm);
        return "directory/review/review";
    }

    private Map<Long, String> names(List<Long> ids) {
        return organisations.findAllById(ids).values().stream()
                .collect(java.util.stream.Collectors.toMap(Organisation::id, Organisation::name));
    }
}
