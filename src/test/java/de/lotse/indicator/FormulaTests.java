package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTests {

    @Test
    void namesTheIndicatorsAnExpressionReadsInOrderOfFirstAppearance() {
        Formula formula = new Formula.Expression(
                "({sgb2-unter-15} + {sozialgeld-unter-15}) / {bevoelkerung-unter-15} * 100 - {sgb2-unter-15} * 0.5");

        assertThat(formula.references())
                .extracting(IndicatorKey::value)
                .containsExactly("sgb2-unter-15", "sozialgeld-unter-15", "bevoelkerung-unter-15");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "100",
                "{a1} ^ 2",
                "sgb2-unter-15 / bevoelkerung",
                "{Bevoelkerung} * 2",
                "{a1} / ({b1} * 100",
                "{a1} / {b1}) * (100",
                "{a1} / {} * 100",
                "{a1}; DROP TABLE indicator"
            })
    void rejectsExpressionsItCannotRead(String text) {
        assertThatThrownBy(() -> new Formula.Expression(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsARatioAsNumeratorAndDenominator() {
        Formula ratio = new Formula.Ratio(
                IndicatorKey.of("sgb2-unter-15"), IndicatorKey.of("bevoelkerung-unter-15"), new BigDecimal("100.00"));

        assertThat(ratio.references())
                .extracting(IndicatorKey::value)
                .containsExactly("sgb2-unter-15", "bevoelkerung-unter-15");
        assertThat(ratio)
                .isEqualTo(new Formula.Ratio(
                        IndicatorKey.of("sgb2-unter-15"),
                        IndicatorKey.of("bevoelkerung-unter-15"),
                        new BigDecimal("1E+2")));
    }

    @Test
    void rejectsARatioWithoutAPositiveFactor() {
        assertThatThrownBy(() -> new Formula.Ratio(IndicatorKey.of("ab"), IndicatorKey.of("cd"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Formula.Ratio(IndicatorKey.of("ab"), null, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsNothingForARawIndicator() {
        assertThat(new Formula.Raw().references()).isEmpty();
    }
}
