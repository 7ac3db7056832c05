package de.lotse.planning.web;

import de.lotse.planning.TrafficLightBoard;
import de.lotse.planning.TrafficLights;
import de.lotse.planning.Verdict;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The traffic-light dashboard of a strategy ({@code /planung/{key}/ampel}): per field of action the targets with their
 * verdicts and the counts per verdict, rolled up to the strategy; at today or at a chosen date.
 */
@Controller
class TrafficLightPageController {

    private final TrafficLights trafficLights;

    TrafficLightPageController(TrafficLights trafficLights) {
        this.trafficLights = trafficLights;
    }

    @GetMapping("/planung/{key}/ampel")
    String board(
            @PathVariable String key, @RequestParam(name = "stichtag", required = false) String asOf, Model model) {
        LocalDate date = TargetPageController.asOf(asOf, model);
        TrafficLightBoard board = trafficLights
                .board(key, date)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no strategy " + key));
        model.addAttribute("board", board);
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("asOf", date);
        model.addAttribute("today", date.equals(LocalDate.now()));
        return "planning/targets/dashboard";
    }
}
