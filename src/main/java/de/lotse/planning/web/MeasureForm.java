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
import de.lotse.planning.Money;
import de.lotse.planning.PaperNumber;
import de.lotse.planning.Partner;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.TrialSite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The measure form as the browser sends it: every field as text, rows of the lists (partners, cost items, funding,
 * trial sites, links, activities, target groups) bound by index ({@code costItems[1].label}); rows left blank are
 * ignored. Bound by field access (see {@link MeasureEditController}).
 */
public class MeasureForm {

    public String code;
    public String title;
    public String description;
    public String leadOrganisationId;
    public String leadNote;
    public boolean countyWide = true;
    public String startDate;
    public String deadline;
    public String budgetPlanned;
    public String budgetApproved;
    public String budgetSpent;
    public boolean modelTrial;
    public String sourceNote;
    public boolean exampleData;
    public List<Long> fieldIds = new ArrayList<>();
    public List<Long> objectiveIds = new ArrayList<>();
    public List<Long> territoryIds = new ArrayList<>();
    public List<Long> aspectIds = new ArrayList<>();
    public List<String> lifeStages = new ArrayList<>();
    public List<String> targetGroups = new ArrayList<>();
    public List<PartnerRow> partners = new ArrayList<>();
    public List<CostRow> costItems = new ArrayList<>();
    public List<FundingRow> funding = new ArrayList<>();
    public List<SiteRow> trialSites = new ArrayList<>();
    public List<LinkRow> links = new ArrayList<>();
    public List<ActivityRow> activities = new ArrayList<>();
    public Long version;
    /** The list that gets another empty row ("weitere Zeile"), or null for a save. */
    public String add;

    /** A partner row. */
    public static class PartnerRow {
        public String organisationId;
        public String role;

        boolean blank() {
            return isBlank(organisationId) && isBlank(role);
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
            return isBlank(category) && isBlank(label) && isBlank(planned) && isBlank(approved) && isBlank(spent);
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
            return isBlank(territoryId) && isBlank(organisationId) && isBlank(description);
        }
    }

    /** A link row. */
    public static class LinkRow {
        public String kind;
        public String label;
        public String paperNumber;
        public String url;

