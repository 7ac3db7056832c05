package de.lotse.planning.web;

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
 * Dates of the evaluation-round pages in the visitor's language: German {@code 31.03.2016}, English {@code 31 Mar
 * 2016}; times in the county's zone. Templates call it as {@code ${@evaluationRoundFormat.date(d)}}.
 */
@Component("evaluationRoundFormat")
class EvaluationRoundFormat {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public String date(LocalDate date) {
        if (date == null) {
            return "–";
        }
        return german()
                ? DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date)
                : english("d MMM yyyy").format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "–";
        }
        return german()
                ? DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm").format(instant.atZone(ZONE))
                : english("d MMM yyyy, HH:mm").format(instant.atZone(ZONE));
    }

    /** A whole percentage: "45 %" in German, "45%" in English. */
    public String percent(int value) {
        return german() ? value + "\u00a0%" : value + "%";
    }

    /** A change of percentage points with its sign: "+15", "−5", "±0". */
    public String delta(int points) {
        if (points == 0) {
            return "±0";
        }
        return points > 0 ? "+" + points : "\u2212" + Math.abs(points);
    }

    /** A figure as entered, e.g. "1.250,5" in German and "1,250.5" in English; "–" when unknown. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(german() ? Locale.GERMAN : Locale.ENGLISH);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A figure with its unit, e.g. "12,5 %"; "–" when unknown. */
    public String number(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        BigDecimal shown =
                value.setScale(Math.min(Math.max(0, value.stripTrailingZeros().scale()), 2), RoundingMode.HALF_UP);
        return unit == null || unit.isBlank() ? number(shown) : number(shown) + "\u00a0" + unit;
    }

    private static boolean german() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static DateTimeFormatter english(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }
}
