package de.lotse.indicator;

/**
 * A text in German, the language of the planners, and optionally in English.
 *
 * @param de German text, required
 * @param en English text, {@code null} when there is none yet (the German text is shown instead)
 */
public record LocalizedText(String de, String en) {

    public LocalizedText {
        if (de == null || de.isBlank()) {
            throw new IllegalArgumentException("A text needs a German version");
        }
        de = de.strip();
        en = en == null || en.isBlank() ? null : en.strip();
    }

    /** The text in the given language ({@code "en"} or anything else for German), German if there is no English. */
    public String in(String language) {
        return "en".equals(language) && en != null ? en : de;
    }
}
