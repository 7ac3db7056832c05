package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a planner states about an indicator: what it means, how it is computed, where its figures come from and
 * how it is shown. Changes to the fields that carry its meaning ({@link #MEANING}) create a new version of the
 * indicator; the others are corrections of wording or presentation and update the current version.
 *
 * @param key stable key
 * @param name full name, e.g. "SGB-II-Quote der unter 15-Jährigen"
 * @param shortName short name for tables and charts, at most 100 characters
 * @param definition what is counted or computed, precisely enough to reproduce it
 * @param interpretation how to read the figures, their limits and pitfalls, or {@code null}
 * @param formula raw, ratio or expression over other indicators
 * @param unit unit of the values, e.g. "%", "Anzahl", "je 1.000 Einwohner"
 * @param decimals decimal places shown, 0 to 6
 * @param source publisher, statistic and table
 * @param licence licence of the figures, e.g. "Datenlizenz Deutschland – Namensnennung – Version 2.0", or {@code null}
 * @param attribution the attribution the licence asks for, or {@code null}
 * @param referenceDate the date or span the figures refer to
 * @param levels the territorial levels figures exist for (empty: not yet stated)
 * @param polarity whether higher is better, worse or neither
 * @param topic the topic it is filed under
 * @param lifeStages the stages of the life course it tells about (may be empty)
 * @param kind population indicator or performance measure
 * @param confidentiality when values must not be shown publicly
 */
public record IndicatorDefinition(
        IndicatorKey key,
        LocalizedText name,
        LocalizedText shortName,
        String definition,
        String interpretation,
        Formula formula,
        String unit,
        int decimals,
        IndicatorSource source,
        String licence,
        String attribution,
        ReferenceDateSemantics referenceDate,
        Set<TerritoryLevel> levels,
        Polarity polarity,
        Topic topic,
        Set<LifeStage> lifeStages,
        IndicatorKind kind,
        ConfidentialityRule confidentiality) {

    /** The fields whose change creates a new version, because values computed before mean something else. */
    public static final Set<String> MEANING =
            Set.of("definition", "formula", "unit", "source.tableCode", "referenceDate");

    private static final List<Field> FIELDS = List.of(
            new Field("name", IndicatorDefinition::name),
            new Field("shortName", IndicatorDefinition::shortName),
            new Field("definition", IndicatorDefinition::definition),
            new Field("interpretation", IndicatorDefinition::interpretation),
            new Field("formula", IndicatorDefinition::formula),
            new Field("unit", IndicatorDefinition::unit),
            new Field("decimals", IndicatorDefinition::decimals),
            new Field("source.publisher", d -> d.source().publisher()),
            new Field("source.statistic", d -> d.source().statistic()),
            new Field("source.tableCode", d -> d.source().tableCode()),
            new Field("licence", IndicatorDefinition::licence),
            new Field("attribution", IndicatorDefinition::attribution),
            new Field("referenceDate", IndicatorDefinition::referenceDate),
            new Field("levels", IndicatorDefinition::levels),
            new Field("polarity", IndicatorDefinition::polarity),
            new Field("topic", IndicatorDefinition::topic),
            new Field("lifeStages", IndicatorDefinition::lifeStages),
            new Field("kind", IndicatorDefinition::kind),
            new Field("confidentiality", IndicatorDefinition::confidentiality));

    public IndicatorDefinition {
        require(key, "key");
        require(name, "name");
        require(shortName, "short name");
        require(formula, "formula");
        require(source, "source");
        require(referenceDate, "reference date");
        require(polarity, "polarity");
        require(topic, "topic");
        require(kind, "kind");
        definition = text(definition, "definition", Integer.MAX_VALUE, true);
        interpretation = text(interpretation, "interpretation", Integer.MAX_VALUE, false);
        unit = text(unit, "unit", 50, true);
        licence = text(licence, "licence", 300, false);
        attribution = text(attribution, "attribution", Integer.MAX_VALUE, false);
        if (name.de().length() > 300 || (name.en() != null && name.en().length() > 300)) {
            throw new IllegalArgumentException("The name of an indicator has at most 300 characters");
        }
        if (shortName.de().length() > 100
                || (shortName.en() != null && shortName.en().length() > 100)) {
            throw new IllegalArgumentException("The short name of an indicator has at most 100 characters");
        }
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("An indicator shows 0 to 6 decimal places, not " + decimals);
        }
        if (formula.references().contains(key)) {
            throw new IllegalArgumentException("The formula of indicator '" + key + "' refers to itself");
        }
        levels = Collections.unmodifiableSet(
                levels == null || levels.isEmpty() ? EnumSet.noneOf(TerritoryLevel.class) : EnumSet.copyOf(levels));
        lifeStages = Collections.unmodifiableSet(
                lifeStages == null || lifeStages.isEmpty()
                        ? EnumSet.noneOf(LifeStage.class)
                        : EnumSet.copyOf(lifeStages));
        confidentiality = confidentiality == null ? ConfidentialityRule.NONE : confidentiality;
    }

    /** Units of raw figures that are rates, shares, averages or densities and therefore cannot be summed. */
    private static final java.util.regex.Pattern NON_ADDITIVE_UNIT = java.util.regex.Pattern.compile(
            "(?iu).*(%|‰|\\bje\\b|\\bpro\\b|/|quote|anteil|durchschnitt|index|dichte|rate).*");

    /**
     * Whether the figures are counts (not a ratio, and a unit that is not a rate, share, average or density — e.g. a
     * raw count or a sum of counts): comparing counts of areas of different size says nothing.
     */
    public boolean isCount() {
        return !(formula instanceof Formula.Ratio)
                && !NON_ADDITIVE_UNIT.matcher(unit).matches();
    }

    /** The names of the fields that differ from {@code other}, in a fixed order; the key is not compared. */
    public List<String> changesFrom(IndicatorDefinition other) {
        List<String> changed = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.read().apply(this), field.read().apply(other))) {
                changed.add(field.name());
            }
        }
        return changed;
    }

    /** Whether the change from {@code other} to this definition changes the meaning, i.e. needs a new version. */
    public boolean changesMeaningOf(IndicatorDefinition other) {
        return changesFrom(other).stream().anyMatch(MEANING::contains);
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("An indicator needs a " + name);
        }
    }

    private static String text(String value, String name, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("An indicator needs a " + name);
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(
                    "The " + name + " of an indicator has at most " + maxLength + " characters");
        }
        return stripped;
    }

    private record Field(String name, Function<IndicatorDefinition, Object> read) {}
}
