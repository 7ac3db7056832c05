package de.lotse.planning.web;

import de.lotse.planning.AdoptingDecision;
import de.lotse.planning.PaperNumber;
import de.lotse.planning.PlanningProblem;
import de.lotse.planning.Section;
import de.lotse.planning.SectionKind;
import de.lotse.planning.Strategy;
import de.lotse.planning.StrategyDraft;
import de.lotse.planning.StrategyStatus;
import de.lotse.planning.StrategyType;
import java.util.ArrayList;
import java.util.List;

/** The strategy form as the browser sends it: every field as text, sections as rows ({@code sections[0].title}). */
public class StrategyForm {

    public String key;
    public String type;
    public String title;
    public String subtitle;
    public String territoryId;
    public String edition;
    public String status = "DRAFT";
    public String decisionBodyId;
    public String decisionDate;
    public String decisionPaper;
    public String steeringBodyId;
    public String leadOrganisationId;
    public String periodStart;
    public String periodEnd;
    public String summary;
    public String predecessorId;
    public String sourceNote;
    public boolean exampleData;
    public List<SectionRow> sections = new ArrayList<>();
    public Long version;
    /** "sections" when the user asked for another section row. */
    public String add;

    /** A section row. */
    public static class SectionRow {
        public String kind;
        public String title;
        public String body;

        boolean blank() {
            return MeasureForm.isBlank(kind) && MeasureForm.isBlank(title) && MeasureForm.isBlank(body);
        }
    }

    static StrategyForm of(Strategy s) {
        StrategyForm f = new StrategyForm();
        f.key = s.key();
        f.type = s.type().name();
        f.title = s.title();
        f.subtitle = s.subtitle();
        f.territoryId = FormText.id(s.territoryId());
        f.edition = s.edition();
        f.status = s.status().name();
        f.decisionBodyId = FormText.id(s.decision().bodyId());
        f.decisionDate = FormText.iso(s.decision().date());
        f.decisionPaper =
                s.decision().paper() == null ? "" : s.decision().paper().value();
        f.steeringBodyId = FormText.id(s.steeringBodyId());
        f.leadOrganisationId = FormText.id(s.leadOrganisationId());
        f.periodStart = FormText.iso(s.periodStart());
        f.periodEnd = FormText.iso(s.periodEnd());
        f.summary = s.summary();
        f.predecessorId = FormText.id(s.predecessorId());
        f.sourceNote = s.sourceNote();
        f.exampleData = s.exampleData();
        for (Section section : s.sections()) {
            SectionRow r = new SectionRow();
            r.kind = section.kind().name();
            r.title = section.title();
            r.body = section.body();
            f.sections.add(r);
        }
        f.version = s.version();
        return f;
    }

    void ensureRows() {
        if (sections.isEmpty()) {
            sections.add(new SectionRow());
        }
    }

    StrategyDraft toDraft(String fixedKey, List<PlanningProblem> problems) {
        PaperNumber paper = null;
        if (!MeasureForm.isBlank(decisionPaper)) {
            if (PaperNumber.isValid(decisionPaper)) {
                paper = PaperNumber.of(decisionPaper);
            } else {
                problems.add(new PlanningProblem("decisionPaper", "strategy.error.paperNumber", "e.g. 2014/026"));
            }
        }
        AdoptingDecision decision = new AdoptingDecision(
                FormText.id(decisionBodyId), FormText.date(decisionDate, "decisionDate", problems), paper);
        List<Section> list = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionRow r = sections.get(i);
            if (r.blank()) {
                continue;
            }
            SectionKind kind = MeasureForm.enumOf(SectionKind.class, r.kind);
            if (kind == null) {
                problems.add(new PlanningProblem("sections[" + i + "].kind", "strategy.error.required", "required"));
            } else if (MeasureForm.isBlank(r.title)) {
                problems.add(new PlanningProblem("sections[" + i + "].title", "strategy.error.required", "required"));
            } else if (MeasureForm.isBlank(r.body)) {
                problems.add(new PlanningProblem("sections[" + i + "].body", "strategy.error.required", "required"));
            } else {
                list.add(new Section(kind, r.title, r.body));
            }
        }
        return new StrategyDraft(
                fixedKey == null ? key : fixedKey,
                MeasureForm.enumOf(StrategyType.class, type),
                title,
                subtitle,
                FormText.id(territoryId),
                edition,
                MeasureForm.enumOf(StrategyStatus.class, status),
                decision,
                FormText.id(steeringBodyId),
                FormText.id(leadOrganisationId),
                FormText.date(periodStart, "periodStart", problems),
                FormText.date(periodEnd, "periodEnd", problems),
                summary,
                FormText.id(predecessorId),
                sourceNote,
                exampleData,
                list);
    }
}
