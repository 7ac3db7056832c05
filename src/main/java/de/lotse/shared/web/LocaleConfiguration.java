package de.lotse.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German by default, complete English: {@code ?lang=de|en} switches and is remembered in a cookie; without a cookie the
 * browser's Accept-Language decides, and anything other than English falls back to German.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

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
                if (lang != null
                        && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                    return true; // unknown language codes are ignored, not an error
                }
                return super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
