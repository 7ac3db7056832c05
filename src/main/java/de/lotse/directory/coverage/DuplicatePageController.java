package de.lotse.directory.coverage;

import de.lotse.directory.DuplicateVerdict;
import de.lotse.territory.Territory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The duplicate-structure page for planners ({@code /verzeichnis/dubletten}) with a decision form per open group. */
@Controller
class DuplicatePageController {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final DuplicateStructures duplicates;
    private final CoverageAnalysis analysis;
    private final CoverageTerms terms;
    private final org.springframework.context.MessageSource messages;

    DuplicatePageController(
            DuplicateStructures duplicates,
            CoverageAnalysis analysis,
            CoverageTerms terms,
            org.springframework.context.MessageSource messages) {
        this.duplicates = duplicates;
        this.analysis = analysis;
        this.terms = terms;
        this.messages = messages;
    }

    /** A decision as shown, with the time in the interface language. */
    record DecisionView(DuplicateDecisions.Decision decision, String decidedAt) {}

    @GetMapping("/verzeichnis/dubletten")
    String page(@RequestParam(required = false) String county, Model model, Locale locale) {
        return render(county, model, locale, null, null);
    }

    private String render(String county, Model model, Locale locale, String errorGroup, String errorNote) {
        model.addAttribute("counties", analysis.counties());
        model.addAttribute("verdicts", DuplicateVerdict.values());
        model.addAttribute("threshold", CoverageFormat.number(DuplicateDetector.THRESHOLD, 2, locale));
        model.addAttribute("errorGroup", errorGroup);
        model.addAttribute("errorNote", errorNote);
        model.addAttribute("decimalPoint", "en".equals(locale.getLanguage()) ? "POINT" : "COMMA");
        java.util.Map<String, String> categoryNames = new java.util.HashMap<>();
        terms.of(CoverageTerms.CATEGORIES, CoverageFormat.lang(locale))
                .forEach(t -> categoryNames.put(t.code(), t.name()));
        model.addAttribute("categoryNames", categoryNames);
        java.util.Map<String, String> audienceNames = new java.util.HashMap<>();
        terms.of(CoverageTerms.AUDIENCES, CoverageFormat.lang(locale))
                .forEach(t -> audienceNames.put(t.code(), t.name()));
        Territory c = analysis.county(county).orElse(null);
        model.addAttribute("county", c);
        if (c != null) {
            List<DuplicateStructures.Found> found = duplicates.find(c);
            model.addAttribute(
                    "open",
                    found.stream().filter(DuplicateStructures.Found::open).toList());
            model.addAttribute("covered", found.stream().filter(f -> !f.open()).toList());
            java.util.Map<String, List<String>> reasonTexts = new java.util.HashMap<>();
            found.forEach(f -> f.group()
                    .pairs()
                    .forEach(p -> reasonTexts.put(
                            pairKey(p),
                            p.reasons().stream()
                                    .map(r -> reasonText(r, categoryNames, audienceNames, locale))
                                    .toList())));
            model.addAttribute("reasonTexts", reasonTexts);
        }
        DateTimeFormatter format = "en".equals(locale.getLanguage()) ? ENGLISH : GERMAN;
        model.addAttribute(
                "decisions",
                duplicates.decisions().stream()
                        .map(d ->
                                new DecisionView(d, format.format(d.decidedAt().atZone(ZoneId.of("Europe/Berlin")))))
                        .toList());
        return "directory/coverage/duplicates";
    }

    /** The key of a pair's reasons in the model (the page looks them up with the same text). */
    static String pairKey(DuplicateDetector.Pair p) {
        return p.category() + "|" + p.a() + "|" + p.b();
    }

    /** A reason in words: codes become term names, the similarity a number in the interface language. */
    private String reasonText(
            DuplicateDetector.Reason r,
            java.util.Map<String, String> categories,
            java.util.Map<String, String> audiences,
            Locale locale) {
        String detail =
                switch (r.kind()) {
                    case "SAME_CATEGORY" -> categories.getOrDefault(r.detail(), r.detail());
                    case "AUDIENCE" ->
                        "age".equals(r.detail())
                                ? messages.getMessage("coverage.reason.ages", null, locale)
                                : java.util.Arrays.stream(r.detail().split(", "))
                                        .map(c -> audiences.getOrDefault(c, c))
                                        .collect(java.util.stream.Collectors.joining(", "));
                    case "TEXT" -> CoverageFormat.number(Double.parseDouble(r.detail()), 2, locale);
                    default -> r.detail();
                };
        return messages.getMessage("coverage.reason." + r.kind(), new Object[] {detail}, locale);
    }

    @PostMapping("/verzeichnis/dubletten/entscheidungen")
    String decide(
            @RequestParam(required = false) String county,
            @RequestParam(name = "serviceIds", required = false) List<UUID> serviceIds,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        String key = serviceIds == null ? "" : DuplicateDetector.key(serviceIds);
        DuplicateVerdict verdict = verdict(decision);
        Territory c = analysis.county(county).orElse(null);
        if (verdict == null || c == null || serviceIds == null || serviceIds.size() < 2) {
            model.addAttribute("errorMessage", "coverage.duplicates.error.decision");
            return render(county, model, locale, key, note);
        }
        try {
            duplicates.decide(c, serviceIds, verdict, note);
            redirect.addFlashAttribute("decided", verdict.name());
        } catch (DuplicateStructures.DecisionRejectedException e) {
            redirect.addFlashAttribute("rejected", e.conflict() ? "decided" : "gone");
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/verzeichnis/dubletten")
                        .queryParam("county", c.key())
                        .build()
                        .toUriString();
    }

    private static DuplicateVerdict verdict(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DuplicateVerdict.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
