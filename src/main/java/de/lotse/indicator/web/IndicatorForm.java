package de.lotse.indicator.web;

import de.lotse.indicator.Formula;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The create/edit form of an indicator as the browser sends it: every field as text, bound by name. {@link #input()}
 * hands it to the same validation as the write API; {@link #FIELDS} maps the API's JSON paths to the form's fields, so
 * that problems and changed fields land at the right input.
 */
public class IndicatorForm {

    /** Form field by JSON path (problems of {@link IndicatorInput}). */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("key", "key"),
            Map.entry("name.de", "nameDe"),
            Map.entry("name.en", "nameEn"),
            Map.entry("shortName.de", "shortNameDe"),
            Map.entry("shortName.en", "shortNameEn"),
            Map.entry("definition", "definition"),
            Map.entry("interpretation", "interpretation"),
            Map.entry("formula.type", "formulaType"),
            Map.entry("formula.numerator", "numerator"),
            Map.entry("formula.denominator", "denominator"),
            Map.entry("formula.factor", "factor"),
            Map.entry("formula.expression", "expression"),
            Map.entry("unit", "unit"),
            Map.entry("decimals", "decimals"),
            Map.entry("source.publisher", "publisher"),
            Map.entry("source.statistic", "statistic"),
            Map.entry("source.tableCode", "tableCode"),
            Map.entry("licence", "licence"),
            Map.entry("attribution", "attribution"),
            Map.entry("referenceDate.rule", "referenceDateRule"),
            Map.entry("referenceDate.note", "referenceDateNote"),
            Map.entry("levels", "levels"),
            Map.entry("polarity", "polarity"),
            Map.entry("topic", "topic"),
            Map.entry("lifeStages", "lifeStages"),
            Map.entry("kind", "kind"),
            Map.entry("confidentiality.minimumCount", "minimumCount"),
            Map.entry("confidentiality.minimumDenominator", "minimumDenominator"));

    /**
     * The id of the first input of each group of radio buttons or checkboxes, the target of error links; problems of
     * the whole form link to the form.
     */
    static final Map<String, String> GROUP_ANCHORS = Map.of(
            "formulaType", "formulaType-RAW",
            "levels", "levels-STATE",
            "polarity", "polarity-HIGHER_IS_BETTER",
            "lifeStages", "lifeStages-PREGNANCY_BIRTH",
            "kind", "kind-POPULATION_INDICATOR",
            "form", "indicator-form");

    /** The groups of fields {@link IndicatorDefinition#changesFrom} names, with the form fields they cover. */
    static final Map<String, List<String>> CHANGE_FIELDS = changeFields();

    private String key;
    private String nameDe;
    private String nameEn;
    private String shortNameDe;
    private String shortNameEn;
    private String definition;
    private String interpretation;
    private String formulaType = "RAW";
    private String numerator;
    private String denominator;
    private String factor;
    private String expression;
    private String unit;
    private String decimals = "0";
    private String publisher;
    private String statistic;
    private String tableCode;
    private String licence;
    private String attribution;
    private String referenceDateRule;
    private String referenceDateNote;
    private List<String> levels = new ArrayList<>();
    private String polarity;
    private String topic;
    private List<String> lifeStages = new ArrayList<>();
    private String kind;
    private String minimumCount;
    private String minimumDenominator;
    private Long revision;

    /** The form filled with an indicator's current definition. */
    static IndicatorForm of(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        IndicatorForm f = new IndicatorForm();
        f.key = d.key().value();
        f.nameDe = d.name().de();
        f.nameEn = d.name().en();
        f.shortNameDe = d.shortName().de();
        f.shortNameEn = d.shortName().en();
        f.definition = d.definition();
        f.interpretation = d.interpretation();
        switch (d.formula()) {
            case Formula.Raw raw -> f.formulaType = "RAW";
            case Formula.Ratio r -> {
                f.formulaType = "RATIO";
                f.numerator = r.numerator().value();
                f.denominator = r.denominator().value();
                f.factor = r.factor().toPlainString();
            }
            case Formula.Expression e -> {
                f.formulaType = "EXPRESSION";
                f.expression = e.text();
            }
        }
        f.unit = d.unit();
        f.decimals = Integer.toString(d.decimals());
        f.publisher = d.source().publisher();
        f.statistic = d.source().statistic();
        f.tableCode = d.source().tableCode();
        f.licence = d.licence();
        f.attribution = d.attribution();
        f.referenceDateRule = d.referenceDate().rule().name();
        f.referenceDateNote = d.referenceDate().note();
        f.levels = new ArrayList<>(d.levels().stream().map(Enum::name).toList());
        f.polarity = d.polarity().name();
        f.topic = d.topic().name();
        f.lifeStages = new ArrayList<>(d.lifeStages().stream().map(Enum::name).toList());
        f.kind = d.kind().name();
        f.minimumCount = d.confidentiality().minimumCount() == null
                ? null
                : d.confidentiality().minimumCount().toString();
        f.minimumDenominator = d.confidentiality().minimumDenominator() == null
                ? null
                : d.confidentiality().minimumDenominator().toString();
        f.revision = indicator.revision();
        return f;
    }

    IndicatorInput input() {
        return new IndicatorInput(
                key,
                nameDe,
                nameEn,
                shortNameDe,
                shortNameEn,
                definition,
                interpretation,
                formulaType,
                numerator,
                denominator,
                factor,
                expression,
                unit,
                decimals,
                publisher,
                statistic,
                tableCode,
                licence,
                attribution,
                referenceDateRule,
                referenceDateNote,
                levels,
                polarity,
                topic,
                lifeStages,
                kind,
                minimumCount,
                minimumDenominator);
    }

    private static Map<String, List<String>> changeFields() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("name", List.of("nameDe", "nameEn"));
        m.put("shortName", List.of("shortNameDe", "shortNameEn"));
        m.put("definition", List.of("definition"));
        m.put("interpretation", List.of("interpretation"));
        m.put("formula", List.of("formulaType", "numerator", "denominator", "factor", "expression"));
        m.put("unit", List.of("unit"));
        m.put("decimals", List.of("decimals"));
        m.put("source.publisher", List.of("publisher"));
        m.put("source.statistic", List.of("statistic"));
        m.put("source.tableCode", List.of("tableCode"));
        m.put("licence", List.of("licence"));
        m.put("attribution", List.of("attribution"));
        m.put("referenceDate", List.of("referenceDateRule", "referenceDateNote"));
        m.put("levels", List.of("levels"));
        m.put("polarity", List.of("polarity"));
        m.put("topic", List.of("topic"));
        m.put("lifeStages", List.of("lifeStages"));
        m.put("kind", List.of("kind"));
        m.put("confidentiality", List.of("minimumCount", "minimumDenominator"));
        return m;
    }

    // getters and setters for data binding

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getShortNameDe() {
        return shortNameDe;
    }

    public void setShortNameDe(String shortNameDe) {
        this.shortNameDe = shortNameDe;
    }

    public String getShortNameEn() {
        return shortNameEn;
    }

    public void setShortNameEn(String shortNameEn) {
        this.shortNameEn = shortNameEn;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getInterpretation() {
        return interpretation;
    }

    public void setInterpretation(String interpretation) {
        this.interpretation = interpretation;
    }

    public String getFormulaType() {
        return formulaType;
    }

    public void setFormulaType(String formulaType) {
        this.formulaType = formulaType;
    }

    public String getNumerator() {
        return numerator;
    }

    public void setNumerator(String numerator) {
        this.numerator = numerator;
    }

    public String getDenominator() {
        return denominator;
    }

    public void setDenominator(String denominator) {
        this.denominator = denominator;
    }

    public String getFactor() {
        return factor;
    }

    public void setFactor(String factor) {
        this.factor = factor;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDecimals() {
        return decimals;
    }

    public void setDecimals(String decimals) {
        this.decimals = decimals;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getStatistic() {
        return statistic;
    }

    public void setStatistic(String statistic) {
        this.statistic = statistic;
    }

    public String getTableCode() {
        return tableCode;
    }

    public void setTableCode(String tableCode) {
        this.tableCode = tableCode;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution;
    }

    public String getReferenceDateRule() {
        return referenceDateRule;
    }

    public void setReferenceDateRule(String referenceDateRule) {
        this.referenceDateRule = referenceDateRule;
    }

    public String getReferenceDateNote() {
        return referenceDateNote;
    }

    public void setReferenceDateNote(String referenceDateNote) {
        this.referenceDateNote = referenceDateNote;
    }

    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = levels == null ? new ArrayList<>() : levels;
    }

    public String getPolarity() {
        return polarity;
    }

    public void setPolarity(String polarity) {
        this.polarity = polarity;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public List<String> getLifeStages() {
        return lifeStages;
    }

    public void setLifeStages(List<String> lifeStages) {
        this.lifeStages = lifeStages == null ? new ArrayList<>() : lifeStages;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMinimumCount() {
        return minimumCount;
    }

    public void setMinimumCount(String minimumCount) {
        this.minimumCount = minimumCount;
    }

    public String getMinimumDenominator() {
        return minimumDenominator;
    }

    public void setMinimumDenominator(String minimumDenominator) {
        this.minimumDenominator = minimumDenominator;
    }

    public Long getRevision() {
        return revision;
    }

    public void setRevision(Long revision) {
        this.revision = revision;
    }
}
