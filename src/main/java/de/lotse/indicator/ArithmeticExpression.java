package de.lotse.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A parsed {@link Formula.Expression}: indicator keys in braces, decimal numbers, {@code + - * /}, unary minus and
 * parentheses, with the usual precedence ({@code * /} before {@code + -}, left to right). Parsed once by a small
 * recursive-descent parser into a tree, then evaluated with {@link BigDecimal}: sums and products are exact, a quotient
 * is kept to 34 significant digits ({@link MathContext#DECIMAL128}), so rounding happens only when a value is shown.
 *
 * <p>Hand-written on purpose: the grammar is five rules long, and the alternatives do not fit. A script engine
 * (Nashorn, GraalJS) would execute whatever a planner types into a formula, and is not part of the JDK any more;
 * expression libraries such as exp4j or EvalEx compute in {@code double} or bring their own function sets, variable
 * syntax and dependencies, and none of them reads our {@code {key}} references with hyphens or reports a missing input
 * as something other than zero. This evaluator knows nothing but arithmetic, so evaluating a formula cannot do harm.
 *
 * <p>Errors name the 1-based column of the offending character: {@link MalformedException} while parsing,
 * {@link UnknownReferenceException} and {@link DivisionByZeroException} while evaluating.
 */
final class ArithmeticExpression {

    /** Precision of a quotient: 34 significant digits, more than any official statistic carries. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private final String text;
    private final Node root;
    private final Set<IndicatorKey> references;

    private ArithmeticExpression(String text, Node root, Set<IndicatorKey> references) {
        this.text = text;
        this.root = root;
        this.references = Collections.unmodifiableSet(references);
    }

    /**
     * Parses an expression.
     *
     * @throws MalformedException if the text is not an expression, naming the column where reading failed
     */
    static ArithmeticExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedException(text == null ? "" : text, 1, "the expression is empty");
        }
        Parser parser = new Parser(text);
        Node root = parser.expression();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peek() + "'");
        }
        return new ArithmeticExpression(text, root, parser.references);
    }

    /** The indicators the expression reads, in order of first appearance. */
    Set<IndicatorKey> references() {
        return references;
    }

    /**
     * Computes the expression from the given input values.
     *
     * @throws UnknownReferenceException if a referenced indicator has no entry in {@code inputs}
     * @throws DivisionByZeroException if a divisor evaluates to zero
     */
    BigDecimal evaluate(Map<IndicatorKey, BigDecimal> inputs) {
        return root.evaluate(inputs, text);
    }

    @Override
    public String toString() {
        return text;
    }

    private sealed interface Node {
        BigDecimal evaluate(Map<IndicatorKey, BigDecimal> inputs, String text);
    }

    private record Constant(BigDecimal value) implements Node {
        @Override
        public BigDecimal evaluate(Map<IndicatorKey, BigDecimal> inputs, String text) {
            return value;
        }
    }

    private record Reference(IndicatorKey key, int column) implements Node {
        @Override
        public BigDecimal evaluate(Map<IndicatorKey, BigDecimal> inputs, String text) {
            BigDecimal value = inputs.get(key);
            if (value == null) {
                throw new UnknownReferenceException(text, column, key);
            }
            return value;
        }
    }

    private record Negation(Node operand) implements Node {
        @Override
        public BigDecimal evaluate(Map<IndicatorKey, BigDecimal> inputs, String text) {
            return operand.evaluate(inputs, text).negate();
        }
    }

    private record Operation(char operator, Node left, Node right, int column) implements Node {
        @Override
        public BigDecimal evaluate(Map<IndicatorKey, BigDecimal> inputs, String text) {
            BigDecimal l = left.evaluate(inputs, text);
            BigDecimal r = right.evaluate(inputs, text);
            return switch (operator) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '*' -> l.multiply(r);
                case '/' -> {
                    if (r.signum() == 0) {
                        throw new DivisionByZeroException(text, column);
                    }
                    yield l.divide(r, PRECISION);
                }
                default -> throw new IllegalStateException("operator " + operator);
            };
        }
    }

    /** expression := term (('+' | '-') term)*; term := unary (('*' | '/') unary)*; unary := '-' unary | primary. */
    private static final class Parser {
        private final String text;
        private final Set<IndicatorKey> references = new LinkedHashSet<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node expression() {
            Node left = term();
            while (true) {
                skipSpaces();
                if (atEnd() || (peek() != '+' && peek() != '-')) {
                    return left;
                }
                char operator = peek();
                int column = pos + 1;
                pos++;
                left = new Operation(operator, left, term(), column);
            }
        }

        private Node term() {
            Node left = unary();
            while (true) {
                skipSpaces();
                if (atEnd() || (peek() != '*' && peek() != '/')) {
                    return left;
                }
                char operator = peek();
                int column = pos + 1;
                pos++;
                left = new Operation(operator, left, unary(), column);
            }
        }

        private Node unary() {
            skipSpaces();
            if (!atEnd() && peek() == '-') {
                pos++;
                return new Negation(unary());
            }
            return primary();
        }

        private Node primary() {
            skipSpaces();
            if (atEnd()) {
                throw error("the expression ends where a number, {key} or '(' is expected");
            }
            char c = peek();
            if (c == '(') {
                int open = pos;
                pos++;
                Node inner = expression();
                skipSpaces();
                if (atEnd() || peek() != ')') {
                    throw new MalformedException(text, open + 1, "the parenthesis opened here is not closed");
                }
                pos++;
                return inner;
            }
            if (c == '{') {
                return reference();
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            throw error("'" + c + "' where a number, {key} or '(' is expected");
        }

        private Node reference() {
            int start = pos;
            int close = text.indexOf('}', pos);
            if (close < 0) {
                throw new MalformedException(text, start + 1, "the brace opened here is not closed");
            }
            String key = text.substring(pos + 1, close);
            IndicatorKey parsed;
            try {
                parsed = new IndicatorKey(key);
            } catch (IllegalArgumentException e) {
                throw new MalformedException(text, start + 1, "'" + key + "' is not an indicator key");
            }
            pos = close + 1;
            references.add(parsed);
            return new Reference(parsed, start + 1);
        }

        private Node number() {
            int start = pos;
            while (!atEnd() && (Character.isDigit(peek()) || peek() == '.')) {
                pos++;
            }
            String digits = text.substring(start, pos);
            if (!digits.matches("\\d+(\\.\\d+)?")) {
                throw new MalformedException(text, start + 1, "'" + digits + "' is not a number");
            }
            return new Constant(new BigDecimal(digits));
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                pos++;
            }
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            return text.charAt(pos);
        }

        MalformedException error(String problem) {
            return new MalformedException(text, pos + 1, problem);
        }
    }

    /** The text is not an expression; {@link #column()} is where reading failed. */
    static final class MalformedException extends IllegalArgumentException {
        private final int column;

        MalformedException(String text, int column, String problem) {
            super("Malformed expression '" + text + "' at column " + column + ": " + problem);
            this.column = column;
        }

        /** 1-based column of the offending character. */
        int column() {
            return column;
        }
    }

    /** An indicator the expression refers to has no input value. */
    static final class UnknownReferenceException extends IllegalArgumentException {
        private final int column;
        private final IndicatorKey key;

        UnknownReferenceException(String text, int column, IndicatorKey key) {
            super("The expression '" + text + "' refers at column " + column + " to '" + key
                    + "', for which no value was given");
            this.column = column;
            this.key = key;
        }

        int column() {
            return column;
        }

        IndicatorKey key() {
            return key;
        }
    }

    /** A divisor of the expression is zero. */
    static final class DivisionByZeroException extends ArithmeticException {
        private final int column;

        DivisionByZeroException(String text, int column) {
            super("The expression '" + text + "' divides by zero at column " + column);
            this.column = column;
        }

        /** 1-based column of the '/' whose divisor is zero. */
        int column() {
            return column;
        }
    }
}
