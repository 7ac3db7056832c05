package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.account.Role;
import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Polarity;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import jakarta.servlet.ServletContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The fragments the measure page includes ({@code planning/targets/fragments :: measureTargets(...)} and {@code
 * measurePerformance(...)}), rendered with the application's template engine as the measure page will.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetFragmentsIntegrationTests {

    private final SpringTemplateEngine engine;
    private final ApplicationContext context;
    private final ServletContext servletContext;
    private final TargetTestData data;
    private final TargetEvaluations evaluations;
    private final PerformanceMeasures performance;

    @Autowired
    TargetFragmentsIntegrationTests(
            SpringTemplateEngine engine,
            ApplicationContext context,
            ServletContext servletContext,
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            Organisations organisations,
            TargetEvaluations evaluations,
            PerformanceMeasures performance) {
        this.engine = engine;
        this.context = context;
        this.servletContext = servletContext;
        this.evaluations = evaluations;
        this.performance = performance;
        this.data = new TargetTestData(jdbc, catalog, values, territories, organisations);
    }

    @Test
    void measureTargetsListsTheTargetsWithTheirVerdicts() {
        TargetTestData.Plan plan = data.aPlan();
        IndicatorKey key = data.anIndicator(Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        data.values(key, data.peine(), "2013:10", "2014:20");
        long id = data.aTarget(
                plan.measureId(),
                null,
                key,
                data.peine(),
                TargetKind.ABSOLUTE,
                "15",
                LocalDate.of(2015, 12, 31),
                null,
                null);

        String html = render(
                "measureTargets",
                Map.of("evaluations", evaluations.forMeasure(plan.measureId(), LocalDate.of(2015, 3, 31))),
                Locale.GERMAN);
        String none = render("measureTargets", Map.of("evaluations", List.of()), Locale.ENGLISH);

        assertThat(html).contains("/ziele/" + id, "erreicht", "<span>20</span>", "(2014)", "bis 31.12.2015");
        assertThat(none).contains("No target values have been set for this measure.");
    }

    @Test
    void measurePerformanceShowsTheLatestValueOfEachPerformanceMeasure() {
        TargetTestData.Plan plan = data.aPlan();
        String lead = data.aMemberOf(plan.organisationId());
        String empty = render(
                "measurePerformance",
                Map.of("performance", performance.forMeasure(plan.measureId()).orElseThrow()),
                Locale.GERMAN);

        long pm = asPlanner(() -> performance
                .define(
                        plan.measureId(),
                        new PerformanceMeasureDraft(PerformanceQuestion.BETTER_OFF, "Vermittlungen", "Anzahl"))
                .id());
        asUser(
                lead,
                () -> performance.enter(
                        plan.measureId(), new PerformanceValueEntry(pm, "2014", new BigDecimal("1234.5"), null)));
        asUser(
                lead,
                () -> performance.enter(
                        plan.measureId(), new PerformanceValueEntry(pm, "2015-Q1", new BigDecimal("7"), null)));
        String html = render(
                "measurePerformance",
                Map.of("performance", performance.forMeasure(plan.measureId()).orElseThrow()),
                Locale.GERMAN);

        assertThat(empty).contains("Kennzahlen der Maßnahme", "Für diese Maßnahme sind keine Kennzahlen festgelegt.");
        assertThat(html)
                .contains("Geht es jemandem besser?", "Vermittlungen (Anzahl)", "2014: ", "1.234,5", "2015-Q1: ");
    }

    private static <T> T asPlanner(Supplier<T> action) {
        return as(new UsernamePasswordAuthenticationToken("planerin", null, List.of(Role.PLANNER.authority())), action);
    }

    private static void asUser(String username, Runnable action) {
        as(new UsernamePasswordAuthenticationToken(username, null, List.of(Role.PROVIDER.authority())), () -> {
            action.run();
            return null;
        });
    }

    private static <T> T as(Authentication who, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String render(String fragment, Map<String, Object> variables, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        WebContext web = new WebContext(
                JakartaServletWebApplication.buildApplication(servletContext)
                        .buildExchange(request, new MockHttpServletResponse()),
                locale);
        web.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        web.setVariable("currentLang", locale.getLanguage());
        variables.forEach(web::setVariable);
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            return engine.process("planning/targets/fragments", Set.of(fragment), web);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }
}
