package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArithmeticExpressionTests {

    private static final IndicatorKey A = IndicatorKey.of("sgb2-empfaenger-unter-15");
    private static final IndicatorKey B = IndicatorKey.of("bevoelkerung-unter-15");
    private static final Map<IndicatorKey, BigDecimal> INPUTS =
            Map.of(A, new BigDecimal("1234"), B, new BigDecimal("8000"));

    @Test
    void computesARatioOfTwoIndicators() {
        assertThat(evaluate("{sgb2-empfaenger-unter-15} / {bevoelkerung-unter-15} * 100"))
                .isEqualByComparingTo("15.425");
    }

    @Test
    void multipliesAndDividesBeforeAddingAndSubtracting() {
        assertThat(evaluate("2 + 3 * 4")).isEqualByComparingTo("14");
        assertThat(evaluate("20 - 6 / 3")).isEqualByComparingTo("18");
        assertThat(evaluate("10 - 4 - 3")).as("left to right").isEqualByComparingTo("3");
        assertThat(evaluate("100 / 10 / 5")).as("left to right").isEqualByComparingTo("2");
    }

    @Test
    void evaluatesParenthesesFirst() {
        assertThat(evaluate("(2 + 3) * 4")).isEqualByComparingTo("20");
        assertThat(evaluate("({sgb2-empfaenger-unter-15} + 766) / ({bevoelkerung-unter-15} * (1 + 1))"))
                .isEqualByComparingTo("0.125");
    }

    @Test
    void readsUnaryMinus() {
        assertThat(evaluate("-3 + 5")).isEqualByComparingTo("2");
        assertThat(evaluate("4 * -2")).isEqualByComparingTo("-8");
        assertThat(evaluate("--2")).isEqualByComparingTo("2");
        assertThat(evaluate("-(1 - {bevoelkerung-unter-15})")).isEqualByComparingTo("7999");
    }

    @Test
    void keepsQuotientsExactToThirtyFourDigits() {
        assertThat(evaluate("1 / 3")).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
        assertThat(evaluate("0.1 + 0.2")).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void listsItsReferencesInOrderOfFirstAppearance() {
        assertThat(ArithmeticExpression.parse(
                                "{bevoelkerung-unter-15} - {sgb2-empfaenger-unter-15} / {bevoelkerung-unter-15}")
                        .references())
                .containsExactly(B, A);
    }

    @Test
    void reportsADivisionByZeroWithTheColumnOfTheOperator() {
        assertThatThrownBy(() -> evaluate("{sgb2-empfaenger-unter-15} / (3 - 3)"))
                .isInstanceOfSatisfying(ArithmeticExpression.DivisionByZeroException.class, e -> assertThat(e.column())
                        .isEqualTo(28))
                .hasMessageContaining("divides by zero at column 28");
    }

    @Test
    void reportsAReferenceWithoutAValue() {
        assertThatThrownBy(() -> evaluate("{sgb2-empfaenger-unter-15} / {unbekannt}"))
                .isInstanceOfSatisfying(ArithmeticExpression.UnknownReferenceException.class, e -> {
                    assertThat(e.key()).isEqualTo(IndicatorKey.of("unbekannt"));
                    assertThat(e.column()).isEqualTo(30);
                })
                .hasMessageContaining("refers at column 30 to 'unbekannt'");
    }

    @Test
    void rejectsMalformedExpressionsNamingTheColumn() {
        assertMalformed("", 1, "empty");
        assertMalformed("{a1} / / {b1}", 8, "'/' where a number");
        assertMalformed("{a1} +", 7, "ends where a number");
        assertMalformed("({a1} + 2", 1, "parenthesis opened here is not closed");
        assertMalformed("{a1} + 2)", 9, "unexpected ')'");
        assertMalformed("2 {a1}", 3, "unexpected '{'");
        assertMalformed("{a1} * {b1", 8, "brace opened here is not closed");
        assertMalformed("{A B} * 2", 1, "'A B' is not an indicator key");
        assertMalformed("1.2.3 * {a1}", 1, "'1.2.3' is not a number");
        assertMalformed("{a1} % 2", 6, "unexpected '%'");
        assertMalformed("Math.exit(0)", 1, "'M' where a number");
    }

    private static void assertMalformed(String text, int column, String problem) {
        assertThatThrownBy(() -> ArithmeticExpression.parse(text))
                .as(text)
                .isInstanceOfSatisfying(
                        ArithmeticExpression.MalformedException.class,
                        e -> assertThat(e.column()).as("column in '%s'", text).isEqualTo(column))
                .hasMessageContaining(problem);
    }

    private static BigDecimal evaluate(String text) {
        return ArithmeticExpression.parse(text).evaluate(INPUTS);
    }
}
