package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NewValueTests {

    private static final IndicatorKey KEY = IndicatorKey.of("bevoelkerung");
    private static final Period YEAR = Period.year(2015);

    @Test
    void readsEveryOfficialStatusSymbol() {
        assertThat(StatusSymbol.of("-")).contains(StatusSymbol.NOTHING);
        assertThat(StatusSymbol.of(".")).contains(StatusSymbol.UNKNOWN_OR_SECRET);
        assertThat(StatusSymbol.of("x")).contains(StatusSymbol.NOT_MEANINGFUL);
        assertThat(StatusSymbol.of("/")).contains(StatusSymbol.TOO_UNCERTAIN);
        assertThat(StatusSymbol.of("...")).contains(StatusSymbol.NOT_YET_AVAILABLE);
        assertThat(StatusSymbol.of("..")).isEmpty();
        assertThat(StatusSymbol.of("X")).isEmpty();
    }

    @Test
    void mapsTheSymbolsOfTheFileReaders() {
        for (StatisticsSymbol symbol : StatisticsSymbol.values()) {
            assertThat(StatusSymbol.of(symbol).sign()).isEqualTo(symbol.sign());
        }
    }

    @Test
    void needsANumberOrASymbol() {
        assertThatThrownBy(() -> new NewValue(KEY, 1, YEAR, null, null, null, null))
                .hasMessageContaining("number or a status symbol");
    }

    @Test
    void keepsNoNumberWithNotYetAvailableOrNotMeaningful() {
        assertThatThrownBy(() -> new NewValue(KEY, 1, YEAR, BigDecimal.ONE, StatusSymbol.NOT_YET_AVAILABLE, null, null))
                .hasMessageContaining("'...' has no number");
        assertThatThrownBy(() -> new NewValue(KEY, 1, YEAR, BigDecimal.ONE, StatusSymbol.NOT_MEANINGFUL, null, null))
                .hasMessageContaining("'x' has no number");
        assertThat(NewValue.symbol(KEY, 1, YEAR, StatusSymbol.NOT_YET_AVAILABLE).value())
                .isNull();
    }

    @Test
    void acceptsNothingOnlyAsZero() {
        assertThat(new NewValue(KEY, 1, YEAR, BigDecimal.ZERO, StatusSymbol.NOTHING, null, null).value())
                .isZero();
        assertThatThrownBy(() -> new NewValue(KEY, 1, YEAR, BigDecimal.TWO, StatusSymbol.NOTHING, null, null))
                .hasMessageContaining("is 0");
    }

    @Test
    void keepsTheWithheldNumberOfASecretValue() {
        NewValue secret = new NewValue(KEY, 1, YEAR, BigDecimal.TWO, StatusSymbol.UNKNOWN_OR_SECRET, null, null);

        assertThat(secret.value()).isEqualTo(BigDecimal.TWO);
        assertThat(secret.provenance()).isEqualTo(Provenance.NONE);
    }

    @Test
    void readsTheQualityMarks() {
        assertThat(QualityFlag.of("p")).contains(QualityFlag.PROVISIONAL);
        assertThat(QualityFlag.of("e")).contains(QualityFlag.FINAL);
        assertThat(QualityFlag.of("q")).isEmpty();
        assertThat(QualityFlag.of(null)).isEmpty();
    }
}
