package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetFormTests {

    @Test
    void readsGermanNumbers() {
        assertThat(read("1.234,5", Locale.GERMAN)).isEqualByComparingTo("1234.5");
        assertThat(read("1.234", Locale.GERMAN)).as("thousands separator").isEqualByComparingTo("1234");
        assertThat(read("12,5", Locale.GERMAN)).isEqualByComparingTo("12.5");
        assertThat(read("12.5", Locale.GERMAN)).as("a single decimal point").isEqualByComparingTo("12.5");
        assertThat(read("\u22125", Locale.GERMAN)).as("true minus sign").isEqualByComparingTo("-5");
        assertThat(read("10 %", Locale.GERMAN)).isEqualByComparingTo("10");
    }

    @Test
    void readsEnglishNumbers() {
        assertThat(read("1,234.5", Locale.ENGLISH)).isEqualByComparingTo("1234.5");
        assertThat(read("1.234", Locale.ENGLISH)).isEqualByComparingTo("1.234");
    }

    @Test
    void namesTheFieldOfAnUnreadableNumber() {
        Map<String, String> errors = new LinkedHashMap<>();

        assertThat(TargetForm.number("targetValue", "zwölf", Locale.GERMAN, errors))
                .isNull();
        assertThat(TargetForm.number("baselineValue", " ", Locale.GERMAN, errors))
                .isNull();
        assertThat(errors).containsExactly(Map.entry("targetValue", "targets.error.number"));
    }

    private static BigDecimal read(String text, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal value = TargetForm.number("value", text, locale, errors);
        assertThat(errors).isEmpty();
        return value;
    }
}
