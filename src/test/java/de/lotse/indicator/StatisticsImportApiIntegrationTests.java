package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.territory.Territories;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/v1/imports/statistics}; the figures are those of {@link StatisticsImporterIntegrationTests}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImportApiIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-only-admin-pw-7f3a9c";
    private static final Period END_2024 = Period.parse("2024-12-31");

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    @Autowired
    StatisticsImportApiIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void answersTheReportForAGoodFileAndWritesItsValues() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String csv = "territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03354;" + key
                + ";2024-12-31;46502\n";

        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file("bevoelkerung.csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "false")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("LONG_FORMAT"))
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.errors").isEmpty());

        assertThat(values.find(key, territories.find("03157").orElseThrow().id(), END_2024))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("137045"));
    }

    @Test
    void dryRunIsTheDefault() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String csv = "territory,indicator,period,value\n03157," + key + ",2024-12-31,137045\n";

        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file("bevoelkerung.csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.created").value(1));

        assertThat(values.find(key, territories.find("03157").orElseThrow().id(), END_2024))
                .isEmpty();
    }

    @Test
    void rejectsAFileWithErrorsWith422AndTheErrorsWithTheirLines() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String csv = "territory,indicator,period,value\n03157," + key + ",2024-12-31,137045\n03999," + key
                + ",2024-12-31,1\n";

        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file("bad.csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "false")
                        .header("Accept-Language", "en")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].file").value("bad.csv"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].code").value("territory.unknown"))
                .andExpect(jsonPath("$.errors[0].message").value("The territory key \"03999\" is unknown in Lotse."))
                .andExpect(jsonPath("$.report.committed").value(false));

        assertThat(values.find(key, territories.find("03157").orElseThrow().id(), END_2024))
                .isEmpty();
    }

    @Test
    void takesTheMappingAsJsonAndListsTheColumnsWhenThereIsNone() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        byte[] flatFile = SharedData.resourceBytes(StatisticsImporterIntegrationTests.FLAT_FILE);

        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file("12411-01-01-4_1773175772751_de_flat.csv", flatFile))
                        .param(
                                "mapping",
                                "{\"columns\":[{\"codes\":[\"GES=\",\"BEVSTD\"],\"indicator\":\"" + key + "\"}]}")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("FLAT_FILE"))
                .andExpect(jsonPath("$.mappingSource").value("REQUEST"))
                .andExpect(jsonPath("$.created").value(greaterThan(390)));

        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file(
                                "21111-01-03-4.csv",
                                SharedData.resourceBytes("regionalstatistik/21111-01-03-4_00_03157_03354.csv")))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("mapping.missing"))
                .andExpect(jsonPath("$.report.columns[0].path").isArray());
    }

    @Test
    void takesTheMappingAsAJsonPart() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String mapping = "{\"columns\":[{\"path\":[\"unter 3 Jahre\",\"Insgesamt\"],\"indicator\":\"" + key + "\"}]}";

        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file(
                                "12411-02-03-4.csv",
                                SharedData.resourceBytes(StatisticsImporterIntegrationTests.AGE_GROUPS_KREISE)))
                        .file(new MockMultipartFile(
                                "mapping",
                                "mapping.json",
                                "application/json",
                                mapping.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("CLASSIC_TABLE"))
                .andExpect(jsonPath("$.mappingSource").value("REQUEST"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.created").value(2));
    }

    @Test
    void rejectsAMappingThatIsNotJson() throws Exception {
        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file("x.csv", "territory,indicator,period,value\n".getBytes(StandardCharsets.UTF_8)))
                        .param("mapping", "{columns")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void isForPlannersAndAdministrators() throws Exception {
        mvc.perform(multipart("/api/v1/imports/statistics").file(file("x.csv", new byte[] {1})))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file("x.csv", new byte[] {1}))
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/imports/statistics")
                        .file(file("x.csv", new byte[] {1}))
                        .with(user("planner").roles("PLANNER")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/imports/statistics'].post.parameters[?(@.name == 'mapping')]")
                        .exists());
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "text/csv", content);
    }

    private IndicatorKey anIndicatorInTheCatalogue() {
        IndicatorKey key = uniqueKey("import-api");
        catalog.create(anIndicator(key).build());
        return key;
    }
}
