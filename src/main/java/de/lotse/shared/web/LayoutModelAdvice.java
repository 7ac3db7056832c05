package de.lotse.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Values every page layout needs: the interface language ({@code uiLang}: de, en, tr, ar, ru or uk), the language of
 * pages translated into German and English only ({@code currentLang}: en for English, else de), and the links that
 * switch the language.
 */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("currentLang")
    String currentLang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    @ModelAttribute("uiLang")
    String uiLang(Locale locale) {
        return LocaleConfiguration.supported(locale.getLanguage()) ? locale.getLanguage() : "de";
    }

    @ModelAttribute("langSwitch")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(
                switchTo(request, "de"),
                switchTo(request, "en"),
                LocaleConfiguration.SUPPORTED.stream()
                        .map(l -> new LanguageLink(l.getLanguage(), ownName(l), switchTo(request, l.getLanguage())))
                        .toList());
    }

    /** The name of a language in itself, capitalised as at the start of a sentence ("Русский"). */
    private static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static String switchTo(HttpServletRequest request, String lang) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", lang)
                .replaceQueryParam("continue")
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }

    /** Relative URLs of the current page in German and in English, and in every interface language. */
    record LanguageLinks(String de, String en, List<LanguageLink> links) {}

    /** A language of the switch: its code, its name in itself (e.g. "Türkçe") and the URL of the page in it. */
    record LanguageLink(String code, String name, String href) {}
}
