package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest
    @CsvSource({
        "31.12.2015, REFERENCE_DATE, 2015-12-31, 2015-12-31, 2015-12-31",
        "2015-12-31, REFERENCE_DATE, 2015-12-31, 2015-12-31, 2015-12-31",
        "01.03.2016, REFERENCE_DATE, 2016-03-01, 2016-03-01, 2016-03-01",
        "29.02.2016, REFERENCE_DATE, 2016-02-29, 2016-02-29, 2016-02-29",
        "2015, YEAR, 2015, 2015-01-01, 2015-12-31",
        "2015/16, SCHOOL_YEAR, 2015/16, 2015-08-01, 2016-07-31",
        "1999/00, SCHOOL_YEAR, 1999/00, 1999-08-01, 2000-07-31",
        "2015-Q1, QUARTER, 2015-Q1, 2015-01-01, 2015-03-31",
        "2015-Q3, QUARTER, 2015-Q3, 2015-07-01, 2015-09-30",
        "2015-Q4, QUARTER, 2015-Q4, 2015-10-01, 2015-12-31",
        "2015-07, MONTH, 2015-07, 2015-07-01, 2015-07-31",
        "2016-02, MONTH, 2016-02, 2016-02-01, 2016-02-29",
        "' 2015 ', YEAR, 2015, 2015-01-01, 2015-12-31"
    })
    void parsesEveryKindIntoItsCanonicalText(
            String text, Period.Kind kind, String canonical, LocalDate start, LocalDate end) {
        Period period = Period.parse(text);

        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.toString()).isEqualTo(canonical);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(Period.parse(period.toString())).isEqualTo(period);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "31.02.2015",
                "32.12.2015",
                "2015-02-30",
                "2015-13",
                "2015-00",
                "2015-Q0",
                "2015-Q5",
                "2015/17",
                "2015/2016",
                "15",
                "20155",
                "1799",
                "3000",
                "2015 Q3",
                "Dez 2015",
                "31.12.15",
                "2015-7"
            })
    void rejectsTextsThatAreNoPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheAcceptedFormsWhenItRejectsAText() {
        assertThatThrownBy(() -> Period.parse("Ende 2015"))
                .hasMessageContaining("'Ende 2015' is not a period")
                .hasMessageContaining("2015/16")
                .hasMessageContaining("2015-Q3");
    }

    @Test
    void rejectsFirstDaysThatDoNotFitTheKind() {
        assertThatThrownBy(() -> new Period(Period.Kind.YEAR, LocalDate.of(2015, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Period.Kind.SCHOOL_YEAR, LocalDate.of(2015, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Period.Kind.QUARTER, LocalDate.of(2015, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Period.Kind.MONTH, LocalDate.of(2015, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.quarter(2015, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsTheSamePeriodsAsItParses() {
        assertThat(Period.referenceDate(LocalDate.of(2015, 12, 31))).isEqualTo(Period.parse("31.12.2015"));
        assertThat(Period.year(2015)).isEqualTo(Period.parse("2015"));
        assertThat(Period.schoolYear(2015)).isEqualTo(Period.parse("2015/16"));
        assertThat(Period.quarter(2015, 3)).isEqualTo(Period.parse("2015-Q3"));
        assertThat(Period.month(YearMonth.of(2015, 7))).isEqualTo(Period.parse("2015-07"));
    }

    @Test
    void ordersPeriodsOfOneKindFromOldToNew() {
        assertThat(sorted("2016", "2014", "2015")).containsExactly("2014", "2015", "2016");
        assertThat(sorted("31.12.2015", "30.06.2015", "31.12.2014"))
                .containsExactly("2014-12-31", "2015-06-30", "2015-12-31");
        assertThat(sorted("2015/16", "2014/15", "2016/17")).containsExactly("2014/15", "2015/16", "2016/17");
        assertThat(sorted("2015-Q4", "2016-Q1", "2015-Q1")).containsExactly("2015-Q1", "2015-Q4", "2016-Q1");
        assertThat(sorted("2015-10", "2015-09", "2016-01")).containsExactly("2015-09", "2015-10", "2016-01");
    }

    @Test
    void ordersPeriodsOfDifferentKindsByTheirLastDay() {
        assertThat(sorted("2015", "2015-Q4", "2015-12", "31.12.2015", "2015/16", "2015-07", "30.06.2015"))
                .as("periods that end on the same day: the longest first")
                .containsExactly("2015-06-30", "2015-07", "2015", "2015-Q4", "2015-12", "2015-12-31", "2015/16");
        assertThat(Period.parse("2015").compareTo(Period.parse("2015"))).isZero();
    }

    private static List<String> sorted(String... texts) {
        List<Period> periods = new ArrayList<>();
        for (String text : texts) {
            periods.add(Period.parse(text));
        }
        Collections.sort(periods);
        return periods.stream().map(Period::toString).toList();
    }
}
