package de.lotse.planning.web;

import de.lotse.indicator.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Figures, dates and periods as the target pages show them, German (1.234,5 · 31.12.2015) or English; templates call
 * it as {@code ${@targetFormat.number(value, decimals)}}.
 */
@Component("targetFormat")
class TargetFormat {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter GERMAN_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** A figure with a fixed number of decimal places; empty for {@code null}. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(english() ? Locale.UK : Locale.GERMANY);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A figure as stored, without rounding (at most six decimal places). */
    public String plain(BigDecimal value) {
        return value == null
                ? ""
                : number(
                        value,
                        Math.min(6, Math.max(0, value.stripTrailingZeros().scale())));
    }

    /** A figure with an explicit sign, e.g. +10 or −2,5 (true minus sign). */
    public String signed(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = plain(value.abs());
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "\u2212" + text : text;
    }

    /** A figure with an explicit sign and a fixed number of decimal places, e.g. +1,25 or −0,50. */
    public String signed(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        String text = number(rounded.abs(), decimals);
        return rounded.signum() > 0 ? "+" + text : rounded.signum() < 0 ? "\u2212" + text : text;
    }

    /** A date, e.g. 31.12.2015 or 31 Dec 2015. */
    public String date(LocalDate date) {
        return date == null ? "" : (english() ? ENGLISH_DATE : GERMAN_DATE).format(date);
    }

    /** A point in time in the county's time zone. */
    public String time(Instant instant) {
        return instant == null ? "" : (english() ? ENGLISH_TIME : GERMAN_TIME).format(instant.atZone(ZONE));
    }

    /** A period: a reference date as a date, the others in their canonical text (2015, 2015/16, 2015-Q3, 2015-07). */
    public String period(Period period) {
        if (period == null) {
            return "";
        }
        return period.kind() == Period.Kind.REFERENCE_DATE ? date(period.start()) : period.toString();
    }

    /** The figure in the machine-readable form of data attributes (plain, dot as decimal separator). */
    public String data(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
