package de.lotse.account;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Two filter chains: the JSON API under {@code /api/**} (stateless; HTTP Basic or personal API
 * tokens; reading is public, writing needs a sign-in) and the pages (form login with a session and CSRF protection;
 * reading is public except "Mein Konto" and the administration). Both send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@SecuritySchemes({
    @SecurityScheme(
            name = "basic",
            type = SecuritySchemeType.HTTP,
            scheme = "basic",
            description = "Username and password of a Lotse account"),
    @SecurityScheme(
            name = "bearer",
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            bearerFormat = "lotse_…",
            description = "A personal API token, created under \"Mein Konto\" (/konto)")
})
class SecurityConfiguration {

    /** No inline scripts or styles, nothing from other origins, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets inline styles; it gets the same policy with {@code 'unsafe-inline'} styles and nothing more. */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** API writes of the lead organisation of a measure: status reports and performance values. */
    static final String[] PLANNING_REPORTS_API = {
        "/api/v1/measures/*/status-reports",
        "/api/v1/measures/*/performance-values",
        "/api/v1/measures/*/performance-values/**"
    };

    static final String[] PLANNING_API = {
        "/api/v1/strategies",
        "/api/v1/strategies/**",
        "/api/v1/measures",
        "/api/v1/measures/**",
        "/api/v1/targets",
        "/api/v1/targets/**",
        "/api/v1/evaluation-rounds",
        "/api/v1/evaluation-rounds/**",
        "/api/v1/organisations",
        "/api/v1/organisations/**",
        "/api/v1/bodies",
        "/api/v1/bodies/**",
        "/api/v1/cross-cutting-aspects",
        "/api/v1/cross-cutting-aspects/**"
    };

    /** Pages of the lead organisation of a measure: status reports and performance values (GET form and POST). */
    static final String[] PLANNING_REPORT_PAGES = {
        "/massnahmen/*/statusbericht",
        "/massnahmen/*/statusbericht/**",
        "/massnahmen/*/kennzahlen",
        "/massnahmen/*/kennzahlen/**"
    };

    /** Forms for planners (GET shows the form); every POST under {@link #PLANNING_PAGES} needs a planner, too. */
    static final String[] PLANNING_EDIT_PAGES = {
        "/planung/neu",
        "/planung/*/bearbeiten",
        "/planung/*/bearbeiten/**",
        "/planung/*/evaluation/neu",
        "/planung/*/evaluation/*/bearbeiten",
        "/massnahmen/neu",
        "/massnahmen/*/bearbeiten",
        "/massnahmen/*/bearbeiten/**",
        "/ziele/neu",
        "/ziele/*/bearbeiten",
        "/organisationen/neu",
        "/organisationen/*/bearbeiten",
        "/gremien/neu",
        "/gremien/*/bearbeiten",
        "/querschnittsaspekte/**"
    };

    static final String[] PLANNING_PAGES = {
        "/planung",
        "/planung/**",
        "/massnahmen",
        "/massnahmen/**",
        "/ziele",
        "/ziele/**",
        "/organisationen",
        "/organisationen/**",
        "/gremien",
        "/gremien/**",
        "/querschnittsaspekte",
        "/querschnittsaspekte/**"
    };

    /** Counselling directory, planners only (all methods): review, duplicates, imports, exports, holidays. */
    static final String[] DIRECTORY_PLANNER_API = {
        "/api/v1/directory/duplicates",
        "/api/v1/directory/duplicates/**",
        "/api/v1/directory/imports",
        "/api/v1/directory/imports/**",
        "/api/v1/directory/holidays/imports",
        "/api/v1/directory/holidays/imports/**",
        "/api/v1/directory/export",
        "/api/v1/directory/export/**",
        "/api/v1/directory/stale"
    };

    /**
     * Counselling directory proposals: every method needs a signed-in user; the service lets planners and members of
     * the proposing organisation through and refuses everyone else (403).
     */
    static final String[] DIRECTORY_SIGNED_IN_API = {
        "/api/v1/directory/change-requests", "/api/v1/directory/change-requests/**"
    };

    /** Directory pages for planners only (all methods). */
    static final String[] DIRECTORY_PLANNER_PAGES = {
        "/verzeichnis/pruefung",
        "/verzeichnis/pruefung/**",
        "/verzeichnis/dubletten",
        "/verzeichnis/dubletten/**",
        "/verzeichnis/veraltet",
        "/verzeichnis/veraltet/**",
        "/verzeichnis/import",
        "/verzeichnis/import/**",
        "/verzeichnis/export",
        "/verzeichnis/export/**",
        "/verzeichnis/feiertage",
        "/verzeichnis/feiertage/**",
        "/verzeichnis/abdeckung",
        "/verzeichnis/abdeckung/**"
    };

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    /** Swagger UI: springdoc serves it next to its path, so /api/docs redirects to /api/swagger-ui/index.html. */
    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/docs"),
            PathPatternRequestMatcher.pathPattern("/api/swagger-ui/**"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ApiProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/imports/statistics/**")
                        // planners load official statistics; the territorial register stays with administrators
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers("/api/v1/imports/**")
                        .hasRole(Role.ADMIN.name())
                        // writes to the indicator catalogue, thresholds and saved analyses: planners
                        .requestMatchers(HttpMethod.POST, "/api/v1/indicators/**", "/api/v1/analysis/**")
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/indicators/**", "/api/v1/analysis/**")
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/indicators/**", "/api/v1/analysis/**")
                        .hasRole(Role.PLANNER.name())
                        // lead organisations report on their own measures; the service checks the membership
                        .requestMatchers(HttpMethod.POST, PLANNING_REPORTS_API)
                        .authenticated()
                        .requestMatchers(HttpMethod.PUT, PLANNING_REPORTS_API)
                        .authenticated()
                        // who acts for which organisation: administrators
                        .requestMatchers("/api/v1/organisations/*/members", "/api/v1/organisations/*/members/**")
                        .hasRole(Role.ADMIN.name())
                        // strategies, measures, targets, evaluation rounds, organisations and bodies: planners
                        .requestMatchers(HttpMethod.POST, PLANNING_API)
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers(HttpMethod.PUT, PLANNING_API)
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers(HttpMethod.PATCH, PLANNING_API)
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers(HttpMethod.DELETE, PLANNING_API)
                        .hasRole(Role.PLANNER.name())
                        // counselling directory: planners review, decide duplicates, import and export; writes by
                        // anyone signed in, checked by the service (planner, or member of the service's organisation)
                        .requestMatchers(DIRECTORY_PLANNER_API)
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers(DIRECTORY_SIGNED_IN_API)
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/directory/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/directory/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/directory/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/directory/**")
                        .authenticated()
                        .requestMatchers("/api/v1/me")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName(ApiProblemResponses.REALM).authenticationEntryPoint(problems))
                .addFilterBefore(ApiTokenAuthentication.filter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // no cookie authenticates an API request, so there is no cross-site request to forge
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessions, LogoutNotice logoutNotice)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/konto/**")
                        .authenticated()
                        .requestMatchers("/statistik/import/**")
                        .hasRole(Role.PLANNER.name())
                        // editing the indicator catalogue and early-warning thresholds: planners
                        .requestMatchers("/indikatoren/neu", "/indikatoren/*/bearbeiten", "/fruehwarnung/schwellen/**")
                        .hasRole(Role.PLANNER.name())
                        // lead organisations report on their own measures; the controller checks the membership
                        .requestMatchers(PLANNING_REPORT_PAGES)
                        .authenticated()
                        .requestMatchers("/organisationen/*/mitglieder", "/organisationen/*/mitglieder/**")
                        .hasRole(Role.ADMIN.name())
                        // forms that change strategies, measures, targets, evaluation rounds, organisations, bodies
                        .requestMatchers(PLANNING_EDIT_PAGES)
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers(HttpMethod.POST, PLANNING_PAGES)
                        .hasRole(Role.PLANNER.name())
                        // counselling directory editing: planners for review, coverage, duplicates, import,
                        // export; every other page of it for signed-in users (providers see their organisation's)
                        .requestMatchers(DIRECTORY_PLANNER_PAGES)
                        .hasRole(Role.PLANNER.name())
                        .requestMatchers("/verzeichnis", "/verzeichnis/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessHandler(logoutNotice))
                .sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired")))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // sent on HTTPS requests only (also behind a proxy that sets X-Forwarded-Proto)
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /** Passwords as bcrypt hashes with an algorithm prefix, so the algorithm can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** An administrator may do what a planner may, a planner what a viewer may. Providers stand apart. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.PLANNER.name())
                .role(Role.PLANNER.name())
                .implies(Role.VIEWER.name())
                .build();
    }

    /** The open sessions per user, so that disabling an account ends them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
