package de.lotse.directory.review;

import de.lotse.directory.ReviewState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts of the review pages: German or English dates, field paths as readable labels ("Ort 1 › Sprechzeit 2 ›
 * Beginn"), problems as texts. Templates call it as {@code ${@reviewFormat.date(day)}}.
 */
@Component("reviewFormat")
class ReviewFormat {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter GERMAN_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final MessageSource messages;

    ReviewFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A day, e.g. "31.12.2024" or "31 Dec 2024"; empty for null. */
    public String date(LocalDate day) {
        return day == null ? "" : (english() ? ENGLISH_DATE : GERMAN_DATE).format(day);
    }

    /** A point in time in the county's time zone; empty for null. */
    public String time(Instant instant) {
        return instant == null ? "" : (english() ? ENGLISH_TIME : GERMAN_TIME).format(instant.atZone(Staleness.ZONE));
    }

    /** The label of a state: Entwurf, eingereicht, veröffentlicht, zurückgegeben. */
    public String state(ReviewState state) {
        return text("review.state." + state.name());
    }

    /** A field path as a readable label, e.g. "Ort 1 › Sprechzeit 2 › Beginn". */
    public String path(String path) {
        StringBuilder label = new StringBuilder();
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            String name = m.matches() ? m.group(1) : part;
            String text = messages.getMessage("review.path." + name, null, name, LocaleContextHolder.getLocale());
            if (!label.isEmpty()) {
                label.append(" › ");
            }
            label.append(text);
            if (m.matches() && m.group(2) != null) {
                label.append(' ').append(Integer.parseInt(m.group(2)) + 1);
            }
        }
        return label.toString();
    }

    /** The texts of problems by field path (the first problem of a field wins). */
    Map<String, String> texts(List<ProposalFieldProblem> problems, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ProposalFieldProblem p : problems) {
            texts.putIfAbsent(
                    p.field(), messages.getMessage(p.messageKey(), p.arguments().toArray(), p.message(), locale));
        }
        return texts;
    }

    /** The texts of the form's own problems (codes of {@code review.problem.*}). */
    Map<String, String> formTexts(Map<String, String> codes, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        codes.forEach((field, code) -> texts.put(field, messages.getMessage("review.problem." + code, null, locale)));
        return texts;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
