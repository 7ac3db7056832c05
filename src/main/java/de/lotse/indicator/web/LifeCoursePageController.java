package de.lotse.indicator.web;

import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.LifeCourse;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The life-course page of a territory (Präventionskette / Bildungsbiografie): {@code /gebiete/{key}/lebenslauf}. */
@Controller
class LifeCoursePageController {

    private final LifeCourse lifeCourse;
    private final Territories territories;

    LifeCoursePageController(LifeCourse lifeCourse, Territories territories) {
        this.lifeCourse = lifeCourse;
        this.territories = territories;
    }

    @GetMapping("/gebiete/{key}/lebenslauf")
    String lifeCourse(
            @PathVariable String key, @RequestParam(required = false) String level, Model model, Locale locale) {
        TerritoryKey parsed;
        TerritoryLevel lvl = null;
        try {
            parsed = new TerritoryKey(key);
            if (level != null && !level.isBlank()) {
                lvl = TerritoryLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed key or level");
        }
        Territory territory = territories
                .find(parsed, lvl)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No territory " + key));
        IndicatorReadModel.Audience audience = IndicatorApiController.audience();
        LifeCourse.Report report = lifeCourse.of(territory, audience);
        model.addAttribute("t", territory);
        model.addAttribute(
                "ancestors",
                territories.ancestors(territory).stream()
                        .filter(a -> !a.isSingleMunicipalityAssociation())
                        .toList());
        model.addAttribute(
                "stages",
                report.stages().stream().map(s -> StageView.of(s, locale)).toList());
        model.addAttribute("tolerance", LifeCourse.TOLERANCE_PERCENT);
        model.addAttribute("permitted", audience == IndicatorReadModel.Audience.PERMITTED);
        return "warning/lifecourse";
    }

    /** A stage with its rows formatted for the reader. */
    record StageView(String stage, boolean worse, long worseCount, int count, List<EntryView> entries) {

        static StageView of(LifeCourse.Stage s, Locale locale) {
            return new StageView(
                    s.stage().name(),
                    s.worse(),
                    s.worseCount(),
                    s.entries().size(),
                    s.entries().stream().map(e -> EntryView.of(e, locale)).toList());
        }
    }

    /** One indicator of a stage, formatted. */
    record EntryView(
            String key,
            String name,
            String unit,
            String period,
            String value,
            boolean suppressed,
            boolean confidential,
            String comparisonName,
            String comparisonKey,
            String comparisonLevel,
            String comparisonValue,
            String difference,
            String verdict,
            String polarity) {

        /** A symbol for the verdict, next to its text (never colour alone). */
        public String icon() {
            return switch (verdict) {
                case "WORSE" -> "⚠";
                case "BETTER" -> "✓";
                case "HIGHER" -> "↑";
                case "LOWER" -> "↓";
                case "SIMILAR" -> "≈";
                default -> "–";
            };
        }

        static EntryView of(LifeCourse.Entry e, Locale locale) {
            IndicatorDefinition d = e.indicator().definition();
            int decimals = d.decimals();
            IndicatorReadModel.ShownValue v = e.value();
            boolean suppressed = v != null && v.suppressed() && v.value() == null;
            String value = v == null || v.value() == null
                    ? (v != null && v.status() != null ? v.status().sign() : "–")
                    : WarningViews.number(v.value(), decimals, locale);
            return new EntryView(
                    d.key().value(),
                    d.name().in(WarningViews.language(locale)),
                    d.unit(),
                    v == null ? "–" : v.period().toString(),
                    value,
                    suppressed,
                    v != null && v.confidential(),
                    e.comparisonRegion() == null ? null : e.comparisonRegion().name(),
                    e.comparisonRegion() == null ? null : e.comparisonRegion().key(),
                    e.comparisonRegion() == null
                            ? null
                            : e.comparisonRegion().level().name(),
                    WarningViews.number(e.comparisonValue(), decimals, locale),
                    WarningViews.signed(e.difference(), decimals, locale),
                    e.verdict().name(),
                    d.polarity().name());
        }
    }
}
