package de.lotse.planning.web;

import de.lotse.planning.Activity;
import de.lotse.planning.ActivityKind;
import de.lotse.planning.CostCategory;
import de.lotse.planning.CostItem;
import de.lotse.planning.Funding;
import de.lotse.planning.LinkKind;
import de.lotse.planning.MeasureLink;
import de.lotse.planning.Money;
import de.lotse.planning.PaperNumber;
import de.lotse.planning.Partner;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.TrialSite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of the lists of the measure form (partners, cost items, funding, trial sites, links, activities) and
 * their conversion to value types; a row left blank is ignored, a row with problems names its fields by index
 * ({@code costItems[1].planned}).
 */
final class MeasureFormRows {

    private MeasureFormRows() {}

    /** A partner row. */
    public static class PartnerRow {
        public String organisationId;
        public String role;

        boolean blank() {
            return MeasureForm.isBlank(organisationId) && MeasureForm.isBlank(role);
        }
    }

    /** A cost item row. */
    public static class CostRow {
        public String category;
        public String label;
        public String planned;
        public String approved;
        public String spent;

        boolean blank() {
            return MeasureForm.isBlank(category)
                    && MeasureForm.isBlank(label)
                    && MeasureForm.isBlank(planned)
                    && MeasureForm.isBlank(approved)
                    && MeasureForm.isBlank(spent);
        }
    }

    /** A funding row. */
    public static class FundingRow {
        public String source;
        public String programme;
        public String periodStart;
        public String periodEnd;
        public String sharePercent;
        public String amount;

        boolean blank() {
            return Stream.of(source, programme, periodStart, periodEnd, sharePercent, amount)
                    .allMatch(MeasureForm::isBlank);
        }
    }

    /** A trial site row. */
    public static class SiteRow {
        public String territoryId;
        public String organisationId;
        public String description;

        boolean blank() {
            return MeasureForm.isBlank(territoryId)
                    && MeasureForm.isBlank(organisationId)
                    && MeasureForm.isBlank(description);
        }
    }

    /** A link row. */
    public static class LinkRow {
        public String kind;
        public String label;
        public String paperNumber;
        public String url;

        boolean blank() {
            return MeasureForm.isBlank(kind)
                    && MeasureForm.isBlank(label)
                    && MeasureForm.isBlank(paperNumber)
                    && MeasureForm.isBlank(url);
        }
    }

    /** An activity row. */
    public static class ActivityRow {
        public String kind;
        public String onDate;
        public String title;
        public String description;
        public String territoryId;
        public String bodyId;

        boolean blank() {
            return Stream.of(kind, onDate, title, description, territoryId, bodyId)
                    .allMatch(MeasureForm::isBlank);
        }
    }

    static List<Partner> partners(MeasureForm form, List<PlanningProblem> problems) {
        List<Partner> list = new ArrayList<>();
        for (int i = 0; i < form.partners.size(); i++) {
            PartnerRow r = form.partners.get(i);
            if (r.blank()) {
                continue;
            }
            Long id = FormText.id(r.organisationId);
            if (id == null) {
                problems.add(new PlanningProblem(
                        "partners[" + i + "].organisationId", "strategy.error.required", "required"));
            } else {
                list.add(new Partner(id, r.role));
            }
        }
        return list;
    }

    static List<CostItem> costItems(MeasureForm form, List<PlanningProblem> problems) {
        List<CostItem> list = new ArrayList<>();
        for (int i = 0; i < form.costItems.size(); i++) {
            CostRow r = form.costItems.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "costItems[" + i + "].";
            int before = problems.size();
            MeasureForm.required(
                    MeasureForm.enumOf(CostCategory.class, r.category) == null ? null : r.category,
                    p + "category",
                    problems);
            MeasureForm.required(r.label, p + "label", problems);
            Money planned = FormText.money(r.planned, p + "planned", problems);
            Money approved = FormText.money(r.approved, p + "approved", problems);
            Money spent = FormText.money(r.spent, p + "spent", problems);
            if (problems.size() == before) {
                list.add(new CostItem(CostCategory.valueOf(r.category), r.label, planned, approved, spent));
            }
        }
        return list;
    }

