package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityHeadersIntegrationTests {

    private static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void letsAnonymousVisitorOpenPublicPage() throws Exception {
        HttpResponse<String> response = get("/barrierefreiheit");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1");
    }

    @Test
    void sendsSecurityHeadersWithPages() throws Exception {
        HttpHeaders headers = get("/login").headers();

        assertThat(headers.firstValue("Content-Security-Policy")).contains(STRICT_POLICY);
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).contains("camera=(), microphone=(), geolocation=()");
        // HSTS only over HTTPS
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void sendsSecurityHeadersWithApiResponsesAndErrors() throws Exception {
        HttpHeaders headers = get("/api/v1/me").headers();

        assertThat(headers.firstValue("Content-Security-Policy")).contains(STRICT_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(get("/no-such-page").headers().firstValue("Content-Security-Policy"))
                .contains(STRICT_POLICY);
    }

    @Test
    void sendsHstsOverHttps() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/docs", "/api/swagger-ui/index.html", "/swagger-ui/index.html"})
    void allowsInlineStylesOnlyForSwaggerUi(String path) throws Exception {
        String policy =
                get(path).headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).isEqualTo(STRICT_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "de")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
