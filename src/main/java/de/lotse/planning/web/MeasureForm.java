package de.lotse.planning.web;

import de.lotse.indicator.LifeStage;
import de.lotse.planning.Budget;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureDraft;
import de.lotse.planning.PlanningProblem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    public List<MeasureFormRows.PartnerRow> partners = new ArrayList<>();
    public List<MeasureFormRows.CostRow> costItems = new ArrayList<>();
    public List<MeasureFormRows.FundingRow> funding = new ArrayList<>();
    public List<MeasureFormRows.SiteRow> trialSites = new ArrayList<>();
    public List<MeasureFormRows.LinkRow> links = new ArrayList<>();
    public List<MeasureFormRows.ActivityRow> activities = new ArrayList<>();
    public Long version;
    /** The list that gets another empty row ("weitere Zeile"), or null for a save. */
    public String add;

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
            MeasureFormRows.PartnerRow r = new MeasureFormRows.PartnerRow();
            r.organisationId = Long.toString(p.organisationId());
            r.role = p.role();
            f.partners.add(r);
        });
        m.costItems().forEach(c -> {
            MeasureFormRows.CostRow r = new MeasureFormRows.CostRow();
            r.category = c.category().name();
            r.label = c.label();
            r.planned = FormText.euros(c.planned());
            r.approved = FormText.euros(c.approved());
            r.spent = FormText.euros(c.spent());
            f.costItems.add(r);
        });
        m.funding().forEach(x -> {
            MeasureFormRows.FundingRow r = new MeasureFormRows.FundingRow();
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
            MeasureFormRows.SiteRow r = new MeasureFormRows.SiteRow();
            r.territoryId = FormText.id(s.territoryId());
            r.organisationId = FormText.id(s.organisationId());
            r.description = s.description();
            f.trialSites.add(r);
        });
        m.links().forEach(l -> {
            MeasureFormRows.LinkRow r = new MeasureFormRows.LinkRow();
            r.kind = l.kind().name();
            r.label = l.label();
            r.paperNumber = l.paperNumber() == null ? "" : l.paperNumber().value();
            r.url = l.url();
            f.links.add(r);
        });
        m.activities().forEach(a -> {
            MeasureFormRows.ActivityRow r = new MeasureFormRows.ActivityRow();
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
            case "partners" -> partners.add(new MeasureFormRows.PartnerRow());
            case "costItems" -> costItems.add(new MeasureFormRows.CostRow());
            case "funding" -> funding.add(new MeasureFormRows.FundingRow());
            case "trialSites" -> trialSites.add(new MeasureFormRows.SiteRow());
            case "links" -> links.add(new MeasureFormRows.LinkRow());
            case "activities" -> activities.add(new MeasureFormRows.ActivityRow());
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
            partners.add(new MeasureFormRows.PartnerRow());
        }
        if (costItems.isEmpty()) {
            costItems.add(new MeasureFormRows.CostRow());
        }
        if (funding.isEmpty()) {
            funding.add(new MeasureFormRows.FundingRow());
        }
        if (trialSites.isEmpty()) {
            trialSites.add(new MeasureFormRows.SiteRow());
        }
        if (links.isEmpty()) {
            links.add(new MeasureFormRows.LinkRow());
        }
        if (activities.isEmpty()) {
            activities.add(new MeasureFormRows.ActivityRow());
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
                MeasureFormRows.partners(this, problems),
                territoryIds,
                targetGroups,
                stages,
                aspectIds,
                MeasureFormRows.costItems(this, problems),
                MeasureFormRows.funding(this, problems),
                MeasureFormRows.trialSites(this, problems),
                MeasureFormRows.links(this, problems),
                MeasureFormRows.activities(this, problems));
    }

    static boolean required(String text, String field, List<PlanningProblem> problems) {
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
