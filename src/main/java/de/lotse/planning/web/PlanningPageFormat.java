package de.lotse.planning.web;

import de.lotse.planning.MeasureStatus;
import de.lotse.planning.RollUp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Dates, amounts and shares as the planning pages show them (model attribute {@code fmt}): German formats
 * (31.12.2015, 10.000,00 €) in German, English number separators in English. An unknown value gives {@code null}, so
 * the template can say "unbekannt" instead of showing 0.
 */
public final class PlanningPageFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    private final Locale locale;
    private final MessageSource messages;
    private final Locale uiLocale;

    PlanningPageFormat(Locale locale, MessageSource messages) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.GERMANY;
        this.uiLocale = locale;
        this.messages = messages;
    }

    /** A segment of the status bar of a roll-up: the status and its start and width in percent. */
    public record Segment(MeasureStatus status, String x, String width) {}

    /** The segments of the stacked status bar of a roll-up, in the order of the statuses. */
    public List<Segment> bar(RollUp rollUp) {
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        for (MeasureStatus s : rollUp.counts().keySet()) {
            double w = rollUp.share(s);
            segments.add(new Segment(s, svgPercent(x), svgPercent(w)));
            x += w;
        }
        return segments;
    }

    /** The adopting decision as one line, e.g. "Kreistag, 14.06.2006, Vorlage 2006/037"; {@code null} if unknown. */
    public String decision(String body, LocalDate on, String paper) {
        List<String> parts = new ArrayList<>();
        if (body != null) {
            parts.add(body);
        }
        if (on != null) {
            parts.add(date(on));
        }
        if (paper != null) {
            parts.add(msg("planningpages.paper", paper));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** A period such as "01.08.2017 – 31.07.2020", "ab 01.08.2017" or "bis 31.12.2015"; {@code null} if unknown. */
    public String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null) {
            return msg("planningpages.period.until", date(end));
        }
        if (end == null) {
            return msg("planningpages.period.from", date(start));
        }
        return date(start) + " – " + date(end);
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, uiLocale);
    }

    /** A day as 31.12.2015; {@code null} for none. */
    public String date(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    /** A moment as 31.12.2015, 14:05 (German time); {@code null} for none. */
    public String moment(Instant moment) {
        return moment == null ? null : MOMENT.format(moment);
    }

    /** An amount in euro with two decimals, e.g. 10.000,00 €; {@code null} when not known. */
    public String euro(BigDecimal amount) {
        return amount == null ? null : number(amount, 2) + "\u00a0€";
    }

    /** A share in percent with up to one decimal, e.g. 62,5 %; {@code null} when not known. */
    public String percent(BigDecimal share) {
        if (share == null) {
            return null;
        }
        int decimals = share.stripTrailingZeros().scale() > 0 ? 1 : 0;
        return number(share, decimals) + "\u00a0%";
    }

    /** A bar length in percent for SVG attributes, with a decimal point. */
    public String svgPercent(double share) {
        return BigDecimal.valueOf(share).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private String number(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
