package de.lotse.planning.web;

import de.lotse.planning.MeasurePageSection;
import de.lotse.planning.PlanningPageMeasures;
import de.lotse.planning.PlanningPageViews;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public measure page ({@code /massnahmen/{id}}): status, progress, status timeline, budget, funding, places,
 * partners and documents of one measure. Other planning areas add their sections through
 * {@link PlanningPageContributor}; other modules (e.g. the directory's linked services) through the public extension
 * point {@link MeasurePageSection}, rendered after the planning sections.
 */
@Controller
class MeasurePageController {

    private final PlanningPageMeasures measures;
    private final PlanningPageAccess access;
    private final List<PlanningPageContributor> contributors;
    private final List<MeasurePageSection> sections;
    private final MessageSource messages;

    MeasurePageController(
            PlanningPageMeasures measures,
            PlanningPageAccess access,
            List<PlanningPageContributor> contributors,
            List<MeasurePageSection> sections,
            MessageSource messages) {
        this.measures = measures;
        this.access = access;
        this.contributors = contributors;
        this.sections = sections;
        this.messages = messages;
    }

    @GetMapping("/massnahmen/{id:\\d+}")
    String measure(@PathVariable long id, Model model, Locale locale) {
        PlanningPageViews.Measure measure = measures.measure(id)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no measure " + id + "."));
        PlanningPageController.common(model, locale, messages);
        model.addAttribute("m", measure);
        model.addAttribute("planner", access.planner());
        model.addAttribute("mayReport", access.mayReport(measure.leadOrganisationId()));
        contributors.forEach(c -> c.contributeToMeasurePage(measure, model, locale));
        model.addAttribute(
                "moduleSections",
                sections.stream()
                        .map(s -> s.forMeasure(id, locale))
                        .flatMap(java.util.Optional::stream)
                        .toList());
        return "planning/measure";
    }
}
