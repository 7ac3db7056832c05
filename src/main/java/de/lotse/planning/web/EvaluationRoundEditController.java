package de.lotse.planning.web;

import de.lotse.planning.EvaluationRoundComments;
import de.lotse.planning.EvaluationRoundDetail;
import de.lotse.planning.EvaluationRoundInvalidException;
import de.lotse.planning.EvaluationRoundProblem;
import de.lotse.planning.EvaluationRoundStaleException;
import de.lotse.planning.EvaluationRoundStrategy;
import de.lotse.planning.EvaluationRoundTargetState;
import de.lotse.planning.EvaluationRoundTitleTakenException;
import de.lotse.planning.EvaluationRounds;
import de.lotse.planning.MeasureSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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
 * Planner forms of evaluation rounds: create (and thereby freeze) a round ({@code /planung/{key}/evaluation/neu})
 * and comment on its measures and targets ({@code …/evaluation/{id}/bearbeiten}). The security chain restricts both
 * to planners. A comment form saved on an old version of the round is shown again with the user's input, the
 * comments others changed in the meantime and who changed them.
 */
@Controller
class EvaluationRoundEditController {

    private static final Pattern ENTRY = Pattern.compile("(measures|targets)\\[(\\d{1,18})]");

    private final EvaluationRounds rounds;
    private final MessageSource messages;

    EvaluationRoundEditController(EvaluationRounds rounds, MessageSource messages) {
        this.rounds = rounds;
        this.messages = messages;
    }

    @GetMapping("/planung/{key}/evaluation/neu")
    String initCreateForm(@PathVariable String key, Model model) {
        model.addAttribute("strategy", EvaluationRoundPageController.strategy(rounds, key));
        model.addAttribute("form", new EvaluationRoundForm());
        model.addAttribute("errors", Map.of());
        return "planning/rounds/new";
    }

