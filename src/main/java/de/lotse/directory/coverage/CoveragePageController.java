package de.lotse.directory.coverage;

import de.lotse.territory.Territory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coverage page for planners ({@code /verzeichnis/abdeckung}): filters, summary, gap map and table. */
@Controller
class CoveragePageController {

    static final String MET_COLOUR = "#2166ac";
    static final String GAP_COLOUR = "#f4a582";

    private final CoverageAnalysis analysis;
    private final CoverageTerms terms;
    private final MessageSource messages;

    CoveragePageController(CoverageAnalysis analysis, CoverageTerms terms, MessageSource messages) {
        this.analysis = analysis;
        this.terms = terms;
        this.messages = messages;
    }

    /** A municipality row as shown: numbers formatted, the basis and the nearest offer in words. */
    record View(
            CoverageReport.Row row,
            String weeklyHours,
            String decentralHours,
            String per1000,
            String basis,
            String nearest,
            String colour,
            String mapText) {}

    @GetMapping("/verzeichnis/abdeckung")
    String page(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String audience,
            Model model,
            Locale locale) {
        String lang = CoverageFormat.lang(locale);
        List<CoverageTerms.Term> categories = terms.of(CoverageTerms.CATEGORIES, lang);
        List<CoverageTerms.Term> audiences = terms.of(CoverageTerms.AUDIENCES, lang);
        model.addAttribute("counties", analysis.counties());
        model.addAttribute("categories", categories);
        model.addAttribute("audiences", audiences);
        model.addAttribute("metColour", MET_COLOUR);
        model.addAttribute("gapColour", GAP_COLOUR);
        Optional<Territory> c = analysis.county(county);
        Optional<CoverageTerms.Term> cat = pick(categories, category);
        Optional<CoverageTerms.Term> aud = pick(audiences, audience);
        model.addAttribute(
                "unknownFilter",
                c.isEmpty() || (blank(category) != cat.isEmpty()) || (blank(audience) != aud.isEmpty()));
        if (c.isEmpty()) {
            return "directory/coverage/coverage";
        }
        CoverageReport report = analysis.analyse(c.get(), cat.orElse(null), aud.orElse(null), lang);
        model.addAttribute("report", report);
        model.addAttribute(
                "views", report.rows().stream().map(r -> view(r, locale)).toList());
        model.addAttribute("totalHours", CoverageFormat.number(report.weeklyHours(), 1, locale));
        model.addAttribute("totalDecentral", CoverageFormat.number(report.decentralHours(), 1, locale));
        return "directory/coverage/coverage";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<CoverageTerms.Term> pick(List<CoverageTerms.Term> terms, String code) {
        return blank(code)
                ? Optional.empty()
                : terms.stream().filter(t -> t.code().equals(code.strip())).findFirst();
    }

    private View view(CoverageReport.Row r, Locale locale) {
        String status = text(r.ruleMet() ? "coverage.rule.met" : "coverage.rule.notMet", locale);
        return new View(
                r,
                CoverageFormat.number(r.weeklyHours(), 1, locale),
                CoverageFormat.number(r.decentralHours(), 1, locale),
                r.hoursPer1000() == null ? null : CoverageFormat.number(r.hoursPer1000(), 2, locale),
                basis(r.basis(), locale),
                r.nearest() == null
                        ? null
                        : messages.getMessage(
                                "coverage.nearest.text",
                                new Object[] {
                                    CoverageFormat.number(r.nearest().distanceKm(), 1, locale),
                                    r.nearest().serviceName(),
                                    r.nearest().locationName()
                                },
                                locale),
                r.ruleMet() ? MET_COLOUR : GAP_COLOUR,
                status);
    }

    private String basis(PopulationBasis.Basis b, Locale locale) {
        if (b.kind() == PopulationBasis.Kind.NONE) {
            return text("coverage.basis.none", locale);
        }
        String population = CoverageFormat.number(b.population(), 0, locale);
        if (b.kind() == PopulationBasis.Kind.TOTAL_POPULATION) {
            String date = CoverageFormat.date(b.period(), locale);
            return messages.getMessage(
                    b.fallback() ? "coverage.basis.totalFallback" : "coverage.basis.total",
                    new Object[] {population, date},
                    locale);
        }
        String ages = b.ageTo() == null
                ? messages.getMessage("coverage.basis.agesOpen", new Object[] {b.ageFrom()}, locale)
                : messages.getMessage("coverage.basis.ages", new Object[] {b.ageFrom(), b.ageTo()}, locale);
        return messages.getMessage(
                b.exact() ? "coverage.basis.ageGroup" : "coverage.basis.ageGroupApprox",
                new Object[] {population, ages, b.period(), String.join(" + ", b.indicators())},
                locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
