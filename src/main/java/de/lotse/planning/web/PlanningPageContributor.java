package de.lotse.planning.web;

import de.lotse.planning.PlanningPageViews;
import java.util.Locale;
import org.springframework.ui.Model;

/**
 * A hook for other planning areas to add their sections to the measure page ({@code /massnahmen/{id}}), for example
 * the target values and the performance measures of a measure: every bean of this type adds its model attributes
 * before the page is rendered, and the page template includes the matching fragment where its comment says so.
 */
interface PlanningPageContributor {

    /** Adds the attributes this area needs to show its section for the measure. */
    void contributeToMeasurePage(PlanningPageViews.Measure measure, Model model, Locale locale);
}
