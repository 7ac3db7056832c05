package de.lotse.planning;

import de.lotse.planning.PlanningPageViews.Lead;
import de.lotse.planning.PlanningPageViews.StrategyRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure as the measure list and its CSV/XLSX export show it. Budget amounts that are not known are {@code null}.
 *
 * @param lead the lead organisation or the lead as the document names it; {@code null} when none is named
 * @param fields titles of the fields of action it serves (directly or through an objective), in document order
 * @param partners names of the partner organisations
 * @param territories names of the territories it is limited to; empty when county-wide
 */
public record MeasureListRow(
        long id,
        String code,
        String title,
        StrategyRef strategy,
        MeasureStatus status,
        int progress,
        LocalDate startDate,
        LocalDate deadline,
        boolean overdue,
        Lead lead,
        List<String> fields,
        List<String> partners,
        boolean countyWide,
        List<String> territories,
        BigDecimal budgetPlanned,
        BigDecimal budgetApproved,
        BigDecimal budgetSpent,
        boolean modelTrial,
        boolean exampleData) {}
