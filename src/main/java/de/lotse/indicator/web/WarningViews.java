package de.lotse.indicator.web;

import de.lotse.indicator.EarlyWarning;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.Threshold;
import de.lotse.indicator.ThresholdRule;
import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** View models of the early-warning pages: texts formatted for the reader's language, sorted on the server. */
final class WarningViews {

    private WarningViews() {}

    /** The language of the page: English or German. */
    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    /** A number in the reader's language with the given decimals, e.g. "1.234,5"; "–" for {@code null}. */
    static String number(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format =
                NumberFormat.getNumberInstance("en".equals(language(locale)) ? Locale.ENGLISH : Locale.GERMAN);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A number with as many decimals as it has (at most 4), e.g. a limit or k. */
    static String plain(BigDecimal value, Locale locale) {
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.min(4, Math.max(0, stripped.scale()));
        return number(value, decimals, locale);
    }

    /** A signed number, e.g. "+1,5" or "−2,0". */
    static String signed(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "–";
        }
        String text = number(value.abs(), decimals, locale);
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "−" + text : text;
    }

    /** The rule in words, e.g. "mehr als 1,5 Standardabweichungen über dem Mittel der Vergleichsregion". */
    static String rule(ThresholdRule rule, Locale locale, MessageSource messages) {
        return messages.getMessage(
                "warning.rule." + rule.kind() + "." + rule.direction(),
                new Object[] {plain(rule.limit(), locale)},
                locale);
    }

    /** Where a threshold applies, in words. */
    static String scope(Threshold t, Locale locale, MessageSource messages) {
        String territory = t.scopeTerritory() == null
                ? messages.getMessage("warning.scope.everywhere", null, locale)
                : messages.getMessage(
                        "warning.scope.territory",
                        new Object[] {t.scopeTerritory().name()},
                        locale);
        if (t.scopeLevel() == null) {
            return territory;
        }
        return territory + ", "
                + messages.getMessage(
                        "warning.scope.level",
                        new Object[] {messages.getMessage("level." + t.scopeLevel(), null, locale)},
                        locale);
    }

    /**
     * One row of the dashboard table.
     *
     * @param territoryKey the unit's key, for the link
     * @param territoryLevel its level, for the link
     * @param territoryName its name
     * @param levelName its level in words
     * @param indicatorKey the indicator's key
     * @param indicatorName its name in the reader's language
     * @param period the period, canonical
     * @param value the value with unit
     * @param rawValue the value, for sorting
     * @param rule the rule in words
     * @param difference the difference from the limit or the mean, in words
     * @param zScore the z-score, e.g. "2,35", or "–"
     * @param rawZ the z-score, for sorting
     * @param severity the severity
     * @param confidential whether the value is withheld from the public
     * @param note the threshold's note, or {@code null}
     */
    record AlertRow(
            String territoryKey,
            String territoryLevel,
            String territoryName,
            String levelName,
            String indicatorKey,
            String indicatorName,
            String period,
            String value,
            BigDecimal rawValue,
            String rule,
            String difference,
            String zScore,
            BigDecimal rawZ,
            Threshold.Severity severity,
            boolean confidential,
            String note) {

        static AlertRow of(EarlyWarning.Alert a, Locale locale, MessageSource messages) {
            IndicatorDefinition d = a.indicator().definition();
            String lang = language(locale);
            int decimals = d.decimals();
            String difference;
            if (a.threshold().rule().kind() == ThresholdRule.Kind.ABSOLUTE) {
                difference = messages.getMessage(
                        "warning.difference.ABSOLUTE",
                        new Object[] {signed(a.breach().difference(), decimals, locale)},
                        locale);
            } else {
                difference = messages.getMessage(
                        "warning.difference.DEVIATION",
                        new Object[] {
                            signed(a.breach().difference(), decimals, locale),
                            number(a.statistics().mean(), decimals, locale),
                            number(a.statistics().standardDeviation(), decimals, locale),
                            a.statistics().count()
                        },
                        locale);
            }
            return new AlertRow(
                    a.territory().key(),
                    a.territory().level().name(),
                    a.territory().name(),
                    messages.getMessage("level." + a.territory().level(), null, locale),
                    d.key().value(),
                    d.name().in(lang),
                    a.period().toString(),
                    number(a.value(), decimals, locale) + " " + d.unit(),
                    a.value(),
                    WarningViews.rule(a.threshold().rule(), locale, messages),
                    difference,
                    a.breach().zScore() == null ? "–" : signed(a.breach().zScore(), 2, locale),
                    a.breach().zScore(),
                    a.threshold().severity(),
                    a.confidential(),
                    a.threshold().note());
        }
    }

    /** The dashboard table sorted by a column: territory, indicator, period, value, z or severity (default). */
    record AlertTable(List<AlertRow> rows, String sort, String dir) {

        static final List<String> COLUMNS = List.of("territory", "indicator", "period", "value", "z", "severity");

        static AlertTable of(List<AlertRow> rows, String sort, String dir) {
            String column = sort != null && COLUMNS.contains(sort) ? sort : "severity";
            boolean descending = dir == null ? "severity".equals(column) : "desc".equals(dir);
            Collator collator = Collator.getInstance(Locale.GERMAN);
            Comparator<AlertRow> byName = Comparator.comparing(AlertRow::territoryName, collator);
            Comparator<AlertRow> comparator =
                    switch (column) {
                        case "territory" -> byName;
                        case "indicator" -> Comparator.comparing(AlertRow::indicatorName, collator);
                        case "period" -> Comparator.comparing(AlertRow::period);
                        case "value" -> Comparator.comparing(AlertRow::rawValue);
                        case "z" ->
                            Comparator.comparing(
                                    (AlertRow r) ->
                                            r.rawZ() == null ? null : r.rawZ().abs(),
                                    Comparator.nullsFirst(Comparator.naturalOrder()));
                        default ->
                            Comparator.comparing(AlertRow::severity)
                                    .thenComparing(
                                            (AlertRow r) -> r.rawZ() == null
                                                    ? null
                                                    : r.rawZ().abs(),
                                            Comparator.nullsFirst(Comparator.naturalOrder()));
                    };
            if (descending) {
                comparator = comparator.reversed();
            }
            comparator = comparator.thenComparing(byName);
            return new AlertTable(rows.stream().sorted(comparator).toList(), column, descending ? "desc" : "asc");
        }

        /** The aria-sort value of a column header. */
        public String ariaSort(String column) {
            if (!column.equals(sort)) {
                return null;
            }
            return "desc".equals(dir) ? "descending" : "ascending";
        }

        /** The direction a click on the column header sorts in. */
        public String nextDir(String column) {
            return column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
        }
    }

    /**
     * One threshold in the management list.
     *
     * @param threshold the threshold
     * @param indicatorName the indicator's name in the reader's language
     * @param rule the rule in words
     * @param scope where it applies, in words
     * @param neutralWorse whether the rule says "worse" of an indicator that has become neutral (not evaluated)
     */
    record ThresholdRow(Threshold threshold, String indicatorName, String rule, String scope, boolean neutralWorse) {

        static ThresholdRow of(Threshold t, Indicator indicator, Locale locale, MessageSource messages) {
            return new ThresholdRow(
                    t,
                    indicator == null
                            ? t.indicator().value()
                            : indicator.definition().name().in(language(locale)),
                    WarningViews.rule(t.rule(), locale, messages),
                    WarningViews.scope(t, locale, messages),
                    indicator != null
                            && !t.rule().appliesTo(indicator.definition().polarity()));
        }
    }
}
