package de.lotse.planning.web;

import de.lotse.planning.EvaluationRoundDetail;
import de.lotse.planning.EvaluationRoundInvalidException;
import de.lotse.planning.EvaluationRoundNotFoundException;
import de.lotse.planning.EvaluationRoundStrategy;
import de.lotse.planning.EvaluationRoundSummary;
import de.lotse.planning.EvaluationRounds;
import de.lotse.planning.MeasureStatus;
import de.lotse.planning.RoundComparison;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read pages of evaluation rounds: the rounds of a strategy ({@code /planung/{key}/evaluation}), one round with its
 * frozen state per field of action ({@code …/evaluation/{id}}) and two rounds side by side
 * ({@code …/evaluation/vergleich?a=&b=}). Public like every read page of the planning module.
 */
@Controller
class EvaluationRoundPageController {

    private final EvaluationRounds rounds;

    EvaluationRoundPageController(EvaluationRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/planung/{key}/evaluation")
    String list(@PathVariable String key, Model model) {
        EvaluationRoundStrategy strategy = strategy(rounds, key);
        List<EvaluationRoundSummary> summaries = rounds.list(strategy.id());
        model.addAttribute("strategy", strategy);
        model.addAttribute("summaries", summaries);
        model.addAttribute("statuses", MeasureStatus.values());
        return "planning/rounds/list";
    }

    @GetMapping("/planung/{key}/evaluation/{id:\\d+}")
    String round(@PathVariable String key, @PathVariable long id, Model model) {
        EvaluationRoundDetail detail = round(rounds, key, id);
        model.addAttribute("strategy", detail.strategy());
        model.addAttribute("detail", detail);
        model.addAttribute("round", detail.round());
        model.addAttribute("tally", detail.tally());
        model.addAttribute("fields", detail.byField());
        model.addAttribute("statuses", MeasureStatus.values());
        model.addAttribute("others", otherRounds(detail));
        return "planning/rounds/round";
    }

    @GetMapping("/planung/{key}/evaluation/vergleich")
    String compare(
            @PathVariable String key,
            @RequestParam(required = false) Long a,
            @RequestParam(required = false) Long b,
            Model model) {
        EvaluationRoundStrategy strategy = strategy(rounds, key);
        List<EvaluationRoundSummary> summaries = rounds.list(strategy.id());
        model.addAttribute("strategy", strategy);
        model.addAttribute("summaries", summaries);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        if (a != null && b != null) {
            RoundComparison comparison;
            try {
                comparison = rounds.compare(a, b);
            } catch (EvaluationRoundNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            } catch (EvaluationRoundInvalidException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The rounds belong to another strategy");
            }
            if (comparison.before().strategyId() != strategy.id()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The rounds belong to another strategy");
            }
            model.addAttribute("comparison", comparison);
        }
        return "planning/rounds/compare";
    }

    private List<EvaluationRoundSummary> otherRounds(EvaluationRoundDetail detail) {
        return rounds.list(detail.round().strategyId()).stream()
                .filter(s -> s.round().id() != detail.round().id())
                .toList();
    }

    static EvaluationRoundStrategy strategy(EvaluationRounds rounds, String key) {
        return rounds.strategy(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No strategy " + key));
    }

    /** The round, if it belongs to the strategy with this key; 404 otherwise. */
    static EvaluationRoundDetail round(EvaluationRounds rounds, String key, long id) {
        EvaluationRoundStrategy strategy = strategy(rounds, key);
        return rounds.find(id)
                .filter(d -> d.round().strategyId() == strategy.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No round " + id + " of " + key));
    }
}