    @PostMapping("/planung/{key}/evaluation/neu")
    String processCreateForm(
            @PathVariable String key,
            @ModelAttribute("form") EvaluationRoundForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        EvaluationRoundStrategy strategy = EvaluationRoundPageController.strategy(rounds, key);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if (form.dateMalformed()) {
                errors.put("asOf", messages.getMessage("rounds.error.asOfInvalid", null, locale));
                form.draft().problems(LocalDate.now()).stream()
                        .filter(p -> !p.field().equals("asOf"))
                        .forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.code(), null, locale)));
            } else {
                EvaluationRoundDetail created = rounds.create(strategy.id(), form.draft());
                redirect.addFlashAttribute(
                        "message",
                        messages.getMessage(
                                "rounds.created",
                                new Object[] {
                                    created.round().title(), created.measures().size()
                                },
                                locale));
                return "redirect:/planung/" + key + "/evaluation/"
                        + created.round().id();
            }
        } catch (EvaluationRoundInvalidException e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.code(), null, locale)));
        } catch (EvaluationRoundTitleTakenException e) {
            errors.put("title", messages.getMessage("rounds.error.titleTaken", null, locale));
        }
        model.addAttribute("strategy", strategy);
        model.addAttribute("errors", errors);
        return "planning/rounds/new";
    }

    @GetMapping("/planung/{key}/evaluation/{id:\\d+}/bearbeiten")
    String initCommentForm(@PathVariable String key, @PathVariable long id, Model model) {
        EvaluationRoundDetail detail = EvaluationRoundPageController.round(rounds, key, id);
        return commentForm(detail, detail.round().version(), Map.of(), List.of(), Map.of(), model);
    }

    @PostMapping("/planung/{key}/evaluation/{id:\\d+}/bearbeiten")
    String processCommentForm(
            @PathVariable String key,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        EvaluationRoundDetail detail = EvaluationRoundPageController.round(rounds, key, id);
        long version = version(params.get("version"));
        Map<String, String> input = new LinkedHashMap<>();
        Map<Long, String> measures = new LinkedHashMap<>();
        Map<Long, String> targets = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            Matcher m = ENTRY.matcher(name);
            if (m.matches()) {
                input.put(name, value);
                (m.group(1).equals("measures") ? measures : targets).put(Long.parseLong(m.group(2)), value);
            }
        });
        try {
            rounds.comment(id, version, new EvaluationRoundComments(measures, targets));
        } catch (EvaluationRoundStaleException e) {
            EvaluationRoundDetail current = rounds.find(id).orElseThrow();
            return commentForm(current, e.actualVersion(), input, e.changes(), Map.of(), model);
        } catch (EvaluationRoundInvalidException e) {
            Map<String, String> errors = e.problems().stream()
                    .collect(Collectors.toMap(
                            EvaluationRoundProblem::field,
                            p -> messages.getMessage(p.code(), null, locale),
                            (x, y) -> x,
                            LinkedHashMap::new));
            return commentForm(detail, version, input, List.of(), errors, model);
        }
        redirect.addFlashAttribute("message", messages.getMessage("rounds.comments.saved", null, locale));
        return "redirect:/planung/" + key + "/evaluation/" + id;
    }

    private String commentForm(
            EvaluationRoundDetail detail,
            long version,
            Map<String, String> input,
            List<EvaluationRoundStaleException.Change> conflict,
            Map<String, String> errors,
            Model model) {
        Map<String, EvaluationRoundStaleException.Change> changed =
                conflict.stream().collect(Collectors.toMap(c -> c.kind() + "s[" + c.id() + "]", Function.identity()));
        List<CommentRow> measureRows = new ArrayList<>();
        detail.measures()
                .forEach(m -> measureRows.add(CommentRow.of(
                        "measures",
                        m.measureId(),
                        m.state().label(),
                        m.comment(),
                        m.state(),
                        null,
                        input,
                        changed,
                        errors)));
        List<CommentRow> targetRows = new ArrayList<>();
        detail.targets()
                .forEach(t -> targetRows.add(CommentRow.of(
                        "targets",
                        t.targetId(),
                        t.state().title(),
                        t.comment(),
                        null,
                        t.state(),
                        input,
                        changed,
                        errors)));
        model.addAttribute("strategy", detail.strategy());
        model.addAttribute("round", detail.round());
        model.addAttribute("version", version);
        model.addAttribute("measureRows", measureRows);
        model.addAttribute("targetRows", targetRows);
        model.addAttribute("conflict", conflict);
        model.addAttribute("errorRows", errorRows(measureRows, targetRows));
        return "planning/rounds/comments";
    }

    private static List<CommentRow> errorRows(List<CommentRow> measureRows, List<CommentRow> targetRows) {
        List<CommentRow> rows = new ArrayList<>();
        measureRows.stream().filter(r -> r.error() != null).forEach(rows::add);
        targetRows.stream().filter(r -> r.error() != null).forEach(rows::add);
        return rows;
    }

    private static long version(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
    }

    /**
     * One comment field of the form.
     *
     * @param name the parameter name, e.g. {@code measures[12]}
     * @param inputId the id of the text area, e.g. {@code comment-measures-12}
     * @param label the measure or target as frozen
     * @param value what the field shows: the user's input after a failed save, otherwise the stored comment
     * @param measure the frozen measure (null for a target)
     * @param target the frozen target (null for a measure)
     * @param conflict the change somebody else made to this comment since the user's version; null when none
     * @param error the problem with this comment; null when none
     */
    record CommentRow(
            String name,
            String inputId,
            String label,
            String value,
            MeasureSnapshot measure,
            EvaluationRoundTargetState target,
            EvaluationRoundStaleException.Change conflict,
            String error) {

        static CommentRow of(
                String kind,
                long id,
                String label,
                String stored,
                MeasureSnapshot measure,
                EvaluationRoundTargetState target,
                Map<String, String> input,
                Map<String, EvaluationRoundStaleException.Change> changed,
                Map<String, String> errors) {
            String name = kind + "[" + id + "]";
            String value = input.containsKey(name) ? input.get(name) : stored;
            return new CommentRow(
                    name,
                    "comment-" + kind + "-" + id,
                    label,
                    value == null ? "" : value,
                    measure,
                    target,
                    changed.get(name),
                    errors.get(name + ".comment"));
        }
    }
}
