package de.lotse.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Links to WebJars get their version; other links stay as they are; Spring's own URL filter is not registered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StaticResourceUrlFilterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void webJarLinksCarryTheirVersionAndPageLinksStayUnchanged() throws Exception {
        mvc.perform(get("/beratung"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet.js")))
                .andExpect(content().string(not(containsString("\"/webjars/leaflet/dist/leaflet.js\""))))
                .andExpect(content().string(containsString("href=\"/beratung/leichte-sprache\"")))
                .andExpect(content().string(containsString("/css/")));
        // the version-less path still serves the file
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
    }

    @Test
    void onlyThisFilterRewritesResourceUrls() {
        @SuppressWarnings("rawtypes")
        Map<String, FilterRegistrationBean> registrations = context.getBeansOfType(FilterRegistrationBean.class);
        assertThat(registrations.values())
                .filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
                .singleElement()
                .satisfies(r -> assertThat(r.getFilter()).isInstanceOf(StaticResourceUrlFilter.class));
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void resolvesStaticPathsKeepingQueryAndFragment() {
        StaticResourceUrlFilter filter = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(FilterRegistrationBean::getFilter)
                .filter(StaticResourceUrlFilter.class::isInstance)
                .map(StaticResourceUrlFilter.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(filter.resolve("/webjars/leaflet/dist/leaflet.css?x=1#top"))
                .isEqualTo("/webjars/leaflet/1.9.4/dist/leaflet.css?x=1#top");
        assertThat(filter.resolve("/beratung/angebote/1")).isEqualTo("/beratung/angebote/1");
        assertThat(filter.resolve("/css/gibt-es-nicht.css")).isEqualTo("/css/gibt-es-nicht.css");
        assertThat(filter.resolve(null)).isNull();
    }
}
