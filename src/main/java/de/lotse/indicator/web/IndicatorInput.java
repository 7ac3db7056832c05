package de.lotse.indicator.web;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKind;
import de.lotse.indicator.IndicatorSource;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ReferenceDateSemantics;
import de.lotse.indicator.Topic;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a planner entered for an indicator, as text, from the form page or the write API; {@link #validate} checks every
 * field and turns it into an {@link IndicatorDefinition} or a list of field problems with message codes of the
 * {@code catalogue} bundle. Field names are the JSON paths of the API ({@code name.de}, {@code source.tableCode},
 * {@code confidentiality.minimumCount}, …), which is also what {@link IndicatorDefinition#changesFrom} names (with
 * {@code name} for both languages).
 */
record IndicatorInput(
        String key,
        String nameDe,
        String nameEn,
        String shortNameDe,
        String shortNameEn,
        String definition,
        String interpretation,
        String formulaType,
        String numerator,
        String denominator,
        String factor,
        String expression,
        String unit,
        String decimals,
        String publisher,
        String statistic,
        String tableCode,
        String licence,
        String attribution,
        String referenceDateRule,
        String referenceDateNote,
        List<String> levels,
        String polarity,
        String topic,
        List<String> lifeStages,
        String kind,
        String minimumCount,
        String minimumDenominator) {

    /** Keys that cannot be used because a page of the catalogue has this path ({@code /indikatoren/neu}). */
    static final Set<String> RESERVED_KEYS = Set.of("neu");

    private static final Pattern TABLE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,49}");
    private static final Pattern GERMAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    /** One problem with one field: the field's JSON path, a message code and its arguments. */
    record Problem(String field, String code, List<Object> args) {
        Problem(String field, String code) {
            this(field, code, List.of());
        }
    }

    /** The outcome: a definition, or the problems found (never both). */
    record Result(IndicatorDefinition definition, List<Problem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks every field and builds the definition.
     *
     * @param catalog to check that the indicators a formula refers to exist and, when creating, that the key is free
     * @param existingKey the key of the indicator being edited, {@code null} when creating
     */
    Result validate(IndicatorCatalog catalog, IndicatorKey existingKey) {
        List<Problem> problems = new ArrayList<>();
        IndicatorKey parsedKey = key(existingKey, catalog, problems);
        String nameDe1 = text("name.de", nameDe, 300, true, problems);
        String nameEn1 = text("name.en", nameEn, 300, false, problems);
        String shortDe = text("shortName.de", shortNameDe, 100, true, problems);
        String shortEn = text("shortName.en", shortNameEn, 100, false, problems);
        String definition1 = text("definition", definition, 20_000, true, problems);
        String interpretation1 = text("interpretation", interpretation, 20_000, false, problems);
        Formula formula = formula(parsedKey, catalog, problems);
        String unit1 = text("unit", unit, 50, true, problems);
        Integer decimals1 = integer("decimals", decimals, true, problems);
        if (decimals1 != null && (decimals1 < 0 || decimals1 > 6)) {
            problems.add(new Problem("decimals", "catalogue.error.decimals"));
            decimals1 = null;
        }
        String publisher1 = text("source.publisher", publisher, 300, true, problems);
        String statistic1 = text("source.statistic", statistic, 300, false, problems);
        String tableCode1 = blankToNull(tableCode);
        if (tableCode1 != null && !TABLE_CODE.matcher(tableCode1).matches()) {
            problems.add(new Problem("source.tableCode", "catalogue.error.tableCode"));
        }
        String licence1 = text("licence", licence, 300, false, problems);
        String attribution1 = text("attribution", attribution, 20_000, false, problems);
        ReferenceDateSemantics referenceDate = referenceDate(problems);
        Set<TerritoryLevel> levels1 = choices("levels", TerritoryLevel.class, levels, problems);
        Polarity polarity1 = choice("polarity", Polarity.class, polarity, problems);
        Topic topic1 = choice("topic", Topic.class, topic, problems);
        Set<LifeStage> stages = choices("lifeStages", LifeStage.class, lifeStages, problems);
        IndicatorKind kind1 = choice("kind", IndicatorKind.class, kind, problems);
        Integer minCount = positive("confidentiality.minimumCount", minimumCount, problems);
        Integer minDenominator = positive("confidentiality.minimumDenominator", minimumDenominator, problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        try {
            IndicatorDefinition built = new IndicatorDefinition(
                    parsedKey,
                    new LocalizedText(nameDe1, nameEn1),
                    new LocalizedText(shortDe, shortEn),
                    definition1,
                    interpretation1,
                    formula,
                    unit1,
                    decimals1,
                    new IndicatorSource(publisher1, statistic1, tableCode1),
                    licence1,
                    attribution1,
                    referenceDate,
                    levels1,
                    polarity1,
                    topic1,
                    stages,
                    kind1,
                    new ConfidentialityRule(minCount, minDenominator));
            return new Result(built, List.of());
        } catch (IllegalArgumentException e) {
            // every rule of the domain is checked above; this is a safety net that names the domain's reason
            return new Result(null, List.of(new Problem("", "catalogue.error.other", List.of(e.getMessage()))));
        }
    }

    private IndicatorKey key(IndicatorKey existingKey, IndicatorCatalog catalog, List<Problem> problems) {
        String given = blankToNull(key);
        if (existingKey != null) {
            if (given != null && !given.equals(existingKey.value())) {
                problems.add(new Problem("key", "catalogue.error.keyChange", List.of(existingKey.value())));
            }
            return existingKey;
        }
        if (given == null) {
            problems.add(new Problem("key", "catalogue.error.required"));
            return null;
        }
        IndicatorKey parsed;
        try {
            parsed = IndicatorKey.of(given);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("key", "catalogue.error.key"));
            return null;
        }
        if (RESERVED_KEYS.contains(parsed.value())) {
            problems.add(new Problem("key", "catalogue.error.keyReserved", List.of(parsed.value())));
        } else if (catalog.find(parsed).isPresent()) {
            problems.add(new Problem("key", "catalogue.error.keyTaken", List.of(parsed.value())));
        }
        return parsed;
    }

    private Formula formula(IndicatorKey self, IndicatorCatalog catalog, List<Problem> problems) {
        String type = blankToNull(formulaType);
        if (type == null) {
            problems.add(new Problem("formula.type", "catalogue.error.required"));
            return null;
        }
        switch (type.toUpperCase(Locale.ROOT)) {
            case "RAW" -> {
                return new Formula.Raw();
            }
            case "RATIO" -> {
                IndicatorKey num = reference("formula.numerator", numerator, self, catalog, problems);
                IndicatorKey den = reference("formula.denominator", denominator, self, catalog, problems);
                BigDecimal f = number("formula.factor", factor, problems);
                if (f != null && f.signum() <= 0) {
                    problems.add(new Problem("formula.factor", "catalogue.error.factor"));
                    f = null;
                }
                return num == null || den == null || f == null ? null : new Formula.Ratio(num, den, f);
            }
            case "EXPRESSION" -> {
                String text = blankToNull(expression);
                if (text == null) {
                    problems.add(new Problem("formula.expression", "catalogue.error.required"));
                    return null;
                }
                Formula.Expression parsed;
                try {
                    parsed = new Formula.Expression(text);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem("formula.expression", "catalogue.error.expression"));
                    return null;
                }
                Set<String> missing = new LinkedHashSet<>();
                for (IndicatorKey ref : parsed.references()) {
                    if (ref.equals(self)) {
                        problems.add(new Problem("formula.expression", "catalogue.error.selfReference"));
                        return null;
                    }
                    if (catalog.find(ref).isEmpty()) {
                        missing.add(ref.value());
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add(new Problem(
                            "formula.expression",
                            "catalogue.error.unknownIndicator",
                            List.of(String.join(", ", missing))));
                    return null;
                }
                return parsed;
            }
            default -> {
                problems.add(new Problem("formula.type", "catalogue.error.choice"));
                return null;
            }
        }
    }

    private static IndicatorKey reference(
            String field, String text, IndicatorKey self, IndicatorCatalog catalog, List<Problem> problems) {
        String given = blankToNull(text);
        if (given == null) {
            problems.add(new Problem(field, "catalogue.error.required"));
            return null;
        }
        IndicatorKey parsed;
        try {
            parsed = IndicatorKey.of(given);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "catalogue.error.key"));
            return null;
        }
        if (parsed.equals(self)) {
            problems.add(new Problem(field, "catalogue.error.selfReference"));
            return null;
        }
        if (catalog.find(parsed).isEmpty()) {
            problems.add(new Problem(field, "catalogue.error.unknownIndicator", List.of(parsed.value())));
            return null;
        }
        return parsed;
    }

    private ReferenceDateSemantics referenceDate(List<Problem> problems) {
        ReferenceDateSemantics.Rule rule =
                choice("referenceDate.rule", ReferenceDateSemantics.Rule.class, referenceDateRule, problems);
        String note = text("referenceDate.note", referenceDateNote, 300, false, problems);
        if (rule == null) {
            return null;
        }
        if (rule == ReferenceDateSemantics.Rule.OTHER && note == null) {
            problems.add(new Problem("referenceDate.note", "catalogue.error.noteRequired"));
            return null;
        }
        if (rule != ReferenceDateSemantics.Rule.OTHER && note != null) {
            problems.add(new Problem("referenceDate.note", "catalogue.error.noteOnlyOther"));
            return null;
        }
        return new ReferenceDateSemantics(rule, note);
    }

    private static String text(String field, String value, int max, boolean required, List<Problem> problems) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            if (required) {
                problems.add(new Problem(field, "catalogue.error.required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            problems.add(new Problem(field, "catalogue.error.tooLong", List.of(max)));
            return null;
        }
        return stripped;
    }

    private static Integer integer(String field, String value, boolean required, List<Problem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                problems.add(new Problem(field, "catalogue.error.required"));
            }
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "catalogue.error.integer"));
            return null;
        }
    }

    private static Integer positive(String field, String value, List<Problem> problems) {
        Integer parsed = integer(field, value, false, problems);
        if (parsed != null && parsed < 1) {
            problems.add(new Problem(field, "catalogue.error.minOne"));
            return null;
        }
        return parsed;
    }

    /** A decimal number; German notation ({@code 1.000}, {@code 0,5}) is read too. */
    private static BigDecimal number(String field, String value, List<Problem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            problems.add(new Problem(field, "catalogue.error.required"));
            return null;
        }
        if (GERMAN_THOUSANDS.matcher(text).matches()) {
            text = text.replace(".", "");
        }
        if (!NUMBER.matcher(text).matches()) {
            problems.add(new Problem(field, "catalogue.error.number"));
            return null;
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, String value, List<Problem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            problems.add(new Problem(field, "catalogue.error.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "catalogue.error.choice"));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> choices(
            String field, Class<E> type, List<String> values, List<Problem> problems) {
        Set<E> set = EnumSet.noneOf(type);
        if (values == null) {
            return set;
        }
        for (String value : values) {
            String text = blankToNull(value);
            if (text == null) {
                continue;
            }
            try {
                set.add(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field, "catalogue.error.choice"));
                return set;
            }
        }
        return set;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
