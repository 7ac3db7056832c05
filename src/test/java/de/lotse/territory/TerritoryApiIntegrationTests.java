package de.lotse.territory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TerritoryApiIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-only-admin-pw-7f3a9c";

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void returnsACountyWithPopulationAndValidity() throws Exception {
        mvc.perform(get("/api/v1/territories/03157"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("03157"))
                .andExpect(jsonPath("$.ars").value("031570000000"))
                .andExpect(jsonPath("$.ags").value("03157000"))
                .andExpect(jsonPath("$.name").value("Peine"))
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.type.code").value("44"))
                .andExpect(jsonPath("$.type.name").value("Landkreis"))
                .andExpect(jsonPath("$.parent.key").value("03"))
                .andExpect(jsonPath("$.areaKm2").value(536.5))
                .andExpect(jsonPath("$.population.value").value(137045))
                .andExpect(jsonPath("$.population.referenceDate").value("2024-12-31"))
                .andExpect(jsonPath("$.validity.to").doesNotExist())
                .andExpect(jsonPath("$.populationHistory", hasSize(5)));
    }

    @Test
    void findsAMunicipalityByAgsAndByArs() throws Exception {
        mvc.perform(get("/api/v1/territories/03157006"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Peine, Stadt"))
                .andExpect(jsonPath("$.parent.key").value("031570006"));
        mvc.perform(get("/api/v1/territories/031570006006"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ags").value("03157006"));
    }

    @Test
    void listsTheMunicipalitiesOfACounty() throws Exception {
        mvc.perform(get("/api/v1/territories").param("parent", "03157").param("level", "MUNICIPALITY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[*].name", hasItem("Vechelde")));
        mvc.perform(get("/api/v1/territories").param("parent", "03354"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)));
        mvc.perform(get("/api/v1/territories")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(16)));
    }

    @Test
    void answersAnEmptyListWhenThereAreNoChildren() throws Exception {
        mvc.perform(get("/api/v1/territories").param("parent", "031570006006"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void searchesWithinALevel() throws Exception {
        mvc.perform(get("/api/v1/territories").param("q", "Peine").param("level", "COUNTY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].key").value("03157"));
    }

    @Test
    void searchIgnoresUmlautsAndStaysWithinTheParent() throws Exception {
        mvc.perform(get("/api/v1/territories").param("q", "luchow").param("level", "COUNTY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Lüchow-Dannenberg"));
        mvc.perform(get("/api/v1/territories").param("q", "Peine").param("parent", "03354"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/territories").param("q", "Gartow").param("parent", "03354"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem("033545403")));
    }

    @Test
    void answersAnOversizedUploadWith413Problem() throws Exception {
        // the upload limit of the servlet container is 200 MB (statistics imports); territory files are limited to
        // 60 MB by TerritoryImporter itself (TerritoryImportIntegrationTests). The body is streamed, not held.
        long size = 201L * 1024 * 1024;
        String boundary = "lotse-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/imports/territories?dryRun=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(("admin:" + ADMIN_PASSWORD)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.concat(
                        java.net.http.HttpRequest.BodyPublishers.ofByteArray(head),
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                            private long left = size;

                            @Override
                            public int read() {
                                return left-- > 0 ? 'x' : -1;
                            }

                            @Override
                            public int read(byte[] b, int off, int len) {
                                if (left <= 0) {
                                    return -1;
                                }
                                int n = (int) Math.min(len, left);
                                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                                left -= n;
                                return n;
                            }
                        }),
                        java.net.http.HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();

        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(413);
            org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type ->
                            org.assertj.core.api.Assertions.assertThat(type).startsWith("application/problem+json"));
            org.assertj.core.api.Assertions.assertThat(response.body()).contains("200 MB");
        }
    }

    @Test
    void answersUnknownKeysWith404Problem() throws Exception {
        mvc.perform(get("/api/v1/territories/03157999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail", containsString("03157999")));
    }

    @Test
    void answersMalformedKeysWith400Problem() throws Exception {
        mvc.perform(get("/api/v1/territories/peine"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("AGS")));
        mvc.perform(get("/api/v1/territories").param("level", "KONTINENT")).andExpect(status().isBadRequest());
    }

    @Test
    void servesTheMunicipalityBoundariesAsGeoJson() throws Exception {
        mvc.perform(get("/api/v1/territories/03157/children.geojson").param("level", "MUNICIPALITY"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(7)))
                .andExpect(jsonPath("$.features[0].properties.density").isNumber())
                .andExpect(jsonPath("$.features[0].geometry.coordinates").isArray());
    }

    @Test
    void dryRunImportAnswersTheReportForAnAdministrator() throws Exception {
        mvc.perform(multipart("/api/v1/imports/territories")
                        .file(new MockMultipartFile(
                                "file",
                                "extract.txt",
                                "text/plain",
                                SharedData.resource("GV100AD_30112025_03157_03354.txt")))
                        .param("dryRun", "true")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("GV100AD"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.edition").value("2025-11-30"))
                .andExpect(jsonPath("$.unchanged").value(51))
                .andExpect(jsonPath("$.scope.kind").value("EXTRACT"));
    }

    @Test
    void rejectsAFileWithErrorsWith422AndLocatedErrors() throws Exception {
        byte[] broken = java.util.Arrays.copyOf(SharedData.resource("GV100AD_30112025_03157_03354.txt"), 5000);

        mvc.perform(multipart("/api/v1/imports/territories")
                        .file(new MockMultipartFile("file", "cut.txt", "text/plain", broken))
                        .param("dryRun", "false")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].file").value("cut.txt"))
                .andExpect(jsonPath("$.errors[0].line").isNumber())
                .andExpect(jsonPath("$.errors[0].code").value("line.truncated"))
                .andExpect(jsonPath("$.report.committed").value(false));
    }

    @Test
    void refusesImportsWithoutAdministratorRights() throws Exception {
        mvc.perform(multipart("/api/v1/imports/territories")
                        .file(new MockMultipartFile("file", "x.txt", "text/plain", new byte[] {1})))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/territories/{key}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/territories/{key}/children.geojson']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/imports/territories']").exists());
    }
}