    static List<Funding> funding(MeasureForm form, List<PlanningProblem> problems) {
        List<Funding> list = new ArrayList<>();
        for (int i = 0; i < form.funding.size(); i++) {
            FundingRow r = form.funding.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "funding[" + i + "].";
            int before = problems.size();
            MeasureForm.required(r.source, p + "source", problems);
            LocalDate start = FormText.date(r.periodStart, p + "periodStart", problems);
            LocalDate end = FormText.date(r.periodEnd, p + "periodEnd", problems);
            BigDecimal share = FormText.percent(r.sharePercent, p + "sharePercent", problems);
            Money amount = FormText.money(r.amount, p + "amount", problems);
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new PlanningProblem(p + "periodEnd", "strategy.error.endBeforeStart", "before start"));
            }
            if (problems.size() == before) {
                list.add(new Funding(r.source, r.programme, start, end, share, amount));
            }
        }
        return list;
    }

    static List<TrialSite> trialSites(MeasureForm form, List<PlanningProblem> problems) {
        List<TrialSite> list = new ArrayList<>();
        for (int i = 0; i < form.trialSites.size(); i++) {
            SiteRow r = form.trialSites.get(i);
            if (r.blank()) {
                continue;
            }
            if (MeasureForm.required(r.description, "trialSites[" + i + "].description", problems)) {
                list.add(new TrialSite(FormText.id(r.territoryId), FormText.id(r.organisationId), r.description));
            }
        }
        return list;
    }

    static List<MeasureLink> links(MeasureForm form, List<PlanningProblem> problems) {
        List<MeasureLink> list = new ArrayList<>();
        for (int i = 0; i < form.links.size(); i++) {
            LinkRow r = form.links.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "links[" + i + "].";
            int before = problems.size();
            MeasureForm.required(
                    MeasureForm.enumOf(LinkKind.class, r.kind) == null ? null : r.kind, p + "kind", problems);
            MeasureForm.required(r.label, p + "label", problems);
            boolean paper = "COUNCIL_PAPER".equals(r.kind);
            if (paper && !PaperNumber.isValid(r.paperNumber)) {
                problems.add(new PlanningProblem(p + "paperNumber", "strategy.error.paperNumber", "e.g. 2014/026"));
            } else if (!paper && !MeasureForm.isBlank(r.paperNumber) && !PaperNumber.isValid(r.paperNumber)) {
                problems.add(new PlanningProblem(p + "paperNumber", "strategy.error.paperNumber", "e.g. 2014/026"));
            }
            boolean url = !MeasureForm.isBlank(r.url);
            if ((!paper && !url)
                    || (url
                            && !(r.url.strip().startsWith("https://")
                                    || r.url.strip().startsWith("http://")))) {
                problems.add(new PlanningProblem(p + "url", "strategy.error.url", "https://…"));
            }
            if (problems.size() == before) {
                list.add(new MeasureLink(
                        LinkKind.valueOf(r.kind),
                        r.label,
                        MeasureForm.isBlank(r.paperNumber) ? null : PaperNumber.of(r.paperNumber),
                        r.url));
            }
        }
        return list;
    }

    static List<Activity> activities(MeasureForm form, List<PlanningProblem> problems) {
        List<Activity> list = new ArrayList<>();
        for (int i = 0; i < form.activities.size(); i++) {
            ActivityRow r = form.activities.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "activities[" + i + "].";
            int before = problems.size();
            MeasureForm.required(
                    MeasureForm.enumOf(ActivityKind.class, r.kind) == null ? null : r.kind, p + "kind", problems);
            MeasureForm.required(r.onDate, p + "onDate", problems);
            LocalDate on = FormText.date(r.onDate, p + "onDate", problems);
            MeasureForm.required(r.title, p + "title", problems);
            if (problems.size() == before) {
                list.add(new Activity(
                        ActivityKind.valueOf(r.kind),
                        on,
                        r.title,
                        r.description,
                        FormText.id(r.territoryId),
                        FormText.id(r.bodyId)));
            }
        }
        return list;
    }
}
