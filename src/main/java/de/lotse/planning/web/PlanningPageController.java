package de.lotse.planning.web;

import de.lotse.planning.DeadlineTimeline;
import de.lotse.planning.PlanningPageViews;
import de.lotse.planning.PlanningPages;
import de.lotse.planning.TrafficLightBoard;
import de.lotse.planning.TrafficLights;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages of the strategy documents: the list ({@code /planung}), a document as a navigable tree with
 * progress per node ({@code /planung/{key}}), its print view ({@code /planung/{key}/drucken}) and its deadline
 * timeline ({@code /planung/{key}/fristen}).
 */
@Controller
class PlanningPageController {

    private final PlanningPages pages;
    private final PlanningPageAccess access;
    private final MessageSource messages;
    private final TrafficLights trafficLights;

    PlanningPageController(
            PlanningPages pages, PlanningPageAccess access, MessageSource messages, TrafficLights trafficLights) {
        this.pages = pages;
        this.access = access;
        this.messages = messages;
        this.trafficLights = trafficLights;
    }

    @GetMapping("/planung")
    String strategies(Model model, Locale locale) {
        common(model, locale, messages);
        model.addAttribute("strategies", pages.strategies());
        return "planning/strategies";
    }

    @GetMapping("/planung/{key}")
    String tree(@PathVariable String key, Model model, Locale locale) {
        common(model, locale, messages);
        model.addAttribute("tree", tree(key));
        model.addAttribute("planner", access.planner());
        // the target verdicts rolled up per field of action and to the strategy (the dashboard shows the targets)
        trafficLights.board(key, pages.today()).ifPresent(board -> {
            model.addAttribute("verdictTotal", board.total());
            model.addAttribute(
                    "verdictsByField",
                    board.fields().stream()
                            .collect(Collectors.toMap(TrafficLightBoard.Field::id, TrafficLightBoard.Field::counts)));
        });
        return "planning/strategy";
    }

    @GetMapping("/planung/{key}/drucken")
    String print(@PathVariable String key, Model model, Locale locale) {
        common(model, locale, messages);
        model.addAttribute("tree", tree(key));
        model.addAttribute("today", pages.today());
        return "planning/print";
    }

    @GetMapping("/planung/{key}/fristen")
    String deadlines(@PathVariable String key, Model model, Locale locale) {
        common(model, locale, messages);
        DeadlineTimeline timeline = pages.deadlines(key).orElseThrow(() -> notFound(key));
        model.addAttribute("timeline", timeline);
        return "planning/deadlines";
    }

    private PlanningPageViews.Tree tree(String key) {
        return pages.tree(key).orElseThrow(() -> notFound(key));
    }

    static void common(Model model, Locale locale, MessageSource messages) {
        model.addAttribute("fmt", new PlanningPageFormat(locale, messages));
        model.addAttribute("lang", "en".equals(locale.getLanguage()) ? "en" : "de");
    }

    private static ResponseStatusException notFound(String key) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no strategy document '" + key + "'.");
    }
}
