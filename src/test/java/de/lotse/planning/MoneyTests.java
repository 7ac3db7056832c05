package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertThat(Money.parse("10000")).isEqualTo(Money.euros(10_000));
        assertThat(Money.parse("10.000")).isEqualTo(Money.euros(10_000));
        assertThat(Money.parse("10.000,50 €")).isEqualTo(Money.of("10000.50"));
        assertThat(Money.parse("1234,5")).isEqualTo(Money.of("1234.50"));
        assertThat(Money.parse("99.95")).isEqualTo(Money.of("99.95"));
        assertThat(Money.parse(" ")).isNull();
        assertThat(Money.parse(null)).isNull();
    }

    @Test
    void refusesWhatIsNoAmountOfEuros() {
        assertThatThrownBy(() -> Money.parse("zehn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(new Money(new BigDecimal("5"))).isEqualTo(new Money(new BigDecimal("5.00")));
        assertThat(Money.euros(5).plus(Money.of("0.5"))).isEqualTo(Money.of("5.50"));
        assertThat(Money.euros(5).toString()).isEqualTo("5.00");
    }

    @Test
    void budgetDerivesNothingFromUnknownAmounts() {
        assertThat(Budget.UNKNOWN.isUnknown()).isTrue();
        Budget onlyPlanned = new Budget(Money.euros(10_000), null, null);
        assertThat(onlyPlanned.remaining()).isNull();
        assertThat(onlyPlanned.spentPercent()).isNull();
        assertThat(onlyPlanned.isOverspent()).isFalse();
        Budget partly = new Budget(null, Money.euros(10_000), Money.euros(2_500));
        assertThat(partly.remaining()).isEqualTo(Money.euros(7_500));
        assertThat(partly.spentPercent()).isEqualTo(25);
        Budget over = new Budget(null, Money.euros(100), Money.euros(120));
        assertThat(over.isOverspent()).isTrue();
        assertThat(over.remaining()).isNull();
    }
}
