package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValueTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "132320|132320",
                "15961,0|15961.0",
                "-14,6|-14.6",
                "-0,3|-0.3",
                "0|0",
                "1.234.567,5|1234567.5",
                " 44,2 |44.2"
            })
    void readsGermanNumbers(String raw, BigDecimal value) {
        assertThat(CellValue.parse(raw)).hasValueSatisfying(cell -> {
            assertThat(cell.number()).isEqualByComparingTo(value);
            assertThat(cell.symbol()).isNull();
            assertThat(cell.quality()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource({"-, NOTHING", "., UNKNOWN_OR_SECRET", "x, NOT_MEANINGFUL", "/, TOO_UNCERTAIN", "..., NOT_YET_AVAILABLE"
    })
    void readsTheOfficialSymbolsAsNoValue(String raw, StatisticsSymbol symbol) {
        assertThat(CellValue.parse(raw)).hasValueSatisfying(cell -> {
            assertThat(cell.number()).isNull();
            assertThat(cell.symbol()).isEqualTo(symbol);
            assertThat(cell.symbol().sign()).isEqualTo(raw);
        });
    }

    @Test
    void keepsAQualityMarkWrittenAfterTheNumber() {
        assertThat(CellValue.parse("1234p")).hasValue(new CellValue(new BigDecimal("1234"), null, "p"));
        assertThat(CellValue.parse("12,5 s")).hasValue(new CellValue(new BigDecimal("12.5"), null, "s"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "k.A.", "12a", "1,2,3", "12.34", "1.2345", "--", "x1", "1 234", "Insgesamt"})
    void rejectsWhatIsNeitherNumberNorSymbol(String raw) {
        assertThat(CellValue.parse(raw)).isEmpty();
    }
}
