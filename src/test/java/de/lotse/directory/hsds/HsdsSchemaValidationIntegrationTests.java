package de.lotse.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of HSDS response validates against the HSDS 3.0 JSON Schemas (JSON Schema 2020-12, formats asserted):
 * a service with every part filled, a minimal service, list pages (plain, full, minimal), organizations, locations,
 * service_at_locations, taxonomies and terms. The schemas are test resources copied from Open Referral (CC BY-SA 4.0).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HsdsSchemaValidationIntegrationTests {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final MockMvc mvc;
    private final HsdsTestData data;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    HsdsSchemaValidationIntegrationTests(
            MockMvc mvc, JdbcClient jdbc, Organisations organisations, Territories territories) {
        this.mvc = mvc;
        this.data = new HsdsTestData(jdbc, organisations, territories);
    }

    @Test
    void aServiceWithEverythingFilledValidates() throws Exception {
        UUID id = data.fullService("Erziehungsberatung " + data.marker);
        JsonNode service = read("/api/hsds/services/" + id);
        assertValid("compiled/service.json", service);
        assertThat(service.path("service_at_locations").get(0).path("schedules").size())
                .isEqualTo(3);
        assertThat(service.path("service_at_locations")
                        .get(0)
                        .path("location")
                        .path("accessibility")
                        .size())
                .isEqualTo(5);
        assertThat(service.path("attributes").size()).isGreaterThan(6);
        assertThat(service.path("metadata").size()).isEqualTo(1);
    }

    @Test
    void aMinimalServiceValidates() throws Exception {
        UUID id = data.minimalService("Minimal " + data.marker);
        assertValid("compiled/service.json", read("/api/hsds/services/" + id));
    }

    @Test
    void listPagesValidate() throws Exception {
        data.fullService("Liste A " + data.marker);
        data.minimalService("Liste B " + data.marker);
        for (String query : List.of("", "&full=true", "&minimal=true")) {
            JsonNode page = read("/api/hsds/services?search=" + data.marker + query);
            assertThat(page.path("total_items").asInt()).isEqualTo(2);
            assertPage(page, query.equals("&full=true") ? "compiled/service.json" : "compiled/service_list.json");
        }
        JsonNode sites = read("/api/hsds/service_at_locations?search=" + data.marker);
        assertPage(sites, "compiled/service_at_location_list.json");
        JsonNode fullSites = read("/api/hsds/service_at_locations?full=true&search=" + data.marker);
        assertPage(fullSites, "service_at_location.json");
        assertPage(read("/api/hsds/organizations?search=" + data.marker), "compiled/organization_list.json");
        assertPage(read("/api/hsds/organizations?full=true&search=" + data.marker), "organization.json");
        assertPage(read("/api/hsds/locations?search=" + data.marker), "location.json");
        assertPage(read("/api/hsds/locations?full=true&search=" + data.marker), "location.json");
        assertPage(read("/api/hsds/taxonomies?per_page=100"), "taxonomy.json");
        assertPage(read("/api/hsds/taxonomy_terms?per_page=100"), "taxonomy_term.json");
    }

    @Test
    void organizationLocationServiceAtLocationAndTaxonomyValidate() throws Exception {
        UUID service = data.fullService("Einzeln " + data.marker);
        UUID organization = HsdsIds.organisation(data.provider.key());
        assertValid("organization.json", read("/api/hsds/organizations/" + organization));
        assertValid("organization.json", read("/api/hsds/organizations/" + organization + "?full_service=true"));
        UUID site = data.siteOf(service);
        JsonNode sal = read("/api/hsds/service_at_locations/" + site);
        assertValid("service_at_location.json", sal);
        assertValid(
                "location.json",
                read("/api/hsds/locations/" + sal.path("location_id").asString()));
        assertValid("taxonomy.json", read("/api/hsds/taxonomies/" + data.taxonomyId));
        assertValid("taxonomy_term.json", read("/api/hsds/taxonomy_terms/" + data.categoryId));
        assertValid("taxonomy.json", read("/api/hsds/taxonomies/" + HsdsIds.taxonomy(HsdsTaxonomies.LIFE_STAGES)));
    }

    @Test
    void theValidatorRefusesWhatBreaksTheSchema() {
        JsonNode broken = json.readTree("{\"id\":\"not-a-uuid\",\"name\":\"x\",\"status\":\"open\"}");
        List<Error> errors = schema("compiled/service.json").validate(broken);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
    }

    private JsonNode read(String url) throws Exception {
        String body = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private void assertPage(JsonNode page, String itemSchema) {
        for (String field :
                List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty")) {
            assertThat(page.has(field)).as(field).isTrue();
        }
        assertThat(page.path("contents").isArray()).isTrue();
        assertThat(page.path("contents").size()).isPositive();
        for (JsonNode item : page.path("contents")) {
            assertValid(itemSchema, item);
        }
    }

    private void assertValid(String schema, JsonNode instance) {
        List<Error> errors = schema(schema).validate(instance);
        assertThat(errors).as(schema + " for " + instance).isEmpty();
    }

    private static Schema schema(String name) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/schema/" + name));
    }
}
