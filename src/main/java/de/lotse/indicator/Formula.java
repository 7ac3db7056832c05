package de.lotse.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an indicator's values come about: read as they are ({@link Raw}), computed as numerator / denominator × factor
 * ({@link Ratio}), or computed from an arithmetic expression over other indicators ({@link Expression}). The catalogue
 * checks that every indicator a formula refers to exists; evaluating formulas is the job of a later computation step.
 */
public sealed interface Formula {

    /** The indicators this formula reads, in order of first appearance; empty for a raw indicator. */
    Set<IndicatorKey> references();

    /** Values are imported or entered as they are (e.g. a count from an official table). */
    record Raw() implements Formula {
        @Override
        public Set<IndicatorKey> references() {
            return Set.of();
        }
    }

    /**
     * A rate or share: numerator / denominator × factor, e.g. children under 15 receiving SGB II benefits / population
     * under 15 × 100. Aggregating such an indicator up the hierarchy sums numerators and denominators, never rates.
     */
    record Ratio(IndicatorKey numerator, IndicatorKey denominator, BigDecimal factor) implements Formula {
        public Ratio {
            if (numerator == null || denominator == null) {
                throw new IllegalArgumentException("A ratio needs a numerator and a denominator indicator");
            }
            if (factor == null || factor.signum() <= 0) {
                throw new IllegalArgumentException("The factor of a ratio is a positive number, e.g. 100 or 1000");
            }
            factor = factor.stripTrailingZeros();
        }

        @Override
        public Set<IndicatorKey> references() {
            Set<IndicatorKey> keys = new LinkedHashSet<>();
            keys.add(numerator);
            keys.add(denominator);
            return keys;
        }
    }

    /**
     * An arithmetic expression over other indicators, each written in braces because keys contain hyphens, e.g.
     * {@code ({sgb2-empfaenger-unter-15} + {sozialgeld-unter-15}) / {bevoelkerung-unter-15} * 100}. Allowed besides
     * references: decimal numbers, {@code + - * /}, parentheses and spaces.
     */
    record Expression(String text) implements Formula {

        private static final Pattern REFERENCE = Pattern.compile("\\{([^{}]*)}");
        private static final Pattern ARITHMETIC = Pattern.compile("[0-9.+\\-*/() ]*");

        public Expression {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("An expression needs a text");
            }
            text = text.strip();
            String rest = REFERENCE.matcher(text).replaceAll(" ");
            if (!ARITHMETIC.matcher(rest).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not an expression: write indicator keys in"
                        + " braces, e.g. {a} / {b} * 100, and use only numbers, + - * /, parentheses and spaces");
            }
            if (!text.contains("{")) {
                throw new IllegalArgumentException("The expression '" + text + "' refers to no indicator");
            }
            if (!balanced(text)) {
                throw new IllegalArgumentException("The parentheses of the expression '" + text + "' do not match");
            }
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                new IndicatorKey(m.group(1));
            }
        }

        @Override
        public Set<IndicatorKey> references() {
            Set<IndicatorKey> keys = new LinkedHashSet<>();
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                keys.add(new IndicatorKey(m.group(1)));
            }
            return keys;
        }

        private static boolean balanced(String text) {
            int depth = 0;
            for (char c : text.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) {
                    return false;
                }
            }
            return depth == 0;
        }
    }
}
