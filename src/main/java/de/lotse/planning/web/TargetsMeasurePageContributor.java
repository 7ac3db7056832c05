package de.lotse.planning.web;

import de.lotse.planning.PerformanceMeasures;
import de.lotse.planning.PlanningPageViews;
import de.lotse.planning.TargetEvaluations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Adds the target values (evaluated today) and the performance measures of a measure to its page; the template shows
 * them after the status timeline.
 */
@Component
class TargetsMeasurePageContributor implements PlanningPageContributor {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Europe/Berlin");

    private final TargetEvaluations evaluations;
    private final PerformanceMeasures performance;

    TargetsMeasurePageContributor(TargetEvaluations evaluations, PerformanceMeasures performance) {
        this.evaluations = evaluations;
        this.performance = performance;
    }

    @Override
    public void contributeToMeasurePage(PlanningPageViews.Measure measure, Model model, Locale locale) {
        model.addAttribute("measureId", measure.id());
        model.addAttribute("targetEvaluations", evaluations.forMeasure(measure.id(), LocalDate.now(COUNTY_TIME)));
        performance.forMeasure(measure.id()).ifPresent(p -> model.addAttribute("performance", p));
    }
}
