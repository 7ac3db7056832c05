package de.lotse.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.DirectoryTestData;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.Taxonomy;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import of whole HSDS datasets: a round trip (export, import under fresh ids, export again: equal), dry runs that
 * write nothing, each kind of bad input with its JSON path, atomicity and the planner-only access.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HsdsImportIntegrationTests {

    private static final String IMPORT = "/api/v1/directory/imports/hsds";
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final DirectoryServices services;
    private final Organisation provider;
    private final String category;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    HsdsImportIntegrationTests(MockMvc mvc, JdbcClient jdbc, DirectoryServices services, Organisations organisations) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.services = services;
        this.provider = DirectoryTestData.provider(organisations, "Importträger " + UUID.randomUUID());
        this.category = DirectoryTestData.term(jdbc, Taxonomy.CATEGORIES, "Importberatung");
    }

    private UUID stored(String name) {
        ServiceDraft draft = DirectoryTestData.service(
                provider.id(),
                name,
                List.of(category),
                List.of(DirectoryTestData.newSite(
                        DirectoryTestData.school("Grundschule " + name),
                        DirectoryTestData.weekly("TU", LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        DirectoryTestData.oneOff(LocalDate.of(2026, 12, 2), LocalTime.of(14, 0), LocalTime.of(16, 0)),
                        DirectoryTestData.closure(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3)))));
        return services.create(draft, "test").id();
    }

    private JsonNode export(UUID id) throws Exception {
        return json.readTree(mvc.perform(get("/api/hsds/services/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private ResultActions importing(String body, boolean dryRun) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(IMPORT)
                .param("dryRun", String.valueOf(dryRun))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user("planerin").roles("PLANNER")));
    }

    /** The exported service with its own ids (service, places, sites) replaced by fresh ones. */
    private static String freshIds(JsonNode service, Map<String, String> renamed) {
        String text = service.toString();
        Matcher m = UUID_PATTERN.matcher(text);
        List<String> own = List.of(
                service.path("id").asString(),
                service.path("service_at_locations").get(0).path("id").asString(),
                service.path("service_at_locations").get(0).path("location_id").asString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            String replacement = own.contains(id)
                    ? renamed.computeIfAbsent(id, k -> UUID.randomUUID().toString())
                    : id;
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void aServiceExportedImportedUnderFreshIdsAndExportedAgainIsEqual() throws Exception {
        UUID original = stored("Rundreise " + UUID.randomUUID());
        JsonNode first = export(original);
        Map<String, String> renamed = new HashMap<>();
        String dataset = "{\"services\":[" + freshIds(first, renamed) + "]}";

        importing(dataset, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.servicesCreated.length()").value(1))
                .andExpect(jsonPath("$.locationsCreated.length()").value(1));
        UUID copy = UUID.fromString(renamed.get(original.toString()));
        JsonNode second = export(copy);

        Map<String, String> back = new HashMap<>();
        renamed.forEach((from, to) -> back.put(to, from));
        assertThat(normalised(second, back)).isEqualTo(normalised(first, Map.of()));

        // the same dataset again updates (ids are kept), it does not duplicate
        importing(dataset, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servicesUpdated.length()").value(1))
                .andExpect(jsonPath("$.servicesCreated.length()").value(0));
    }

    /**
     * Without what the directory generates anew on every write: ids of the parts (phones, schedules, attributes …),
     * modification times and the change log.
     */
    private JsonNode normalised(JsonNode service, Map<String, String> back) {
        String text = service.toString();
        for (Map.Entry<String, String> e : back.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        ObjectNode node = (ObjectNode) json.readTree(text);
        node.remove("metadata");
        node.remove("last_modified");
        strip(node);
        return node;
    }

    /** Removes the ids of parts (derived anew from the new owner ids); keeps those of the entities themselves. */
    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                boolean entity = List.of("service_at_locations", "location", "organization", "taxonomy_term")
                        .contains(e.getKey());
                if (e.getValue() instanceof ArrayNode array) {
                    array.forEach(item -> stripPart(item, entity));
                } else {
                    stripPart(e.getValue(), entity);
                }
            });
        }
    }

    private static void stripPart(JsonNode node, boolean entity) {
        if (node instanceof ObjectNode object) {
            if (!entity) {
                object.remove(List.of("id", "link_id"));
            }
            strip(object);
        }
    }

    @Test
    void aDryRunReportsAndWritesNothing() throws Exception {
        UUID original = stored("Trocken " + UUID.randomUUID());
        Map<String, String> renamed = new HashMap<>();
        ObjectNode service = (ObjectNode) json.readTree(freshIds(export(original), renamed));
        service.remove("organization_id");
        ObjectNode organization = (ObjectNode) service.get("organization");
        String newName = "Neuer Träger " + UUID.randomUUID();
        organization.put("id", UUID.randomUUID().toString());
        organization.put("name", newName);
        organization.remove("organization_identifiers");
        String dataset = "[" + service + "]";
        UUID copy = UUID.fromString(renamed.get(original.toString()));

        importing(dataset, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.servicesCreated[0]").value(copy.toString()))
                .andExpect(jsonPath("$.newOrganisations[0]").value(newName));
        assertThat(count("directory_service", copy)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE name = ?")
                        .param(newName)
                        .query(Long.class)
                        .single())
                .isZero();

        importing(dataset, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newOrganisations[0]").value(newName));
        assertThat(count("directory_service", copy)).isOne();
        assertThat(jdbc.sql("SELECT kind FROM organisation WHERE name = ?")
                        .param(newName)
                        .query(String.class)
                        .single())
                .isEqualTo("PROVIDER");
    }

    private long count(String table, UUID id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** A fresh copy of a stored service as a dataset item, changed by the given edit. */
    private String dataset(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        UUID original = stored("Fehler " + UUID.randomUUID());
        ObjectNode service = (ObjectNode) json.readTree(freshIds(export(original), new HashMap<>()));
        edit.accept(service);
        return "{\"services\":[" + service + "]}";
    }

    private static ObjectNode site(ObjectNode service) {
        return (ObjectNode) service.get("service_at_locations").get(0);
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        importing("{\"services\": [\n  {\"id\": }\n]}", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$"))
                .andExpect(jsonPath("$.detail", containsString("line 2, column")));
        importing("{\"services\": [{\"id\": \"" + UUID.randomUUID() + "\", \"minimum_age\": \"alt\"}]}", false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path").value("services[0].minimum_age"));
    }

    @Test
    void eachBadInputIsNamedWithItsPath() throws Exception {
        importing(
                        dataset(s -> ((ObjectNode) s.get("attributes").get(0))
                                .put("taxonomy_term_id", UUID.randomUUID().toString())
                                .remove("taxonomy_term")),
                        false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].path", hasItem("services[0].attributes[0].taxonomy_term_id")));
        importing(dataset(s -> ((ObjectNode) site(s).get("schedules").get(0)).put("closes_at", "08:00")), false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors[*].path", hasItem("services[0].service_at_locations[0].schedules[0].closes_at")));
        importing(
                        dataset(s -> ((ObjectNode) site(s).get("location"))
                                .put("latitude", 48.85)
                                .put("longitude", 2.35)),
                        false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors[*].path", hasItem("services[0].service_at_locations[0].location.longitude")));
        importing(
                        dataset(s -> {
                            s.put("organization_id", UUID.randomUUID().toString());
                            s.remove("organization");
                        }),
                        false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].path", hasItem("services[0].organization_id")));
        importing(dataset(s -> s.remove("name")), false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].path", hasItem("services[0].name")));
        importing(
                        dataset(s -> {
                            site(s).remove("location");
                            site(s).put("location_id", UUID.randomUUID().toString());
                        }),
                        false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].path", hasItem("services[0].service_at_locations[0].location_id")));
    }

    @Test
    void anErrorInTheLastServiceLeavesNothingWritten() throws Exception {
        Map<String, String> renamedGood = new HashMap<>();
        JsonNode good = json.readTree(freshIds(export(stored("Gut " + UUID.randomUUID())), renamedGood));
        ObjectNode bad =
                (ObjectNode) json.readTree(freshIds(export(stored("Schlecht " + UUID.randomUUID())), new HashMap<>()));
        // a language code only the directory's own checks refuse: found while writing, after the first service
        ((ArrayNode) bad.get("languages")).addObject().put("code", "zz");
        String dataset = "{\"services\":[" + good + "," + bad + "]}";
        importing(dataset, false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path", containsString("services[1].languages")));
        assertThat(count("directory_service", UUID.fromString(good.path("id").asString())))
                .isZero();
        String place =
                good.path("service_at_locations").get(0).path("location_id").asString();
        assertThat(count("directory_location", UUID.fromString(place))).isZero();
    }

    @Test
    void onlyPlannersImport() throws Exception {
        mvc.perform(post(IMPORT).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(IMPORT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]")
                        .with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(post(IMPORT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]")
                        .with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden());
    }
}
