package de.lotse.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Registers {@link StaticResourceUrlFilter} in place of Spring Boot's {@code ResourceUrlEncodingFilter}. */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrlConfiguration {

    /**
     * Declared with Spring's filter type as the generic type: Spring Boot's {@code @ConditionalOnMissingFilterBean} only
     * recognises that exact registration type and would otherwise register its own filter as well.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlFilter(
            ObjectProvider<ResourceUrlProvider> urls) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticResourceUrlFilter(urls));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
