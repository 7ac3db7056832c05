package de.lotse.indicator.web;

import de.lotse.indicator.Threshold;
import de.lotse.indicator.ThresholdDraft;

/** The threshold form of the management pages; all fields as text, validated by {@code Thresholds}. */
public class ThresholdForm {

    private String indicator = "";
    private String kind = "DEVIATION";
    private String direction = "WORSE";
    private String limit = "";
    private String scopeTerritory = "";
    private String scopeLevel = "";
    private String severity = "NOTICE";
    private String note = "";
    private long version;

    static ThresholdForm of(Threshold t) {
        ThresholdForm form = new ThresholdForm();
        form.indicator = t.indicator().value();
        form.kind = t.rule().kind().name();
        form.direction = t.rule().direction().name();
        form.limit = t.rule().limit().stripTrailingZeros().toPlainString();
        form.scopeTerritory =
                t.scopeTerritory() == null ? "" : t.scopeTerritory().key();
        form.scopeLevel = t.scopeLevel() == null ? "" : t.scopeLevel().name();
        form.severity = t.severity().name();
        form.note = t.note() == null ? "" : t.note();
        form.version = t.version();
        return form;
    }

    ThresholdDraft draft() {
        return new ThresholdDraft(kind, direction, limit, scopeTerritory, scopeLevel, severity, note);
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = limit;
    }

    public String getScopeTerritory() {
        return scopeTerritory;
    }

    public void setScopeTerritory(String scopeTerritory) {
        this.scopeTerritory = scopeTerritory;
    }

    public String getScopeLevel() {
        return scopeLevel;
    }

    public void setScopeLevel(String scopeLevel) {
        this.scopeLevel = scopeLevel;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
