package de.lotse.planning.web;

import de.lotse.indicator.LifeStage;
import de.lotse.planning.Activity;
import de.lotse.planning.ActivityKind;
import de.lotse.planning.Budget;
import de.lotse.planning.CostCategory;
import de.lotse.planning.CostItem;
import de.lotse.planning.Funding;
import de.lotse.planning.LinkKind;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureDraft;
import de.lotse.planning.MeasureLink;
import de.lotse.planning.MeasureStatus;
import de.lotse.planning.Money;
import de.lotse.planning.PaperNumber;
import de.lotse.planning.Partner;
import de.lotse.planning.StatusReport;
import de.lotse.planning.TrialSite;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Request and response records of the measure API; dates are ISO dates, amounts are euros. */
final class MeasureJson {

    private MeasureJson() {}

    /** One measure in a list. */
    record Summary(
            long id,
            long strategyId,
            String code,
            String title,
            MeasureStatus status,
            int progress,
            LocalDate deadline,
            boolean overdue,
            Long leadOrganisationId,
            long version) {

        static Summary of(Measure m, LocalDate today) {
            return new Summary(
                    m.id(),
                    m.strategyId(),
                    m.code(),
                    m.title(),
                    m.status(),
                    m.progress(),
                    m.deadline(),
                    m.isOverdue(today),
                    m.leadOrganisationId(),
                    m.version());
        }
    }

    /** A referenced thing with its name, for reading. */
    record Ref(long id, String key, String name) {}

    /** The lead: an organisation of the register (id, name) and/or the lead as the document names it (note). */
    record Lead(Long organisationId, String name, String note) {}

    record PartnerJson(long organisationId, String name, String role) {}

    record BudgetJson(BigDecimal planned, BigDecimal approved, BigDecimal spent) {}

    record CostItemJson(
            CostCategory category, String label, BigDecimal planned, BigDecimal approved, BigDecimal spent) {}

    record FundingJson(
            String source,
            String programme,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal sharePercent,
            BigDecimal amount) {}

    record TrialSiteJson(Long territoryId, Long organisationId, String description) {}

    record LinkJson(LinkKind kind, String label, String paperNumber, String url) {}

    record ActivityJson(
            ActivityKind kind, LocalDate onDate, String title, String description, Long territoryId, Long bodyId) {}

    record StatusReportJson(
            long id,
            Instant reportedAt,
            LocalDate asOf,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Username of the author; null unless the caller is a planner, an"
                            + " administrator or the author (usernames are not public)")
            String author,

