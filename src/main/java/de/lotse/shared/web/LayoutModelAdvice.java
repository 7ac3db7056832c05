package de.lotse.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Values every page layout needs: the current language and the links that switch it. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("currentLang")
    String currentLang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    @ModelAttribute("langSwitch")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(switchTo(request, "de"), switchTo(request, "en"));
    }

    private static String switchTo(HttpServletRequest request, String lang) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", lang)
                .replaceQueryParam("continue")
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }

    /** Relative URLs of the current page in German and in English. */
    record LanguageLinks(String de, String en) {}
}