        boolean blank() {
            return isBlank(kind) && isBlank(label) && isBlank(paperNumber) && isBlank(url);
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

    /** The form filled with a measure's content. */
    static MeasureForm of(Measure m) {
        MeasureForm f = new MeasureForm();
        f.code = m.code();
        f.title = m.title();
        f.description = m.description();
        f.leadOrganisationId = FormText.id(m.leadOrganisationId());
        f.leadNote = m.leadNote();
        f.countyWide = m.countyWide();
        f.startDate = FormText.iso(m.startDate());
        f.deadline = FormText.iso(m.deadline());
        f.budgetPlanned = FormText.euros(m.budget().planned());
        f.budgetApproved = FormText.euros(m.budget().approved());
        f.budgetSpent = FormText.euros(m.budget().spent());
        f.modelTrial = m.modelTrial();
        f.sourceNote = m.sourceNote();
        f.exampleData = m.exampleData();
        f.fieldIds = new ArrayList<>(m.fieldIds());
        f.objectiveIds = new ArrayList<>(m.objectiveIds());
        f.territoryIds = new ArrayList<>(m.territoryIds());
        f.aspectIds = new ArrayList<>(m.aspectIds());
        f.lifeStages =
                new ArrayList<>(m.lifeStages().stream().sorted().map(Enum::name).toList());
        f.targetGroups = new ArrayList<>(m.targetGroups());
        m.partners().forEach(p -> {
            PartnerRow r = new PartnerRow();
            r.organisationId = Long.toString(p.organisationId());
            r.role = p.role();
            f.partners.add(r);
        });
        m.costItems().forEach(c -> {
            CostRow r = new CostRow();
            r.category = c.category().name();
            r.label = c.label();
            r.planned = FormText.euros(c.planned());
            r.approved = FormText.euros(c.approved());
            r.spent = FormText.euros(c.spent());
            f.costItems.add(r);
        });
        m.funding().forEach(x -> {
            FundingRow r = new FundingRow();
            r.source = x.source();
            r.programme = x.programme();
            r.periodStart = FormText.iso(x.periodStart());
            r.periodEnd = FormText.iso(x.periodEnd());
            r.sharePercent = x.sharePercent() == null
                    ? ""
                    : x.sharePercent().stripTrailingZeros().toPlainString();
            r.amount = FormText.euros(x.amount());
            f.funding.add(r);
        });
        m.trialSites().forEach(s -> {
            SiteRow r = new SiteRow();
            r.territoryId = FormText.id(s.territoryId());
            r.organisationId = FormText.id(s.organisationId());
            r.description = s.description();
            f.trialSites.add(r);
        });
        m.links().forEach(l -> {
            LinkRow r = new LinkRow();
            r.kind = l.kind().name();
            r.label = l.label();
            r.paperNumber = l.paperNumber() == null ? "" : l.paperNumber().value();
            r.url = l.url();
            f.links.add(r);
        });
        m.activities().forEach(a -> {
            ActivityRow r = new ActivityRow();
            r.kind = a.kind().name();
            r.onDate = FormText.iso(a.onDate());
            r.title = a.title();
            r.description = a.description();
            r.territoryId = FormText.id(a.territoryId());
            r.bodyId = FormText.id(a.bodyId());
            f.activities.add(r);
        });
        f.version = m.version();
        return f;
    }

    /** Adds the row the user asked for; true when the form asked for one. */
    boolean addRow() {
        if (add == null || add.isBlank()) {
            return false;
        }
        switch (add) {
            case "targetGroups" -> targetGroups.add("");
            case "partners" -> partners.add(new PartnerRow());
            case "costItems" -> costItems.add(new CostRow());
            case "funding" -> funding.add(new FundingRow());
            case "trialSites" -> trialSites.add(new SiteRow());
            case "links" -> links.add(new LinkRow());
            case "activities" -> activities.add(new ActivityRow());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Makes sure every list shows at least one (empty) row to fill in. */
    void ensureRows() {
        if (targetGroups.isEmpty()) {
            targetGroups.add("");
        }
        if (partners.isEmpty()) {
            partners.add(new PartnerRow());
        }
        if (costItems.isEmpty()) {
            costItems.add(new CostRow());
        }
        if (funding.isEmpty()) {
            funding.add(new FundingRow());
        }
        if (trialSites.isEmpty()) {
            trialSites.add(new SiteRow());
        }
        if (links.isEmpty()) {
            links.add(new LinkRow());
        }
        if (activities.isEmpty()) {
            activities.add(new ActivityRow());
        }
    }

    /** The draft, collecting the problems of texts that are no valid values (row fields named by index). */
    MeasureDraft toDraft(long strategyId, List<PlanningProblem> problems) {
        Budget budget = new Budget(
                FormText.money(budgetPlanned, "budgetPlanned", problems),
                FormText.money(budgetApproved, "budgetApproved", problems),
                FormText.money(budgetSpent, "budgetSpent", problems));
        Set<LifeStage> stages = EnumSet.noneOf(LifeStage.class);
        for (String s : lifeStages) {
            LifeStage stage = enumOf(LifeStage.class, s);
            if (stage != null) {
                stages.add(stage);
            }
        }
        return new MeasureDraft(
                strategyId,
                code,
                title,
                description,
                FormText.id(leadOrganisationId),
                leadNote,
                countyWide,
                FormText.date(startDate, "startDate", problems),
                FormText.date(deadline, "deadline", problems),
                budget,
                modelTrial,
                sourceNote,
                exampleData,
                fieldIds,
                objectiveIds,
                partners(problems),
                territoryIds,
                targetGroups,
                stages,
                aspectIds,
                costItems(problems),
                funding(problems),
                trialSites(problems),
                links(problems),
                activities(problems));
    }

    private List<Partner> partners(List<PlanningProblem> problems) {
        List<Partner> list = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            PartnerRow r = partners.get(i);
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

    private List<CostItem> costItems(List<PlanningProblem> problems) {
        List<CostItem> list = new ArrayList<>();
        for (int i = 0; i < costItems.size(); i++) {
            CostRow r = costItems.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "costItems[" + i + "].";
            int before = problems.size();
            required(enumOf(CostCategory.class, r.category) == null ? null : r.category, p + "category", problems);
            required(r.label, p + "label", problems);
            Money planned = FormText.money(r.planned, p + "planned", problems);
            Money approved = FormText.money(r.approved, p + "approved", problems);
            Money spent = FormText.money(r.spent, p + "spent", problems);
            if (problems.size() == before) {
                list.add(new CostItem(CostCategory.valueOf(r.category), r.label, planned, approved, spent));
            }
        }
        return list;
    }

    private List<Funding> funding(List<PlanningProblem> problems) {
        List<Funding> list = new ArrayList<>();
        for (int i = 0; i < funding.size(); i++) {
            FundingRow r = funding.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "funding[" + i + "].";
            int before = problems.size();
            required(r.source, p + "source", problems);
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

    private List<TrialSite> trialSites(List<PlanningProblem> problems) {
        List<TrialSite> list = new ArrayList<>();
        for (int i = 0; i < trialSites.size(); i++) {
            SiteRow r = trialSites.get(i);
            if (r.blank()) {
                continue;
            }
            if (required(r.description, "trialSites[" + i + "].description", problems)) {
                list.add(new TrialSite(FormText.id(r.territoryId), FormText.id(r.organisationId), r.description));
            }
        }
        return list;
    }

    private List<MeasureLink> links(List<PlanningProblem> problems) {
        List<MeasureLink> list = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            LinkRow r = links.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "links[" + i + "].";
            int before = problems.size();
            required(enumOf(LinkKind.class, r.kind) == null ? null : r.kind, p + "kind", problems);
            required(r.label, p + "label", problems);
            boolean paper = "COUNCIL_PAPER".equals(r.kind);
            if (paper && !PaperNumber.isValid(r.paperNumber)) {
                problems.add(new PlanningProblem(p + "paperNumber", "strategy.error.paperNumber", "e.g. 2014/026"));
            } else if (!paper && !isBlank(r.paperNumber) && !PaperNumber.isValid(r.paperNumber)) {
                problems.add(new PlanningProblem(p + "paperNumber", "strategy.error.paperNumber", "e.g. 2014/026"));
            }
            boolean url = !isBlank(r.url);
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
                        isBlank(r.paperNumber) ? null : PaperNumber.of(r.paperNumber),
                        r.url));
            }
        }
        return list;
    }

    private List<Activity> activities(List<PlanningProblem> problems) {
        List<Activity> list = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityRow r = activities.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "activities[" + i + "].";
            int before = problems.size();
            required(enumOf(ActivityKind.class, r.kind) == null ? null : r.kind, p + "kind", problems);
            required(r.onDate, p + "onDate", problems);
            LocalDate on = FormText.date(r.onDate, p + "onDate", problems);
            required(r.title, p + "title", problems);
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

    private static boolean required(String text, String field, List<PlanningProblem> problems) {
        if (isBlank(text)) {
            problems.add(new PlanningProblem(field, "strategy.error.required", "required"));
            return false;
        }
        return true;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (isBlank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