            MeasureStatus status,
            int progress,
            String text) {

        static StatusReportJson of(StatusReport r) {
            return new StatusReportJson(
                    r.id(),
                    r.reportedAt(),
                    r.asOf(),
                    VisibleUsernames.visible(r.author()),
                    r.status(),
                    r.progress(),
                    r.text());
        }
    }

    /** A status report to add; without progress the current one stays (100 for DONE). */
    record StatusReportRequest(LocalDate asOf, MeasureStatus status, Integer progress, String text, Boolean reopen) {}

    /** A measure with all its details. */
    record Detail(
            long id,
            long strategyId,
            int position,
            String code,
            String title,
            String description,
            Lead lead,
            List<PartnerJson> partners,
            List<Ref> fields,
            List<Ref> objectives,
            boolean countyWide,
            List<Ref> territories,
            List<String> targetGroups,
            List<LifeStage> lifeStages,
            List<Ref> aspects,
            LocalDate startDate,
            LocalDate deadline,
            MeasureStatus status,
            int progress,
            boolean overdue,
            BudgetJson budget,
            List<CostItemJson> costItems,
            List<FundingJson> funding,
            boolean modelTrial,
            List<TrialSiteJson> trialSites,
            List<LinkJson> links,
            List<ActivityJson> activities,
            List<StatusReportJson> statusReports,
            String sourceNote,
            boolean exampleData,
            long version,
            Instant updatedAt,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Who changed it last; null unless the caller is a planner, an administrator"
                            + " or that user (usernames are not public)")
            String updatedBy) {}

    /** A measure to create or the new content of one (PUT replaces everything; the strategy cannot change). */
    record Request(
            Long strategyId,
            String code,
            String title,
            String description,
            Long leadOrganisationId,
            String leadNote,
            Boolean countyWide,
            List<Long> territoryIds,
            LocalDate startDate,
            LocalDate deadline,
            List<Long> fieldIds,
            List<Long> objectiveIds,
            List<PartnerJson> partners,
            List<String> targetGroups,
            List<LifeStage> lifeStages,
            List<Long> aspectIds,
            BudgetJson budget,
            List<CostItemJson> costItems,
            List<FundingJson> funding,
            Boolean modelTrial,
            List<TrialSiteJson> trialSites,
            List<LinkJson> links,
            List<ActivityJson> activities,
            String sourceNote,
            Boolean exampleData) {

        /** The draft, or the problems of the parts that are no valid values (amounts, paper numbers, …). */
        MeasureDraft toDraft(long strategy, List<de.lotse.planning.PlanningProblem> problems) {
            Budget b = budget == null
                    ? Budget.UNKNOWN
                    : new Budget(
                            money(budget.planned(), "budget.planned", problems),
                            money(budget.approved(), "budget.approved", problems),
                            money(budget.spent(), "budget.spent", problems));
            List<CostItem> costs = rows(
                    costItems,
                    "costItems",
                    problems,
                    c -> new CostItem(
                            c.category(),
                            c.label(),
                            Money.ofNullable(c.planned()),
                            Money.ofNullable(c.approved()),
                            Money.ofNullable(c.spent())));
            List<Funding> fundings = rows(
                    funding,
                    "funding",
                    problems,
                    f -> new Funding(
                            f.source(),
                            f.programme(),
                            f.periodStart(),
                            f.periodEnd(),
                            f.sharePercent(),
                            Money.ofNullable(f.amount())));
            List<TrialSite> sites = rows(
                    trialSites,
                    "trialSites",
                    problems,
                    s -> new TrialSite(s.territoryId(), s.organisationId(), s.description()));
            List<MeasureLink> linkList = rows(
                    links,
                    "links",
                    problems,
                    l -> new MeasureLink(
                            l.kind(),
                            l.label(),
                            l.paperNumber() == null || l.paperNumber().isBlank()
                                    ? null
                                    : PaperNumber.of(l.paperNumber()),
                            l.url()));
            List<Activity> acts = rows(
                    activities,
                    "activities",
                    problems,
                    a -> new Activity(a.kind(), a.onDate(), a.title(), a.description(), a.territoryId(), a.bodyId()));
            List<Partner> partnerList =
                    rows(partners, "partners", problems, p -> new Partner(p.organisationId(), p.role()));
            return new MeasureDraft(
                    strategy,
                    code,
                    title,
                    description,
                    leadOrganisationId,
                    leadNote,
                    countyWide == null || countyWide,
                    startDate,
                    deadline,
                    b,
                    Boolean.TRUE.equals(modelTrial),
                    sourceNote,
                    Boolean.TRUE.equals(exampleData),
                    fieldIds,
                    objectiveIds,
                    partnerList,
                    territoryIds,
                    targetGroups,
                    lifeStages == null
                            ? EnumSet.noneOf(LifeStage.class)
                            : lifeStages.stream()
                                    .filter(java.util.Objects::nonNull)
                                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifeStage.class))),
                    aspectIds,
                    costs,
                    fundings,
                    sites,
                    linkList,
                    acts);
        }
    }

    private static Money money(BigDecimal euros, String field, List<de.lotse.planning.PlanningProblem> problems) {
        return convert(() -> Money.ofNullable(euros), field, problems);
    }

    private static <T, R> List<R> rows(
            List<T> rows,
            String field,
            List<de.lotse.planning.PlanningProblem> problems,
            java.util.function.Function<T, R> convert) {
        List<R> result = new ArrayList<>();
        if (rows == null) {
            return result;
        }
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            R converted = convert(() -> convert.apply(row), field + "[" + i + "]", problems);
            if (converted != null) {
                result.add(converted);
            }
        }
        return result;
    }

    private static <R> R convert(Supplier<R> supplier, String field, List<de.lotse.planning.PlanningProblem> problems) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new de.lotse.planning.PlanningProblem(
                    field, "strategy.error.invalid", e.getMessage() == null ? "invalid" : e.getMessage()));
            return null;
        }
    }
}
