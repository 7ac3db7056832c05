package de.lotse.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German by default, complete English, and for the public Beratungswegweiser also Turkish, Arabic, Russian and
 * Ukrainian: {@code ?lang=de|en|tr|ar|ru|uk} switches and is remembered in a cookie; without a cookie the browser's
 * Accept-Language decides (the first of its languages Lotse speaks), anything else falls back to German.
 *
 * <p>Texts that are not translated into the chosen language fall back to German, text by text (not to the message
 * key, not to an error): most pages exist in German and English only, and their bundles have no Turkish file.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(
            Locale.GERMAN,
            Locale.ENGLISH,
            Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("ar"),
            Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("uk"));

    static boolean supported(String language) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language));
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lotse-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") == null) {
                return Locale.GERMAN;
            }
            for (var it = request.getLocales().asIterator(); it.hasNext(); ) {
                Locale candidate = it.next();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(candidate.getLanguage())) {
                        return supported;
                    }
                }
            }
            return Locale.GERMAN;
        });
        return resolver;
    }

    /** Gives the application's message source a German fallback for every text missing in another language. */
    @Bean
    static BeanPostProcessor germanMessageFallback() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("messageSource".equals(beanName)
                        && bean instanceof AbstractMessageSource source
                        && source.getParentMessageSource() == null) {
                    source.setParentMessageSource(new GermanFallback(source));
                }
                return bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                if (lang != null && !supported(lang)) {
                    return true; // unknown language codes are ignored, not an error
                }
                return super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    /**
     * The parent of the message source: asked only for texts the chosen language lacks, it answers with the German
     * text (and with nothing for German itself, so a missing German text still fails as before).
     */
    static final class GermanFallback implements MessageSource {

        private final MessageSource german;

        GermanFallback(MessageSource german) {
            this.german = german;
        }

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            if (locale == null || isGerman(locale)) {
                return defaultMessage;
            }
            return german.getMessage(code, args, defaultMessage, Locale.GERMAN);
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) {
            if (locale == null || isGerman(locale)) {
                throw new org.springframework.context.NoSuchMessageException(code, locale);
            }
            return german.getMessage(code, args, Locale.GERMAN);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            if (locale == null || isGerman(locale)) {
                throw new org.springframework.context.NoSuchMessageException(
                        resolvable.getCodes() == null ? "" : resolvable.getCodes()[0], locale);
            }
            return german.getMessage(resolvable, Locale.GERMAN);
        }

        private static boolean isGerman(Locale locale) {
            return "de".equals(locale.getLanguage());
        }
    }
}
