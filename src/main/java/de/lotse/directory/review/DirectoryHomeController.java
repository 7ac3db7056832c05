package de.lotse.directory.review;

import de.lotse.organisation.Organisations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The start page of the counselling directory for every signed-in user ({@code /verzeichnis}): a provider sees its
 * organisations' published entries with "zuletzt geprüft am" (stale ones marked, with "Angaben sind noch aktuell"),
 * its proposals with their state and the planner's note, and starts new proposals; a planner sees the review queue,
 * the stale entries and the directory's other work pages (linked only when the application has them).
 */
@Controller
class DirectoryHomeController {

    /** The planners' work pages of the directory, by message key; linked when a GET handler exists. */
    static final Map<String, String> PLANNER_PAGES = planerPages();

    private final DirectoryProposals proposals;
    private final ReviewAccess access;
    private final Organisations organisations;
    private final RequestMappingHandlerMapping mappings;

    DirectoryHomeController(
            DirectoryProposals proposals,
            ReviewAccess access,
            Organisations organisations,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.proposals = proposals;
        this.access = access;
        this.organisations = organisations;
        this.mappings = mappings;
    }

    private static Map<String, String> planerPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("review.home.link.services", "/verzeichnis/angebote");
        pages.put("review.home.link.locations", "/verzeichnis/orte");
        pages.put("review.home.link.coverage", "/verzeichnis/abdeckung");
        pages.put("review.home.link.duplicates", "/verzeichnis/dubletten");
        pages.put("review.home.link.import", "/verzeichnis/import");
        pages.put("review.home.link.holidays", "/verzeichnis/feiertage");
        pages.put("review.home.link.export", "/verzeichnis/export.csv");
        return pages;
    }

    /** A link to another page of the directory. */
    record PageLink(String messageKey, String path) {}

    @GetMapping("/verzeichnis")
    String home(Model model) {
        boolean planner = access.isPlanner();
        List<Long> memberOf = access.organisationIds();
        model.addAttribute("planner", planner);
        model.addAttribute(
                "memberOf", List.copyOf(organisations.findAllById(memberOf).values()));
        model.addAttribute("entries", proposals.entriesOfMyOrganisations());
        model.addAttribute(
                "myProposals",
                proposals.visible().stream()
                        .filter(p -> memberOf.contains(p.organisationId()))
                        .toList());
        if (planner) {
            model.addAttribute("submittedCount", proposals.countSubmitted());
            model.addAttribute("staleCount", proposals.countStale());
            model.addAttribute(
                    "plannerLinks",
                    PLANNER_PAGES.entrySet().stream()
                            .filter(e -> exists(e.getValue()))
                            .map(e -> new PageLink(e.getKey(), e.getValue()))
                            .toList());
        }
        return "directory/review/home";
    }

    @PostMapping("/verzeichnis/bestaetigen/{serviceId}")
    String confirm(@PathVariable UUID serviceId, RedirectAttributes redirect) {
        ServiceEntry entry = proposals.confirmCurrent(serviceId);
        redirect.addFlashAttribute("confirmed", entry.name());
        return "redirect:/verzeichnis";
    }

    /** Whether the application answers GET on this path (the pages of other parts of the directory are optional). */
    private boolean exists(String path) {
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPatternValues().contains(path)
                    && (info.getMethodsCondition().isEmpty()
                            || info.getMethodsCondition()
                                    .getMethods()
                                    .contains(org.springframework.web.bind.annotation.RequestMethod.GET))) {
                return true;
            }
        }
        return false;
    }
}
