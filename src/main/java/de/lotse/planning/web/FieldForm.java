package de.lotse.planning.web;

import de.lotse.planning.FieldDraft;
import de.lotse.planning.FieldOfAction;
import de.lotse.planning.Objective;
import de.lotse.planning.ObjectiveDraft;
import java.util.ArrayList;
import java.util.List;

/** The form of a field of action with its objectives as rows ({@code objectives[0].title}). */
public class FieldForm {

    public String code;
    public String title;
    public String situation;
    public String description;
    public List<Long> aspectIds = new ArrayList<>();
    public List<ObjectiveRow> objectives = new ArrayList<>();
    public Long version;
    /** "objectives" when the user asked for another objective row. */
    public String add;

    /** An objective row; id is empty for a new objective. */
    public static class ObjectiveRow {
        public Long id;
        public String code;
        public String title;
        public String description;
        public List<Long> aspectIds = new ArrayList<>();
    }

    static FieldForm of(FieldOfAction f) {
        FieldForm form = new FieldForm();
        form.code = f.code();
        form.title = f.title();
        form.situation = f.situation();
        form.description = f.description();
        form.aspectIds = new ArrayList<>(f.aspectIds());
        for (Objective o : f.objectives()) {
            ObjectiveRow r = new ObjectiveRow();
            r.id = o.id();
            r.code = o.code();
            r.title = o.title();
            r.description = o.description();
            r.aspectIds = new ArrayList<>(o.aspectIds());
            form.objectives.add(r);
        }
        form.version = f.version();
        return form;
    }

    void ensureRows() {
        if (objectives.isEmpty() || objectives.getLast().id != null) {
            objectives.add(new ObjectiveRow());
        }
    }

    /** The draft; new rows left blank are ignored, existing objectives keep their id. */
    FieldDraft toDraft() {
        List<ObjectiveDraft> list = new ArrayList<>();
        for (ObjectiveRow r : objectives) {
            boolean blank =
                    MeasureForm.isBlank(r.code) && MeasureForm.isBlank(r.title) && MeasureForm.isBlank(r.description);
            if (r.id == null && blank) {
                continue;
            }
            list.add(new ObjectiveDraft(r.id, r.code, r.title, r.description, r.aspectIds));
        }
        return new FieldDraft(code, title, situation, description, aspectIds, list);
    }
}
