package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ApiSecurityIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JsonMapper json;

    @Test
    void answersAnonymousImportWith401Problem() throws Exception {
        HttpResponse<String> response = send(httpPost("/api/v1/imports/territories", null));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("WWW-Authenticate")).contains("Basic realm=\"Lotse\"");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/imports/territories");
    }

    @Test
    void answersViewerImportWith403Problem() throws Exception {
        String viewer = AccountTestData.aUser(accounts, Role.VIEWER);

        HttpResponse<String> response =
                send(httpPost("/api/v1/imports/territories", basic(viewer, AccountTestData.PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void answersWrongBasicPasswordWith401() throws Exception {
        HttpResponse<String> response = send(httpGet("/api/v1/me", basic("admin", "not-the-password")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("not valid");
    }

    @Test
    void answersAnonymousMeWith401() throws Exception {
        assertThat(send(httpGet("/api/v1/me", null)).statusCode()).isEqualTo(401);
    }

    @Test
    void authenticatesWithTokenCreatedOnAccountPage() throws Exception {
        String token = (String) mvc.perform(post("/konto/tokens")
                        .param("name", "CI-Skript")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("createdToken");
        assertThat(token).startsWith("lotse_");

        HttpResponse<String> response = send(httpGet("/api/v1/me", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());
        assertThat(me.get("username").asString()).isEqualTo("admin");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("ADMIN");
    }

    @Test
    void rejectsRevokedToken() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);
        ApiTokens.CreatedToken created = tokens.create(planner, "Skript");
        String bearer = "Bearer " + created.secret().value();
        assertThat(send(httpGet("/api/v1/me", bearer)).statusCode()).isEqualTo(200);

        mvc.perform(post("/konto/tokens/{id}/widerrufen", created.token().id())
                .with(user(planner).roles("PLANNER"))
                .with(csrf()));

        HttpResponse<String> response = send(httpGet("/api/v1/me", bearer));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void rejectsUnknownToken() throws Exception {
        assertThat(send(httpGet("/api/v1/me", "Bearer lotse_unknown")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void rejectsTokenAndPasswordOfDisabledUser() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);
        String bearer = "Bearer " + tokens.create(planner, "Skript").secret().value();

        mvc.perform(post("/admin/users/{username}/disable", planner)
                .with(user("admin").roles("ADMIN"))
                .with(csrf()));

        assertThat(send(httpGet("/api/v1/me", bearer)).statusCode()).isEqualTo(401);
        assertThat(send(httpGet("/api/v1/me", basic(planner, AccountTestData.PASSWORD)))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void letsAnonymousReadTheApi() throws Exception {
        // public: a missing resource is 404, not 401
        HttpResponse<String> response = send(httpGet("/api/v1/no-such-resource", null));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void letsAnonymousReadOpenApiDocumentWithBothWaysToSignIn() throws Exception {
        HttpResponse<String> response = send(httpGet("/api/v1/openapi", null));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(response.body());
        assertThat(document.at("/paths/~1api~1v1~1me/get/security").toString())
                .contains("basic")
                .contains("bearer");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest httpGet(String path, String authorization) {
        return request(path, authorization).GET().build();
    }

    private HttpRequest httpPost(String path, String authorization) {
        return request(path, authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
