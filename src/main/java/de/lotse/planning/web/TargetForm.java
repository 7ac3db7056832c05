package de.lotse.planning.web;

import de.lotse.planning.Target;
import de.lotse.planning.TargetDraft;
import de.lotse.planning.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The planner's form for a target value: every field as the user typed it, so that nothing is lost when a save is
 * refused. Numbers may be written the German way (1.234,5) or with a decimal point (1234.5); dates come from a date
 * input (ISO) or as 31.12.2015.
 */
public class TargetForm {

    /** The fields in form order, for the error summary and the conflict message. */
    static final List<String> FIELDS = List.of(
            "title",
            "indicatorKey",
            "territoryKey",
            "targetGroup",
            "baselineValue",
            "baselinePeriod",
            "kind",
            "targetValue",
            "targetDate",
            "description",
            "sourceNote");

    private static final Pattern GERMAN_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private Long measureId;
    private Long objectiveId;
    private Long version;
    private String title;
    private String indicatorKey;
    private String territoryKey;
    private String targetGroup;
    private String baselineValue;
    private String baselinePeriod;
    private String kind = TargetKind.ABSOLUTE.name();
    private String targetValue;
    private String targetDate;
    private String description;
    private String sourceNote;

    /** The draft, or the message keys of the fields that cannot even be read (numbers, dates, the kind). */
    record Parsed(TargetDraft draft, Map<String, String> errors) {}

    static TargetForm of(Target t, String territoryKey, TargetFormat format) {
        TargetForm f = new TargetForm();
        f.measureId = t.measureId();
        f.objectiveId = t.objectiveId();
        f.version = t.version();
        f.title = t.title();
        f.indicatorKey = t.indicatorKey().value();
        f.territoryKey = territoryKey;
        f.targetGroup = t.targetGroup();
        f.baselineValue = format.plain(t.baselineValue());
        f.baselinePeriod =
                t.baselinePeriod() == null ? null : t.baselinePeriod().toString();
        f.kind = t.kind().name();
        f.targetValue = format.plain(t.targetValue());
        f.targetDate = t.targetDate().toString();
        f.description = t.description();
        f.sourceNote = t.sourceNote();
        return f;
    }

    Parsed parse(Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal baseline = number("baselineValue", baselineValue, locale, errors);
        BigDecimal value = number("targetValue", targetValue, locale, errors);
        LocalDate date = null;
        if (targetDate != null && !targetDate.isBlank()) {
            try {
                String t = targetDate.strip();
                date = t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")
                        ? LocalDate.parse(t, DateTimeFormatter.ofPattern("d.M.uuuu"))
                        : LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                errors.put("targetDate", "targets.error.date");
            }
        }
        TargetKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = TargetKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", "targets.error.required");
            }
        }
        TargetDraft draft = new TargetDraft(
                measureId,
                objectiveId,
                title,
                indicatorKey,
                territoryKey,
                targetGroup,
                baseline,
                baselinePeriod,
                parsedKind,
                value,
                date,
                description,
                sourceNote);
        return new Parsed(draft, errors);
    }

    /**
     * Reads 1.234,5, 1234,5 or 1.234 (German; dots in groups of three are thousands separators, a single other dot is a
     * decimal point, so 12.5 is twelve and a half) and 1234.5 or 1,234.5 (English); {@code null} for an empty field.
     */
    static BigDecimal number(String field, String text, Locale locale, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('\u2212', '-').replace(" ", "").replace("%", "");
        boolean english = "en".equals(locale.getLanguage());
        if (!english && (t.contains(",") || GERMAN_THOUSANDS.matcher(t).matches())) {
            t = t.replace(".", "").replace(',', '.');
        } else if (english) {
            t = t.replace(",", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.put(field, "targets.error.number");
            return null;
        }
    }

    public Long getMeasureId() {
        return measureId;
    }

    public void setMeasureId(Long measureId) {
        this.measureId = measureId;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIndicatorKey() {
        return indicatorKey;
    }

    public void setIndicatorKey(String indicatorKey) {
        this.indicatorKey = indicatorKey;
    }

    public String getTerritoryKey() {
        return territoryKey;
    }

    public void setTerritoryKey(String territoryKey) {
        this.territoryKey = territoryKey;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getBaselinePeriod() {
        return baselinePeriod;
    }

    public void setBaselinePeriod(String baselinePeriod) {
        this.baselinePeriod = baselinePeriod;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue;
    }

    public String getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(String targetDate) {
        this.targetDate = targetDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }
}
