package de.lotse.indicator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a value refers to: a reference date (Stichtag), a calendar year, a school year (1 August to 31 July), a
 * quarter or a month. A period is identified by its kind and its first day. Its canonical text is ISO-like and is what
 * the database and the API store: {@code 2015-12-31}, {@code 2015}, {@code 2015/16}, {@code 2015-Q3}, {@code 2015-07};
 * {@link #parse(String)} also reads the German date {@code 31.12.2015}. Periods are ordered by their last day, then
 * their first day, then their kind, so a time series runs from old to new.
 *
 * @param kind what kind of period
 * @param start the first day: the date itself, 1 January, 1 August, the first day of the quarter or of the month
 */
public record Period(Kind kind, LocalDate start) implements Comparable<Period> {

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2999;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::end).thenComparing(Period::start).thenComparing(Period::kind);

    public Period {
        if (kind == null || start == null) {
            throw new IllegalArgumentException("A period needs a kind and a first day");
        }
        if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "A period lies between " + MIN_YEAR + " and " + MAX_YEAR + ", not in " + start.getYear());
        }
        boolean aligned =
                switch (kind) {
                    case REFERENCE_DATE -> true;
                    case YEAR -> start.getDayOfYear() == 1;
                    case SCHOOL_YEAR -> start.getMonthValue() == 8 && start.getDayOfMonth() == 1;
                    case QUARTER -> start.getDayOfMonth() == 1 && start.getMonthValue() % 3 == 1;
                    case MONTH -> start.getDayOfMonth() == 1;
                };
        if (!aligned) {
            throw new IllegalArgumentException("A " + kind + " period cannot start on " + start);
        }
    }

    /** A reference date (Stichtag), e.g. 31.12.2015. */
    public static Period referenceDate(LocalDate date) {
        return new Period(Kind.REFERENCE_DATE, date);
    }

    /** A calendar year. */
    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1));
    }

    /** The school year that starts in August of the given year, e.g. 2015 for 2015/16. */
    public static Period schoolYear(int startYear) {
        return new Period(Kind.SCHOOL_YEAR, LocalDate.of(startYear, 8, 1));
    }

    /** A quarter, 1 to 4. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
        return new Period(Kind.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
    }

    /** A month. */
    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1));
    }

    /**
     * Reads a period: {@code 31.12.2015} or {@code 2015-12-31} (reference date), {@code 2015} (year), {@code 2015/16}
     * (school year; the second year must follow the first), {@code 2015-Q3} (quarter), {@code 2015-07} (month).
     *
     * @throws IllegalArgumentException if the text is none of these or names an impossible date
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw malformed(text);
        }
        String t = text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = SCHOOL_YEAR.matcher(t)).matches()) {
                int first = Integer.parseInt(m.group(1));
                if ((first + 1) % 100 != Integer.parseInt(m.group(2))) {
                    throw new IllegalArgumentException(
                            "'" + t + "' is not a school year: the second year follows the first, e.g. 2015/16");
                }
                return schoolYear(first);
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if (t.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                return referenceDate(LocalDate.parse(t, GERMAN_DATE));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return referenceDate(LocalDate.parse(t));
            }
        } catch (DateTimeException e) {
            throw malformed(text);
        }
        throw malformed(text);
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("'" + text + "' is not a period: use a date (31.12.2015 or 2015-12-31),"
                + " a year (2015), a school year (2015/16), a quarter (2015-Q3) or a month (2015-07)");
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (kind) {
            case REFERENCE_DATE -> start;
            case YEAR -> start.plusYears(1).minusDays(1);
            case SCHOOL_YEAR -> start.plusYears(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
        };
    }

    /** The canonical text, e.g. {@code 2015-12-31}, {@code 2015}, {@code 2015/16}, {@code 2015-Q3}, {@code 2015-07}. */
    @Override
    public String toString() {
        return switch (kind) {
            case REFERENCE_DATE -> start.toString();
            case YEAR -> String.valueOf(start.getYear());
            case SCHOOL_YEAR -> start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            case MONTH -> YearMonth.from(start).toString();
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** The kinds of period official and municipal statistics use. */
    public enum Kind {
        /** A single day (Stichtag). */
        REFERENCE_DATE,
        /** A calendar year. */
        YEAR,
        /** A school year from 1 August to 31 July. */
        SCHOOL_YEAR,
        /** A calendar quarter. */
        QUARTER,
        /** A calendar month. */
        MONTH
    }
}
