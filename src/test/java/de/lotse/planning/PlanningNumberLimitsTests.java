package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers that PostgreSQL cannot store (or no statistic needs) are refused as a field problem, not a server error. */
class PlanningNumberLimitsTests {

    @Test
    void aPerformanceValueMustBeStorable() {
        assertThat(new PerformanceValueEntry(1L, "2024", new BigDecimal("1e999999"), null).problems())
                .extracting(TargetDraft.Problem::field)
                .containsExactly("value");
        assertThat(new PerformanceValueEntry(1L, "2024", new BigDecimal("0.0000001"), null).problems())
                .extracting(TargetDraft.Problem::field)
                .containsExactly("value");
        assertThat(new PerformanceValueEntry(1L, "2024", new BigDecimal("1234567.5"), null).problems())
                .isEmpty();
    }

    @Test
    void storableNumbersStayBelowTenToTheFifteenWithSixDecimals() {
        assertThat(TargetDraft.storable(new BigDecimal("999999999999999"))).isTrue();
        assertThat(TargetDraft.storable(new BigDecimal("1e15"))).isFalse();
        assertThat(TargetDraft.storable(new BigDecimal("-1e15"))).isFalse();
        assertThat(TargetDraft.storable(new BigDecimal("12.123456"))).isTrue();
        assertThat(TargetDraft.storable(new BigDecimal("12.1234567"))).isFalse();
        assertThat(TargetDraft.storable(new BigDecimal("1E+3"))).isTrue();
    }
}
